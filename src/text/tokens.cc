#include "redite/text/tokens.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <array>
#include <cmath>
#include <future>
#include <unordered_map>

#include "text/figures.h"
#include "text/form_cache.h"
#include "text/utf8.h"

namespace redite::text {

const char* TokenTypeName(TokenType type) {
  switch (type) {
    case TokenType::kWord:
      return "word";
    case TokenType::kNumber:
      return "number";
    case TokenType::kPercentage:
      return "percentage";
    case TokenType::kHashtag:
      return "hashtag";
    case TokenType::kMention:
      return "mention";
    case TokenType::kUrl:
      return "url";
    case TokenType::kCashtag:
      return "cashtag";
    case TokenType::kEmoji:
      return "emoji";
    case TokenType::kPunctuation:
      return "punctuation";
  }
  return "word";
}

namespace {

// A piece of the normalized text before tokens are built.
enum class PieceKind { kWord, kNumber, kSpace, kEmoji, kPunct, kEntity };

struct Piece {
  PieceKind kind;
  std::size_t begin;  // byte range in the normalized text
  std::size_t end;
  std::size_t entity = 0;  // index into the entities, for kEntity
  bool elided = false;     // a word piece "l'", "qu'", "jusqu'"
};

struct Elision {
  const char* prefix;  // case-folded, without the apostrophe
  const char* full;    // the word it stands for
};

// French elided words split off the next word: l'entreprise -> l' + entreprise.
// Words whose apostrophe is part of the word (aujourd'hui, quelqu'un,
// prud'homme) have prefixes that are not in this list and stay whole.
constexpr std::array<Elision, 14> kElisions = {{
    {"l", "le"},
    {"d", "de"},
    {"j", "je"},
    {"m", "me"},
    {"n", "ne"},
    {"s", "se"},
    {"t", "te"},
    {"c", "ce"},
    {"qu", "que"},
    {"jusqu", "jusque"},
    {"lorsqu", "lorsque"},
    {"puisqu", "puisque"},
    {"quoiqu", "quoique"},
    {"presqu", "presque"},
}};

const Elision* FindElision(std::string_view folded_prefix) {
  for (const Elision& e : kElisions) {
    if (folded_prefix == e.prefix) return &e;
  }
  return nullptr;
}

bool IsEmojiStart(UChar32 c) {
  return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
         u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR) ||
         u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Lowercases ASCII letters only: enough for the elided prefixes ("Qu", "L",
// "JUSQU"), which are ASCII.
std::string AsciiLower(std::string_view s) {
  std::string lower(s);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// "2,4Md", "3M", "500k": ICU keeps a figure and its scale letters together.
// Returns the length of the numeric prefix when the rest is a scale word.
std::size_t ScaledNumberPrefix(std::string_view s) {
  if (s.empty() || !IsDigit(s[0])) return 0;
  std::size_t i = 0;
  while (i < s.size() && (IsDigit(s[i]) || s[i] == ',' || s[i] == '.')) ++i;
  if (i == s.size() || !IsDigit(s[i - 1])) return 0;
  std::string_view rest = s.substr(i);
  return ScaleOf(rest, AsciiLower(rest)) > 0 ? i : 0;
}

// A thousands group that may follow "1 " in "1 200": exactly three digits,
// optionally with decimals ("1 200,5").
bool IsThousandsGroup(std::string_view s) {
  if (s.size() < 3 || !IsDigit(s[0]) || !IsDigit(s[1]) || !IsDigit(s[2])) return false;
  if (s.size() == 3) return true;
  if (s[3] != ',' || s.size() == 4) return false;
  for (std::size_t i = 4; i < s.size(); ++i) {
    if (!IsDigit(s[i])) return false;
  }
  return true;
}

// A first group that can start "1 200": one to three digits and nothing else.
bool IsLeadingGroup(std::string_view s) {
  if (s.empty() || s.size() > 3) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// twitter-text links any "word.tld" without a scheme. In French that catches
// inclusive writing ("Français.es", "salarié.es": Spain's .es; "élu.ne":
// Niger's .ne) and a missing space after a full stop ("travail.Je"). A link
// written without a scheme, with no path, whose TLD is capitalized or is one
// of those suffixes is text, not a link. The extractor stays conformant to
// twitter-text; this is the Analyzer's French reading.
bool IsFrenchFalseUrl(const Entity& e) {
  if (e.type != EntityType::kUrl) return false;
  std::string_view url = e.text;
  if (url.find("://") != std::string_view::npos || url.find('/') != std::string_view::npos ||
      url.find(':') != std::string_view::npos) {
    return false;
  }
  std::size_t dot = url.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string_view tld = url.substr(dot + 1);
  if (!tld.empty() && tld[0] >= 'A' && tld[0] <= 'Z') return true;
  bool one_label = url.find('.') == dot;
  bool www = url.size() >= 4 && (url.substr(0, 4) == "www." || url.substr(0, 4) == "WWW.");
  return one_label && !www && (tld == "es" || tld == "ne" || tld == "e" || tld == "s");
}

}  // namespace

// What a word's surface form always gives: computed once per distinct form.
struct WordInfo {
  std::string norm;
  std::string key;
  std::string lemma;
  std::string lemma_key;
  bool stopword = false;
};

// Word forms repeat heavily in a feed (Zipf): caching their folded form, key
// and lemma saves the ICU and Hunspell calls for most tokens.
constexpr std::size_t kWordCacheLimit = 1 << 20;

struct Analyzer::Rep {
  AnalyzerOptions options;
  FormCache<WordInfo> word_cache{kWordCacheLimit};
  // Hashtag body -> its folded forms and segmented parts (segmentation and
  // the parts' lemmas cost microseconds; campaign hashtags repeat).
  FormCache<Token> hashtag_cache{kWordCacheLimit};
  std::unique_ptr<Normalizer> normalizer;
  std::unique_ptr<EntityExtractor> extractor;
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<icu::BreakIterator> words;

  void Segment(const std::string& text, std::size_t begin, std::size_t end,
               std::vector<Piece>* pieces);
  void SegmentIcu(const std::string& text, std::size_t begin, std::size_t end,
                  std::vector<Piece>* pieces);
  // Segments [begin, end), a chunk without spaces, as ICU would, if it
  // knows every character in it; otherwise adds nothing and returns false.
  bool SegmentChunk(const std::string& text, std::size_t begin, std::size_t end,
                    std::vector<Piece>* pieces);
  std::vector<Piece> scratch;
  void SplitWord(const std::string& text, std::size_t begin, std::size_t end,
                 std::vector<Piece>* pieces);
  void BuildTokens(const std::string& text, const std::vector<Piece>& pieces,
                   const std::vector<Entity>& entities, Analysis* analysis);
  // Builds a number, percentage or amount token starting at pieces[i];
  // returns the index of the first piece it did not consume.
  // Sets *span to the figure's byte range in the normalized text (a sign
  // written against it included).
  std::size_t BuildFigure(const std::string& text, const std::vector<Piece>& pieces,
                          std::size_t i, Token* token, std::pair<std::size_t, std::size_t>* span);
  void FillWord(Token* token, bool elided);
  void FillHashtag(const std::string& body, Token* token);
};

Analyzer::Analyzer(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Analyzer::~Analyzer() = default;

Result<Analyzer*> Analyzer::GivenOrCreate(Analyzer* given, const AnalyzerOptions& options,
                                          std::unique_ptr<Analyzer>* own) {
  if (given != nullptr) return given;
  auto created = Create(options);
  if (!created.ok()) return created.status();
  *own = std::move(created).value();
  return own->get();
}

Result<std::unique_ptr<Analyzer>> Analyzer::Create(const AnalyzerOptions& options) {
  auto rep = std::make_unique<Rep>();
  rep->options = options;
  // Loading Hunspell's dictionary (~75 ms) and compiling the entity patterns
  // (~25 ms) are independent: the dictionary loads on another thread. (The
  // future waits for it on every return.)
  auto pending_lexicon = std::async(std::launch::async,
                                    [&options] { return Lexicon::Open(options.lexicon); });
  auto normalizer = Normalizer::Create();
  if (!normalizer.ok()) return normalizer.status();
  rep->normalizer = std::move(normalizer).value();
  rep->extractor = std::make_unique<EntityExtractor>();
  if (!rep->extractor->status().ok()) return rep->extractor->status();
  auto lexicon = pending_lexicon.get();
  if (!lexicon.ok()) return lexicon.status();
  rep->lexicon = std::move(lexicon).value();
  UErrorCode status = U_ZERO_ERROR;
  rep->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getFrench(), status));
  if (U_FAILURE(status) || rep->words == nullptr) {
    return Status::IOError(std::string("ICU word break iterator: ") + u_errorName(status));
  }
  return std::unique_ptr<Analyzer>(new Analyzer(std::move(rep)));
}

const Normalizer& Analyzer::normalizer() const { return *rep_->normalizer; }
const EntityExtractor& Analyzer::extractor() const { return *rep_->extractor; }
Lexicon& Analyzer::lexicon() { return *rep_->lexicon; }

namespace {

// What the fast path knows of a character, for UAX #29 word boundaries.
enum class WordClass {
  kUnknown,   // anything else: the chunk goes to ICU
  kLetter,    // ALetter: ASCII and Latin-1/Latin Extended-A letters
  kDigit,     // Numeric (ASCII digits)
  kMidNumLetQ,  // ' and . : join letter-letter (WB6/7) and digit-digit (WB11/12)
  kMidNum,    // , and ; : join digit-digit only
  kMidLetter, // : and U+00B7: would join letter-letter; the fast path leaves that to ICU
  kOther,     // a character that stands alone (WB999): punctuation, symbols
};

// The class of the character at text[i] and its length in bytes. Letters
// of the Latin blocks French uses are ALetter like ASCII ones; the few
// non-ASCII punctuation marks of French text are Other. Everything else
// (emoji, combining marks, format characters, other scripts, '_' '@' '#'
// '$' whose rules differ) is unknown.
WordClass ClassifyWordChar(std::string_view text, std::size_t i, std::size_t* length) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  *length = 1;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return WordClass::kLetter;
  if (c >= '0' && c <= '9') return WordClass::kDigit;
  if (c < 0x80) {
    switch (c) {
      case '\'': case '.':
        return WordClass::kMidNumLetQ;
      case ',': case ';':
        return WordClass::kMidNum;
      case ':':
        return WordClass::kMidLetter;
      case '!': case '?': case '(': case ')': case '[': case ']': case '{': case '}':
      case '"': case '%': case '&': case '*': case '+': case '/': case '<': case '=':
      case '>': case '^': case '|': case '~': case '-':
        return WordClass::kOther;
      default:
        return WordClass::kUnknown;
    }
  }
  if (i + 1 >= text.size()) return WordClass::kUnknown;
  unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
  if ((c1 & 0xC0) != 0x80) return WordClass::kUnknown;
  *length = 2;
  if (c == 0xC3) return c1 == 0x97 || c1 == 0xB7 ? WordClass::kOther : WordClass::kLetter;  // × ÷
  if (c == 0xC4 || c == 0xC5) return WordClass::kLetter;  // U+0100..U+017F
  if (c == 0xC2) {
    if (c1 == 0xAB || c1 == 0xBB || c1 == 0xB0) return WordClass::kOther;  // « » °
    if (c1 == 0xB7) return WordClass::kMidLetter;                          // ·
    return WordClass::kUnknown;
  }
  if (c == 0xE2 && i + 2 < text.size()) {
    unsigned char c2 = static_cast<unsigned char>(text[i + 2]);
    *length = 3;
    if (c1 == 0x80 && (c2 == 0x93 || c2 == 0x94 || c2 == 0xA6)) return WordClass::kOther;  // – — …
    if (c1 == 0x82 && c2 == 0xAC) return WordClass::kOther;                                 // €
  }
  return WordClass::kUnknown;
}

bool IsWordChar(WordClass c) { return c == WordClass::kLetter || c == WordClass::kDigit; }

}  // namespace

bool Analyzer::Rep::SegmentChunk(const std::string& text, std::size_t begin, std::size_t end,
                                 std::vector<Piece>* pieces) {
  const std::size_t mark = pieces->size();
  std::size_t i = begin;
  std::size_t length = 0;
  while (i < end) {
    WordClass c = ClassifyWordChar(text, i, &length);
    if (c == WordClass::kUnknown) {
      pieces->resize(mark);
      return false;
    }
    if (!IsWordChar(c)) {
      // A mid character that joins nothing stands alone (the word loop
      // below sends letter:letter to ICU).
      pieces->push_back({PieceKind::kPunct, i, i + length});
      i += length;
      continue;
    }
    // A word or number: letters and digits, joined across ' . (between two
    // letters or two digits) and , ; (between two digits).
    std::size_t start = i;
    bool letters = false;
    while (true) {
      letters = letters || c == WordClass::kLetter;
      i += length;
      if (i >= end) break;
      std::size_t next_length = 0;
      WordClass next = ClassifyWordChar(text, i, &next_length);
      if (IsWordChar(next)) {
        c = next;
        length = next_length;
        continue;
      }
      if ((next == WordClass::kMidNumLetQ || next == WordClass::kMidNum ||
           next == WordClass::kMidLetter) && i + next_length < end) {
        std::size_t after_length = 0;
        WordClass after = ClassifyWordChar(text, i + next_length, &after_length);
        bool join = (c == WordClass::kDigit && after == WordClass::kDigit &&
                     next != WordClass::kMidLetter) ||
                    (c == WordClass::kLetter && after == WordClass::kLetter &&
                     next == WordClass::kMidNumLetQ);
        if (c == WordClass::kLetter && after == WordClass::kLetter &&
            next == WordClass::kMidLetter) {
          pieces->resize(mark);
          return false;
        }
        if (join) {
          i += next_length;
          c = after;
          length = after_length;
          continue;
        }
      }
      break;
    }
    if (letters) {
      SplitWord(text, start, i, pieces);
    } else {
      pieces->push_back({PieceKind::kNumber, start, i});
    }
  }
  return true;
}

void Analyzer::Rep::Segment(const std::string& text, std::size_t begin, std::size_t end,
                            std::vector<Piece>* pieces) {
  if (!options.ascii_fast_path) {
    SegmentIcu(text, begin, end, pieces);
    return;
  }
  // Space-separated chunks of letters (ASCII and the Latin letters of
  // French), digits and common punctuation get the boundaries ICU would give
  // them from SegmentChunk, without the iterator (it costs about 140
  // instructions a byte); every other run of chunks goes through ICU whole.
  // tests/text/tokens_test.cc checks both paths agree on real French feeds.
  auto is_space = [&](std::size_t i) { return text[i] == ' ' || text[i] == '\n'; };
  auto chunk_end = [&](std::size_t i) {
    while (i < end && !is_space(i)) ++i;
    return i;
  };
  std::size_t pos = begin;
  while (pos < end) {
    if (text[pos] == ' ') {
      std::size_t j = pos;
      while (j < end && text[j] == ' ') ++j;  // WB3d: horizontal spaces stay together
      pieces->push_back({PieceKind::kSpace, pos, j});
      pos = j;
      continue;
    }
    if (text[pos] == '\n') {
      pieces->push_back({PieceKind::kSpace, pos, pos + 1});
      ++pos;
      continue;
    }
    std::size_t stop = chunk_end(pos);
    if (SegmentChunk(text, pos, stop, pieces)) {
      pos = stop;
      continue;
    }
    // ICU joins a format or extending character (ZWJ, a combining mark) to
    // the spaces before it (WB4): give it those spaces too.
    if (!pieces->empty() && pieces->back().kind == PieceKind::kSpace &&
        pieces->back().end == pos && pieces->back().begin >= begin) {
      pos = pieces->back().begin;
      pieces->pop_back();
    }
    // Extend the ICU run over the next chunks the fast path does not know
    // either (starting the iterator costs about as much as a dozen bytes).
    std::size_t icu_end = stop;
    while (true) {
      std::size_t k = icu_end;
      while (k < end && is_space(k)) ++k;
      if (k >= end) break;
      std::size_t next_stop = chunk_end(k);
      scratch.clear();
      if (SegmentChunk(text, k, next_stop, &scratch)) break;
      icu_end = next_stop;
    }
    SegmentIcu(text, pos, icu_end, pieces);
    pos = icu_end;
  }
}

void Analyzer::Rep::SegmentIcu(const std::string& text, std::size_t begin, std::size_t end,
                               std::vector<Piece>* pieces) {
  if (begin >= end) return;
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  if (U_FAILURE(status)) return;
  words->setText(&ut, status);
  if (U_FAILURE(status)) {
    utext_close(&ut);
    return;
  }
  int32_t start = words->first();
  for (int32_t stop = words->next(); stop != icu::BreakIterator::DONE;
       start = stop, stop = words->next()) {
    std::size_t b = begin + start;
    std::size_t e = begin + stop;
    int32_t rule = words->getRuleStatus();
    // ICU tags a segment by the rule that ended it: "COP28", "8h30" and
    // "TF1" come back as numbers. A segment with a letter is a word.
    bool number = rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT;
    if (number) {
      for (std::size_t k = b; k < e && number; ++k) {
        unsigned char c = static_cast<unsigned char>(text[k]);
        number = !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80);
      }
      if (!number) {
        SplitWord(text, b, e, pieces);
        continue;
      }
    }
    if (number) {
      pieces->push_back({PieceKind::kNumber, b, e});
    } else if (rule >= UBRK_WORD_LETTER) {
      SplitWord(text, b, e, pieces);
    } else {
      // Spaces are most of these segments: no ICU property lookup for them.
      unsigned char first = static_cast<unsigned char>(text[b]);
      if (first == ' ' || first == '\n') {
        pieces->push_back({PieceKind::kSpace, b, e});
        continue;
      }
      if (first < 0x80) {
        pieces->push_back({PieceKind::kPunct, b, e});
        continue;
      }
      std::size_t i = b;
      UChar32 c = NextCodePoint(text, &i);
      PieceKind kind = u_isUWhiteSpace(c) ? PieceKind::kSpace
                       : IsEmojiStart(c)  ? PieceKind::kEmoji
                                          : PieceKind::kPunct;
      pieces->push_back({kind, b, e});
    }
  }
  utext_close(&ut);
}

void Analyzer::Rep::SplitWord(const std::string& text, std::size_t begin, std::size_t end,
                              std::vector<Piece>* pieces) {
  std::string_view word(text.data() + begin, end - begin);
  // ICU keeps "salarié.es" (inclusive writing) and "travail.Je" (a missing
  // space) as one word: split at the dots between letters.
  if (std::size_t dot = word.find('.'); dot != std::string_view::npos && dot > 0 &&
                                        dot + 1 < word.size() && !IsDigit(word[dot - 1])) {
    SplitWord(text, begin, begin + dot, pieces);
    pieces->push_back({PieceKind::kPunct, begin + dot, begin + dot + 1});
    SplitWord(text, begin + dot + 1, end, pieces);
    return;
  }
  if (std::size_t n = ScaledNumberPrefix(word); n > 0) {
    // "2,4Md" -> the figure and its scale, read together by BuildFigure.
    pieces->push_back({PieceKind::kNumber, begin, begin + n});
    pieces->push_back({PieceKind::kWord, begin + n, end});
    return;
  }
  // ICU keeps "l'entreprise" and "qu'aujourd'hui" whole: split the elided
  // words off the front, one at a time.
  while (true) {
    std::string_view rest(text.data() + begin, end - begin);
    std::size_t apostrophe = rest.find('\'');
    if (apostrophe == std::string_view::npos || apostrophe == 0 ||
        apostrophe + 1 >= rest.size()) {
      break;
    }
    std::string prefix(rest.substr(0, apostrophe));
    if (prefix.size() > 6 || FindElision(AsciiLower(prefix)) == nullptr) break;
    pieces->push_back({PieceKind::kWord, begin, begin + apostrophe + 1, 0, true});
    begin += apostrophe + 1;
  }
  pieces->push_back({PieceKind::kWord, begin, end});
}

void Analyzer::Rep::FillHashtag(const std::string& body, Token* token) {
  const Token* cached = hashtag_cache.Find(body);
  if (cached == nullptr) {
    Token info;
    info.norm = normalizer->CaseFold(body);
    info.key = normalizer->StripAccents(info.norm);
    for (std::string& part : lexicon->SegmentHashtag(body)) {
      // SegmentHashtag returns lowercase parts. Dictionary segmentation
      // matches accent-insensitively, so a part may lack its accents
      // ("energetique"): Snowball's stem of it would not meet the accented
      // word's lemma; the part itself does.
      std::string lemma =
          options.lemmas && lexicon->InDictionary(part) ? lexicon->Lemma(part) : part;
      info.part_lemma_keys.push_back(normalizer->StripAccents(lemma));
      info.part_lemmas.push_back(std::move(lemma));
      info.parts.push_back(std::move(part));
    }
    cached = &hashtag_cache.Insert(body, std::move(info));
  }
  const Token& info = *cached;
  token->norm = info.norm;
  token->key = info.key;
  token->lemma = info.norm;
  token->lemma_key = info.key;
  token->parts = info.parts;
  token->part_lemmas = info.part_lemmas;
  token->part_lemma_keys = info.part_lemma_keys;
}

void Analyzer::Rep::FillWord(Token* token, bool elided) {
  const WordInfo* cached = word_cache.Find(token->text);
  if (cached == nullptr) {
    WordInfo info;
    info.norm = normalizer->CaseFold(token->text);
    info.key = normalizer->StripAccents(info.norm);
    if (elided) {
      std::string prefix = info.norm.substr(0, info.norm.size() - 1);
      const Elision* e = FindElision(prefix);
      info.lemma = e != nullptr ? e->full : prefix;
      info.stopword = true;
    } else {
      info.stopword = lexicon->IsStopword(info.norm);
      info.lemma = options.lemmas ? lexicon->Lemma(info.norm) : info.norm;
    }
    info.lemma_key = info.lemma == info.norm ? info.key : normalizer->StripAccents(info.lemma);
    cached = &word_cache.Insert(token->text, std::move(info));
  }
  token->norm = cached->norm;
  token->key = cached->key;
  token->lemma = cached->lemma;
  token->lemma_key = cached->lemma_key;
  token->stopword = cached->stopword;
  token->elided = elided;
}

std::size_t Analyzer::Rep::BuildFigure(const std::string& text,
                                       const std::vector<Piece>& pieces, std::size_t i,
                                       Token* token,
                                       std::pair<std::size_t, std::size_t>* span) {
  auto piece_text = [&](std::size_t k) {
    return std::string_view(text.data() + pieces[k].begin, pieces[k].end - pieces[k].begin);
  };
  auto is = [&](std::size_t k, PieceKind kind) {
    return k < pieces.size() && pieces[k].kind == kind;
  };
  auto single_space = [&](std::size_t k) { return is(k, PieceKind::kSpace) && piece_text(k) == " "; };
  // CaseFold lowercases ASCII by hand, so the short words compared here
  // (scales, currencies, "pour cent", "d'") do not reach ICU.
  auto folded = [&](std::size_t k) { return normalizer->CaseFold(piece_text(k)); };

  std::size_t begin = pieces[i].begin;
  // A sign written against the figure: "+12%", "-3 %", "−5" (U+2212).
  bool negative = false;
  // The sign must touch the figure and stand after a space or punctuation
  // (so "2020-2022" is two numbers, not 2020 and -2022).
  if (i > 0 && is(i - 1, PieceKind::kPunct) &&
      (i == 1 || is(i - 2, PieceKind::kSpace) || is(i - 2, PieceKind::kPunct))) {
    std::string_view sign = piece_text(i - 1);
    if (sign == "+" || sign == "-" || sign == "\u2212") {
      begin = pieces[i - 1].begin;
      negative = sign != "+";
    }
  }
  // "1 200 000": groups of three digits after single spaces.
  std::string digits(piece_text(i));
  std::size_t end = pieces[i].end;
  ++i;
  if (IsLeadingGroup(digits)) {
    while (single_space(i) && is(i + 1, PieceKind::kNumber) && IsThousandsGroup(piece_text(i + 1))) {
      digits += ' ';
      digits += piece_text(i + 1);
      end = pieces[i + 1].end;
      i += 2;
      if (digits.find(',') != std::string::npos) break;
    }
  }
  std::optional<double> parsed = ParseFrenchNumber(digits);
  double value = parsed.value_or(0);
  token->type = TokenType::kNumber;

  // What follows the figure, with at most one space: "%", "pour cent", a
  // scale ("milliards", "Md", "M"), a currency ("€", "euros", "d'euros").
  auto next = [&](std::size_t k) { return single_space(k) ? k + 1 : k; };
  std::size_t k = next(i);
  if (parsed && is(k, PieceKind::kPunct) && piece_text(k) == "%") {
    token->type = TokenType::kPercentage;
    end = pieces[k].end;
    i = k + 1;
  } else if (parsed && is(k, PieceKind::kWord) && folded(k) == "pour" && single_space(k + 1) &&
             is(k + 2, PieceKind::kWord) && folded(k + 2) == "cent") {
    token->type = TokenType::kPercentage;
    end = pieces[k + 2].end;
    i = k + 3;
  } else if (parsed) {
    double scale = 1;
    if (is(k, PieceKind::kWord)) {
      double s = ScaleOf(piece_text(k), folded(k));
      if (s > 0) {
        scale = s;
        end = pieces[k].end;
        i = k + 1;
      }
    }
    std::string_view currency;
    std::size_t c = scale > 1 && is(i, PieceKind::kPunct) ? i : next(i);
    if (is(c, PieceKind::kPunct) || is(c, PieceKind::kWord)) {
      const std::string word = folded(c);
      currency = CurrencyOf(word);
      if (!currency.empty()) {
        end = pieces[c].end;
        i = c + 1;
      } else if (is(c, PieceKind::kWord) && (word == "d'" || word == "de")) {
        // "1,5 milliard d'euros", "3 millions de dollars"
        std::size_t after = word == "d'" ? c + 1 : next(c + 1);
        std::string_view after_currency =
            is(after, PieceKind::kWord) ? CurrencyOf(folded(after)) : std::string_view();
        if (!after_currency.empty() && scale > 1) {
          currency = after_currency;
          end = pieces[after].end;
          i = after + 1;
        }
      }
    }
    value *= scale;
    token->norm = FormatNumber(value);
    token->norm += currency;
  }
  if (token->type == TokenType::kPercentage) token->norm = FormatNumber(value) + "%";
  if (!parsed) token->norm = digits;  // "12.03.2024": kept as written
  token->value = negative ? -value : value;
  token->text.assign(text, begin, end - begin);
  token->key = token->lemma = token->lemma_key = token->norm;
  *span = {begin, end};
  return i;
}

void Analyzer::Rep::BuildTokens(const std::string& text, const std::vector<Piece>& pieces,
                                const std::vector<Entity>& entities, Analysis* analysis) {
  const NormalizedText& n = analysis->normalized;
  analysis->tokens.reserve(pieces.size());
  std::size_t i = 0;
  std::vector<Token>& tokens = analysis->tokens;
  while (i < pieces.size()) {
    const Piece& p = pieces[i];
    if (p.kind == PieceKind::kSpace) {
      ++i;
      continue;
    }
    std::size_t next = i + 1;
    std::size_t begin = p.begin;
    std::size_t end = p.end;
    if (p.kind == PieceKind::kNumber) {
      Token figure_token;
      std::pair<std::size_t, std::size_t> figure;
      next = BuildFigure(text, pieces, i, &figure_token, &figure);
      begin = figure.first;
      end = figure.second;
      // A sign taken into the figure was emitted as punctuation just before.
      if (begin < p.begin && !tokens.empty() && tokens.back().type == TokenType::kPunctuation) {
        tokens.pop_back();
      }
      tokens.push_back(std::move(figure_token));
    } else {
      tokens.emplace_back();
    }
    // Built in place: a Token is large, moving it costs.
    Token& token = tokens.back();
    switch (p.kind) {
      case PieceKind::kSpace:
      case PieceKind::kNumber:
        break;
      case PieceKind::kWord:
        token.type = TokenType::kWord;
        token.text.assign(text, p.begin, p.end - p.begin);
        FillWord(&token, p.elided);
        break;
      case PieceKind::kEmoji:
        token.type = TokenType::kEmoji;
        token.text.assign(text, p.begin, p.end - p.begin);
        // Variation selector 16 asks for emoji presentation; "❤" and "❤️" match.
        for (std::size_t at = 0; at < token.text.size(); ++at) {
          if (token.text.compare(at, 3, "\ufe0f") == 0) {
            at += 2;
            continue;
          }
          token.norm += token.text[at];
        }
        token.key = token.lemma = token.lemma_key = token.norm;
        break;
      case PieceKind::kPunct:
        token.type = TokenType::kPunctuation;
        token.text.assign(text, p.begin, p.end - p.begin);
        token.norm = token.key = token.lemma = token.lemma_key = token.text;
        break;
      case PieceKind::kEntity: {
        const Entity& e = entities[p.entity];
        token.text = e.text;
        switch (e.type) {
          case EntityType::kUrl:
            token.type = TokenType::kUrl;
            token.norm = CanonicalUrl(e.value.empty() ? e.text : e.value);
            token.key = token.lemma = token.lemma_key = token.norm;
            break;
          case EntityType::kMention:
            token.type = TokenType::kMention;
            token.norm = normalizer->CaseFold(e.value + e.list_slug);
            token.key = token.lemma = token.lemma_key = token.norm;
            break;
          case EntityType::kCashtag:
            token.type = TokenType::kCashtag;
            token.norm = normalizer->CaseFold(e.value);
            token.key = token.lemma = token.lemma_key = token.norm;
            break;
          case EntityType::kHashtag:
            token.type = TokenType::kHashtag;
            FillHashtag(e.value, &token);
            break;
        }
        break;
      }
    }
    auto span = n.OriginalSpan(begin, end);
    token.start = static_cast<std::uint32_t>(span.first);
    token.end = static_cast<std::uint32_t>(span.second);
    i = next;
  }
}

Analysis Analyzer::Analyze(std::string_view post) {
  Analysis analysis;
  analysis.original.assign(post);
  analysis.normalized = rep_->normalizer->Normalize(post);
  const std::string& text = analysis.normalized.text;

  // Entities first: ICU's word iterator would cut URLs into pieces, treat '@'
  // as a letter and drop '#' (DEPENDENCIES.md, pitfall 5).
  std::vector<Entity> entities = rep_->extractor->Extract(text);
  std::erase_if(entities, [&](const Entity& e) { return IsFrenchFalseUrl(e); });
  std::vector<Piece> pieces;
  pieces.reserve(text.size() / 3);
  std::size_t at = 0;
  for (std::size_t k = 0; k < entities.size(); ++k) {
    rep_->Segment(text, at, entities[k].start, &pieces);
    pieces.push_back({PieceKind::kEntity, entities[k].start, entities[k].end, k});
    at = entities[k].end;
  }
  rep_->Segment(text, at, text.size(), &pieces);
  rep_->BuildTokens(text, pieces, entities, &analysis);

  // Entities reported against the original post.
  for (Entity& e : entities) {
    auto span = analysis.normalized.OriginalSpan(e.start, e.end);
    e.start = span.first;
    e.end = span.second;
    e.text.assign(post.substr(span.first, span.second - span.first));
    if (e.type == EntityType::kUrl) e.value = CanonicalUrl(e.value.empty() ? e.text : e.value);
  }
  analysis.entities = std::move(entities);
  return analysis;
}

}  // namespace redite::text
