// EntityExtractor: a port of twitter-text 3.x's extraction rules (Java
// Regex.java and Extractor.java) to Boost.Regex, with ICU for Unicode
// properties and host names.
//
// twitter-text's patterns start with a group that consumes the character
// before the entity ("[^a-z0-9_!#$%&*@＠]|^" before a mention). In Boost a
// leading lookbehind or consumed context defeats the first-character search
// and makes a regex about 15x slower, so here every pattern starts at the
// entity itself, is run anchored (match_continuous) only where the entity can
// start, and the character before is checked in code. To keep Java's results,
// that character must also lie at or after the end of the previous match
// (Java consumed it, so find() could not reuse it): that end is `floor` below.
//
// The patterns are narrow (byte-level) boost::regex over UTF-8, with the
// twitter-text classes compiled to UTF-8 byte sequences (utf8_classes.h says
// why not boost::u32regex: 5-30x slower here). VALID_HASHTAG is about
// Unicode categories (letters, marks, digits), so it is matched in code with
// ICU's character data instead; it is a simple scan.
#include "redite/text/entities.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <boost/regex.hpp>
#include <exception>
#include <iterator>
#include <string>
#include <utility>

#include "text/idna.h"
#include "text/tlds.h"
#include "text/utf8_classes.h"
#include "text/utf8_scan.h"

namespace redite::text {
namespace {

using internal::AsciiChars;
using internal::CodePointAt;
using internal::CodePointBefore;
using internal::CodePointSet;
using internal::kIllFormed;
using internal::Union;
using internal::Utf8Class;

constexpr std::size_t kNpos = std::string_view::npos;

// twitter-text Extractor.java: MAX_URL_LENGTH, MAX_TCO_SLUG_LENGTH, and the
// "https://" it assumes for URLs written without a protocol.
constexpr std::size_t kMaxUrlLength = 4096;
constexpr std::size_t kMaxTcoSlugLength = 40;
constexpr std::size_t kAssumedProtocolLength = 8;

// ---------------------------------------------------------------------------
// twitter-text's character classes (Regex.java). Each set serves both the
// patterns (through Utf8Class) and the checks done in code.

bool Contains(const CodePointSet& set, char32_t c) {
  return std::any_of(set.begin(), set.end(), [c](const internal::CodePointRange& r) {
    return c >= r.first && c <= r.last;
  });
}

const CodePointSet& AsciiAlnum() {
  static const CodePointSet set = {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}};
  return set;
}

bool IsAsciiAlnum(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// LATIN_ACCENTS_CHARS: Latin-1, Latin Extended A/B, some IPA letters, the
// Hawaiian okina, combining diacritics and Latin Extended Additional.
const CodePointSet& LatinAccents() {
  static const CodePointSet set = {{0xC0, 0xD6},    {0xD8, 0xF6},   {0xF8, 0xFF},   {0x100, 0x24F},
                                   {0x253, 0x254},  {0x256, 0x257}, {0x259, 0x259}, {0x25B, 0x25B},
                                   {0x263, 0x263},  {0x268, 0x268}, {0x26F, 0x26F}, {0x272, 0x272},
                                   {0x289, 0x289},  {0x28B, 0x28B}, {0x2BB, 0x2BB}, {0x300, 0x36F},
                                   {0x1E00, 0x1EFF}};
  return set;
}

bool IsLatinAccent(char32_t c) { return c >= 0xC0 && Contains(LatinAccents(), c); }

// CYRILLIC_CHARS.
const CodePointSet& Cyrillic() {
  static const CodePointSet set = {{0x400, 0x4FF}};
  return set;
}

// UNICODE_SPACES.
const CodePointSet& UnicodeSpaces() {
  static const CodePointSet set = {{0x9, 0xD},       {0x20, 0x20},     {0x85, 0x85},
                                   {0xA0, 0xA0},     {0x1680, 0x1680}, {0x180E, 0x180E},
                                   {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F},
                                   {0x205F, 0x205F}, {0x3000, 0x3000}};
  return set;
}

// DIRECTIONAL_CHARACTERS: ALM, LRM, RLM, LRE..RLO, LRI..PDI.
const CodePointSet& Directional() {
  static const CodePointSet set = {
      {0x61C, 0x61C}, {0x200E, 0x200F}, {0x202A, 0x202E}, {0x2066, 0x2069}};
  return set;
}

// HASHTAG_SPECIAL_CHARS: underscore, ZWNJ/ZWJ (Persian, Sinhala), Cyrillic
// kavyka, Hebrew maqaf/geresh/gershayim, fullwidth tilde, wave dash, kana
// sound marks and double hyphen, katakana middle dot, ditto mark, Tibetan
// tsheg marks, middle dot (Catalan "il·lusió").
constexpr std::array<char32_t, 17> kHashtagSpecial = {
    '_',    0x200C, 0x200D, 0xA67E, 0x5BE,  0x5F3, 0x5F4, 0xFF5E, 0x301C,
    0x309B, 0x309C, 0x30A0, 0x30FB, 0x3003, 0xF0B, 0xF0C, 0xB7};

bool IsHashtagSpecial(char32_t c) {
  return std::find(kHashtagSpecial.begin(), kHashtagSpecial.end(), c) != kHashtagSpecial.end();
}

// HASHTAG_LETTERS_AND_MARKS (\p{L}\p{M}). twitter-text adds code points that
// Java's older Unicode tables lacked; ICU 72 (Unicode 15) already classifies
// them as letters and marks, and its digits (Nd) cover HASHTAG_NUMERALS.
bool IsHashtagLetter(char32_t c) {
  return c != kIllFormed &&
         (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
}

// HASHTAG_LETTERS_NUMERALS: letters, marks, decimal digits and specials.
bool IsHashtagChar(char32_t c) {
  return IsHashtagLetter(c) || IsHashtagSpecial(c) ||
         (c != kIllFormed && u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER);
}

// URL_VALID_URL_QUERY_CHARS and URL_VALID_URL_QUERY_ENDING_CHARS, besides
// ASCII letters and digits.
constexpr std::string_view kQueryChars = "!?*'();:&=+$/%#[]-_.,~|@";
constexpr std::string_view kQueryEndingChars = "-_&=#/";

constexpr char32_t kFullwidthAt = 0xFF20;
constexpr char32_t kFullwidthNumberSign = 0xFF03;
constexpr std::string_view kFullwidthAtUtf8 = "\xEF\xBC\xA0";
constexpr std::string_view kFullwidthNumberSignUtf8 = "\xEF\xBC\x83";

bool IsAtSign(char32_t c) { return c == '@' || c == kFullwidthAt; }

// ---------------------------------------------------------------------------
// The patterns. Java compiles them with CASE_INSENSITIVE (ASCII only), so
// ASCII letters are written in both cases; "$" (end of input) becomes "\z"
// because "$" also matches before a newline in Boost's default perl syntax.
// Outside classes, '-' is written \x2D and the at signs as their bytes.

constexpr std::string_view kAtSigns = R"((?:@|\xEF\xBC\xA0))";

std::string UrlPattern(const std::string& tld_trie) {
  using internal::Utf8Repeat;
  const CodePointSet valid = Union(AsciiAlnum(), LatinAccents());  // URL_VALID_CHARS
  const std::string v = Utf8Class(valid);
  const std::string subdomain =
      "(?>(?:" + v + Utf8Repeat(Union(valid, AsciiChars("-_")), "*") + ")?" + v + R"(\.))";
  const std::string domain_name =
      "(?:(?:" + v + Utf8Repeat(Union(valid, AsciiChars("-")), "*") + ")?" + v + R"(\.))";
  // URL_VALID_UNICODE_CHARS: not ASCII punctuation, Java's \s, a Unicode
  // separator (\p{Z}) or anything of the General Punctuation block.
  CodePointSet excluded =
      Union(AsciiChars("-_!\"#$%&'()*+,./:;<=>?@[\\]^`{|}~"), AsciiChars("\t\n\v\f\r "));
  excluded = Union(excluded, internal::CodePointsOfCategories(U_GC_Z_MASK));
  excluded = Union(excluded, {{0x2000, 0x206F}});
  const CodePointSet unicode_chars = internal::Complement(excluded);
  const std::string u = Utf8Class(unicode_chars);
  const std::string unicode_domain_name =
      "(?:(?:" + u + Utf8Repeat(Union(unicode_chars, AsciiChars("-")), "*") + ")?" + u + R"(\.))";
  // URL_VALID_GTLD / URL_VALID_CCTLD: twitter-text keeps two lists with the
  // same suffix; both are the PSL's ICANN TLDs here.
  const std::string tld = "(?:" + tld_trie + R"()(?![a-zA-Z0-9@+\x2D]))";
  const std::string punycode = R"((?:[xX][nN]\x2D\x2D[\x2D0-9a-zA-Z]+))";
  // URL_VALID_DOMAIN. Its second branch, "(?<=https?://)" + unicode domain,
  // needs a variable-length lookbehind that Boost lacks: the conditional on
  // group 1 (the protocol) says the same. Its other branches (domain + ccTLD
  // after a protocol, domain + ccTLD before '/') are already covered by the
  // first branch, whose TLD list holds the ccTLDs.
  const std::string domain = "(?:" + subdomain + "*" + domain_name + "(?:" + tld + "|" + punycode +
                             "))|(?:(?(1)(?:" + unicode_domain_name + tld + ")|(?!)))";
  const CodePointSet latin_cyrillic = Union(LatinAccents(), Cyrillic());
  // URL_VALID_GENERAL_PATH_CHARS (with U+2013, the en dash).
  const CodePointSet path_chars = Union(Union(AsciiAlnum(), AsciiChars("!*';:=+,.$/%#[]-_~|&@")),
                                        Union(latin_cyrillic, {{0x2013, 0x2013}}));
  const std::string any_path = Utf8Repeat(path_chars, "*");
  const std::string some_path = Utf8Repeat(path_chars, "+");
  // URL_BALANCED_PARENS: up to two nested levels ("/Primer_(film)").
  const std::string parens = R"(\((?:)" + some_path + "|(?:" + any_path + R"(\()" + some_path +
                             R"(\))" + any_path + R"())\))";
  const std::string path_ending =
      "(?:" + Utf8Class(Union(Union(AsciiAlnum(), AsciiChars("=_#/-+")), latin_cyrillic)) +
      "|(?:" + parens + "))";
  const std::string path = "(?:(?:" + any_path + "(?:" + parens + any_path + ")*" + path_ending +
                           ")|(?:@" + some_path + "/))";
  const std::string query = Utf8Repeat(Union(AsciiAlnum(), AsciiChars(kQueryChars)), "*");
  const std::string query_ending = Utf8Class(Union(AsciiAlnum(), AsciiChars(kQueryEndingChars)));
  // Groups: 1 protocol, 2 domain, 3 port, 4 path, 5 query.
  return "([hH][tT][tT][pP][sS]?://)?(" + domain + ")(?::([0-9]++))?(/" + path + "*+)?(\\?" +
         query + query_ending + ")?";
}

// VALID_MENTION_OR_LIST from the first at sign. Groups: 1 screen name, 2 list.
std::string MentionPattern() {
  return std::string(kAtSigns) + R"(+([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_\x2D]{0,24})?)";
}

// VALID_CASHTAG from the "$": 1-6 letters, optionally "." or "_" and 1-2
// letters, then the end, Java's \s or ASCII punctuation. Group 1: the symbol.
constexpr const char* kCashtagPattern =
    R"(\$([a-zA-Z]{1,6}(?:[._][a-zA-Z]{1,2})?))"
    R"((?=\z|[\t\n\x0B\f\r ]|[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]))";

// VALID_REPLY: spaces or directional marks, an at sign, the screen name.
// Deviation: Java pastes the directional marks as one literal 12-character
// sequence instead of a class, so in twitter-text they never match.
std::string ReplyPattern() {
  return Utf8Class(Union(UnicodeSpaces(), Directional())) + "*" + std::string(kAtSigns) +
         "([a-zA-Z0-9_]{1,20})";
}

// ---------------------------------------------------------------------------
// Anchored matching with byte offsets.

struct Span {
  std::size_t begin = kNpos;
  std::size_t end = kNpos;
  bool matched() const { return begin != kNpos; }
};

constexpr std::size_t kMaxGroups = 6;
using Groups = std::array<Span, kMaxGroups>;

// Matches `re` anchored at byte `pos` of `text` and fills `groups` with byte
// spans. Boost throws std::runtime_error when a match backtracks too much
// (pathological input); that position is then no match.
bool MatchAt(const boost::regex& re, std::string_view text, std::size_t pos, Groups* groups) {
  // Reused across calls: match_results keeps its storage.
  thread_local boost::match_results<const char*> what;
  const char* begin = text.data();
  const char* end = begin + text.size();
  try {
    if (!boost::regex_search(begin + pos, end, what, re, boost::match_continuous)) return false;
  } catch (const std::exception&) {
    return false;
  }
  for (std::size_t i = 0; i < kMaxGroups; ++i) {
    if (i < what.size() && what[i].matched) {
      (*groups)[i] = {static_cast<std::size_t>(what[i].first - begin),
                      static_cast<std::size_t>(what[i].second - begin)};
    } else {
      (*groups)[i] = Span();
    }
  }
  return true;
}

// Finds the ASCII sigil and its fullwidth form (3 bytes) in a text; memchr
// alone when the text has no fullwidth form (nearly always).
class SigilFinder {
 public:
  SigilFinder(std::string_view text, char ascii, std::string_view fullwidth)
      : text_(text),
        ascii_(ascii),
        fullwidth_(fullwidth),
        has_fullwidth_(!fullwidth.empty() && text.find(fullwidth) != kNpos) {}

  // The next sigil at or after `pos`, or kNpos.
  std::size_t Next(std::size_t pos) const {
    if (!has_fullwidth_) return text_.find(ascii_, pos);
    for (; pos < text_.size(); ++pos) {
      const char c = text_[pos];
      if (c == ascii_) return pos;
      if (c == fullwidth_[0] && text_.compare(pos, fullwidth_.size(), fullwidth_) == 0) return pos;
    }
    return kNpos;
  }

  // The byte length of the sigil at `pos`.
  std::size_t Length(std::size_t pos) const { return text_[pos] == ascii_ ? 1 : fullwidth_.size(); }

 private:
  std::string_view text_;
  char ascii_;
  std::string_view fullwidth_;
  bool has_fullwidth_;
};

// Java's find() loop over the places where an entity can start: at each
// sigil ("#", "@", "$" or its fullwidth form, "" for none), `match(pos,
// sigil_length, floor)` returns the end of the match there, accepted or not,
// or kNpos when there is none. The scan resumes at that end, which is also
// the `floor` of the next call (see the top of this file).
template <typename MatchFn>
void ForEachSigil(std::string_view text, char ascii, std::string_view fullwidth, MatchFn match) {
  const SigilFinder sigils(text, ascii, fullwidth);
  std::size_t floor = 0;
  std::size_t pos = 0;
  while ((pos = sigils.Next(pos)) != kNpos) {
    const std::size_t sigil_length = sigils.Length(pos);
    const std::size_t end = match(pos, sigil_length, floor);
    if (end == kNpos) {
      pos += sigil_length;
    } else {
      floor = pos = end;
    }
  }
}

// The character before byte `pos` when it starts at or after `floor`; false
// when there is none (pos == 0) or it was consumed by the previous match.
// An ill-formed byte gives kIllFormed, which no rule excludes: a separator.
bool PrecedingChar(std::string_view text, std::size_t pos, std::size_t floor, char32_t* c) {
  if (pos == 0) return false;
  std::size_t start;
  *c = CodePointBefore(text, pos, &start);
  return start >= floor;
}

// The end of the hashtag text that starts at `pos` (after the sigil), or
// kNpos: VALID_HASHTAG's "(?![\uFE0F\u20E3])" (a keycap "#️⃣" is no
// hashtag), then "LN* L LN*", that is the whole run of hashtag characters,
// provided it holds a letter or mark ("#2022" is no hashtag).
std::size_t HashtagEnd(std::string_view text, std::size_t pos) {
  bool has_letter = false;
  std::size_t len;
  if (pos < text.size()) {
    const char32_t first = CodePointAt(text, pos, &len);
    if (first == 0xFE0F || first == 0x20E3) return kNpos;
  }
  while (pos < text.size()) {
    const char32_t c = CodePointAt(text, pos, &len);
    if (!IsHashtagChar(c)) break;
    has_letter = has_letter || IsHashtagLetter(c);
    pos += len;
  }
  return has_letter ? pos : kNpos;
}

Entity MakeEntity(EntityType type, std::string_view text, std::size_t start, std::size_t end,
                  Span value) {
  Entity e;
  e.type = type;
  e.start = start;
  e.end = end;
  e.text = std::string(text.substr(start, end - start));
  e.value = std::string(text.substr(value.begin, value.end - value.begin));
  return e;
}

// twitter-text's removeOverlappingEntities: sorted by start (stable, so a
// URL listed first wins a tie), an entity that starts before the previous
// kept one ends is dropped.
void SortAndRemoveOverlaps(std::vector<Entity>* entities) {
  std::stable_sort(entities->begin(), entities->end(),
                   [](const Entity& a, const Entity& b) { return a.start < b.start; });
  std::vector<Entity> kept;
  kept.reserve(entities->size());
  for (Entity& e : *entities) {
    if (!kept.empty() && kept.back().end > e.start) continue;
    kept.push_back(std::move(e));
  }
  *entities = std::move(kept);
}

// INVALID_MENTION_MATCH_END: a mention or reply must not be followed by an at
// sign, a Latin accented letter ("@aliceìnheiro") or "://" ("@http://").
bool IsInvalidMentionEnd(std::string_view text, std::size_t end) {
  if (end >= text.size()) return false;
  if (text.substr(end).starts_with("://")) return true;
  std::size_t len;
  const char32_t next = CodePointAt(text, end, &len);
  return IsAtSign(next) || IsLatinAccent(next);
}

// The "RT" or "RT:" right before byte `pos`, itself after the start or
// anything but a letter, digit, '_', '+', '~', '.', '-' ("RT@user").
bool FollowsRetweetMark(std::string_view text, std::size_t pos, std::size_t floor) {
  if (pos > 0 && text[pos - 1] == ':') --pos;
  if (pos < 2 || (text[pos - 1] != 't' && text[pos - 1] != 'T') ||
      (text[pos - 2] != 'r' && text[pos - 2] != 'R')) {
    return false;
  }
  const std::size_t rt = pos - 2;
  char32_t c = 0;
  if (rt == 0) return floor == 0;
  return PrecedingChar(text, rt, floor, &c) && !IsAsciiAlnum(c) && c != '_' && c != '+' &&
         c != '~' && c != '.' && c != '-';
}

bool IsAsciiWhitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kUrl:
      return "url";
    case EntityType::kMention:
      return "mention";
    case EntityType::kHashtag:
      return "hashtag";
    case EntityType::kCashtag:
      return "cashtag";
  }
  return "unknown";
}

struct EntityExtractor::Rep {
  Status status;
  bool compiled = false;
  std::unique_ptr<internal::TldTrie> tlds;
  boost::regex url;
  boost::regex mention;
  boost::regex cashtag;
  boost::regex reply;

  void Init(const EntityExtractorOptions& options);

  std::vector<Entity> Urls(std::string_view text) const;
  // Whether the '.' at `dot` is followed by a TLD or a punycode label: every
  // URL host has such a dot.
  bool IsTldDot(std::string_view text, std::size_t dot) const;
  // Finds the URLs that start in text[pos, last_dot) (a run without white
  // space whose last TLD dot is at last_dot); `floor` as described above.
  void ScanRunForUrls(std::string_view text, std::size_t pos, std::size_t last_dot,
                      std::size_t* floor, std::vector<Entity>* out) const;
  std::vector<Entity> Hashtags(std::string_view text) const;
  std::vector<Entity> MentionsOrLists(std::string_view text) const;
  std::vector<Entity> Cashtags(std::string_view text) const;

  // The end of the t.co URL that `url` starts with (VALID_TCO_URL), or
  // kNpos; sets *slug_length.
  static std::size_t TcoUrlEnd(std::string_view url, std::size_t* slug_length);
  // Extractor.isValidHostAndLength.
  static bool IsValidHostAndLength(std::string_view url, bool has_protocol, std::string_view host);
};

void EntityExtractor::Rep::Init(const EntityExtractorOptions& options) {
  Result<std::vector<std::string>> icann = internal::LoadIcannTlds(options.public_suffix_list);
  if (!icann.ok()) status = icann.status().WithContext("EntityExtractor: URL TLDs");
  tlds = std::make_unique<internal::TldTrie>(icann.ok() ? *icann : std::vector<std::string>());
  if (Status idna = internal::IdnaStatus(); !idna.ok() && status.ok()) {
    status = idna.WithContext("EntityExtractor: URL host validation");
  }
  const char* name = "url";
  try {
    url.assign(UrlPattern(tlds->Pattern()));
    name = "mention";
    mention.assign(MentionPattern());
    name = "cashtag";
    cashtag.assign(kCashtagPattern);
    name = "reply";
    reply.assign(ReplyPattern());
    compiled = true;
  } catch (const std::exception& e) {
    status = Status::InvalidArgument(std::string("EntityExtractor: the ") + name +
                                     " pattern does not compile: " + e.what());
  }
}

std::size_t EntityExtractor::Rep::TcoUrlEnd(std::string_view url, std::size_t* slug_length) {
  auto starts_with_ci = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[i]) return false;
    }
    return true;
  };
  std::size_t i;
  if (starts_with_ci("http://t.co/")) {
    i = 12;
  } else if (starts_with_ci("https://t.co/")) {
    i = 13;
  } else {
    return kNpos;
  }
  const std::size_t slug_start = i;
  while (i < url.size() && IsAsciiAlnum(static_cast<unsigned char>(url[i]))) ++i;
  *slug_length = i - slug_start;
  if (*slug_length == 0) return kNpos;
  // Optional "?" + URL_VALID_URL_QUERY_CHARS* + URL_VALID_URL_QUERY_ENDING_CHARS:
  // the longest run of query characters, cut back to its last ending one.
  if (i < url.size() && url[i] == '?') {
    std::size_t end = i;  // no query unless an ending character is found
    for (std::size_t j = i + 1; j < url.size(); ++j) {
      const char c = url[j];
      const bool alnum = IsAsciiAlnum(static_cast<unsigned char>(c));
      if (!alnum && kQueryChars.find(c) == kNpos) break;
      if (alnum || kQueryEndingChars.find(c) != kNpos) end = j + 1;
    }
    i = end;
  }
  return i;
}

bool EntityExtractor::Rep::IsValidHostAndLength(std::string_view url, bool has_protocol,
                                                std::string_view host) {
  std::string ascii;
  if (!internal::HostToAscii(host, &ascii)) return false;
  // Java counts UTF-16 code units, with the host in its punycode form.
  const std::size_t length = internal::Utf16Length(url) - internal::Utf16Length(host) +
                             ascii.size() + (has_protocol ? 0 : kAssumedProtocolLength);
  return length <= kMaxUrlLength;
}

bool EntityExtractor::Rep::IsTldDot(std::string_view text, std::size_t dot) const {
  if (dot + 1 >= text.size()) return false;
  const auto next = static_cast<unsigned char>(text[dot + 1]);
  if (next < 0x80 && !IsAsciiAlnum(next)) return false;  // the common "pas. Et"
  if (tlds->MatchesAt(text, dot + 1)) return true;
  const std::string_view label = text.substr(dot + 1, 4);
  return label.size() == 4 && (label[0] == 'x' || label[0] == 'X') &&
         (label[1] == 'n' || label[1] == 'N') && label.ends_with("--");
}

std::vector<Entity> EntityExtractor::Rep::Urls(std::string_view text) const {
  // A URL has no ASCII white space, and its host has a '.' followed by a TLD
  // or a punycode label. Only the runs of non-white-space around such dots
  // are scanned, up to their last one: most of a French post has none, and
  // the quadratic cost of a long dotted run without TLD ("1.2.3.4...") is
  // avoided.
  std::vector<Entity> out;
  std::size_t floor = 0;
  std::size_t done = 0;  // bytes before it are scanned
  std::size_t dot = text.find('.');
  while (dot != kNpos) {
    if (IsTldDot(text, dot)) {
      std::size_t begin = dot;
      while (begin > done && !IsAsciiWhitespace(text[begin - 1])) --begin;
      std::size_t end = dot + 1;
      std::size_t last_dot = dot;
      for (; end < text.size() && !IsAsciiWhitespace(text[end]); ++end) {
        if (text[end] == '.' && IsTldDot(text, end)) last_dot = end;
      }
      ScanRunForUrls(text, begin, last_dot, &floor, &out);
      done = end;
    }
    dot = text.find('.', std::max(dot + 1, done));
  }
  return out;
}

void EntityExtractor::Rep::ScanRunForUrls(std::string_view text, std::size_t pos,
                                          std::size_t last_dot, std::size_t* floor,
                                          std::vector<Entity>* out) const {
  while (pos < last_dot) {
    std::size_t len;
    const char32_t c = CodePointAt(text, pos, &len);
    // A URL starts with a letter of URL_VALID_CHARS (its protocol or host),
    // after the start of the text or a character that is not a letter, digit,
    // @, $, # (URL_VALID_PRECEDING_CHARS). Deviation: at the very start of
    // the text Java tries the URL after the first character first, so it
    // finds "cole.fr" in "École.fr"; we take the whole "École.fr".
    char32_t before = 0;
    const bool starts = IsAsciiAlnum(c) || IsLatinAccent(c);
    const bool preceded_ok =
        pos == 0 || (PrecedingChar(text, pos, *floor, &before) && !IsAsciiAlnum(before) &&
                     before != '@' && before != kFullwidthAt && before != '$' && before != '#' &&
                     before != kFullwidthNumberSign && before != 0xFFFE && before != 0xFEFF &&
                     before != 0xFFFF);
    Groups g;
    if (!starts || !preceded_ok || !MatchAt(url, text, pos, &g)) {
      pos += len;
      continue;
    }
    // Java resumes after the whole match even when it rejects the URL.
    *floor = g[0].end;
    const std::size_t match_end = g[0].end;
    const bool has_protocol = g[1].matched();
    std::size_t url_end = match_end;
    bool keep = true;
    // Without a protocol, a URL after '-', '_', '.' or '/' is part of
    // something else (an e-mail, a path): INVALID_URL_WITHOUT_PROTOCOL_MATCH_BEGIN.
    if (!has_protocol && pos > 0 &&
        (before == '-' || before == '_' || before == '.' || before == '/')) {
      keep = false;
    }
    if (keep && has_protocol) {
      // A t.co link ends after its slug and query; a slug over 40 characters
      // is no t.co link at all.
      std::size_t slug_length = 0;
      const std::size_t tco_end = TcoUrlEnd(text.substr(pos, match_end - pos), &slug_length);
      if (tco_end != kNpos) {
        if (slug_length > kMaxTcoSlugLength) {
          keep = false;
        } else {
          url_end = pos + tco_end;
        }
      }
    }
    if (keep) {
      keep = IsValidHostAndLength(text.substr(pos, url_end - pos), has_protocol,
                                  text.substr(g[2].begin, g[2].end - g[2].begin));
    }
    if (keep) out->push_back(MakeEntity(EntityType::kUrl, text, pos, url_end, {pos, url_end}));
    pos = match_end;
  }
}

std::vector<Entity> EntityExtractor::Rep::Hashtags(std::string_view text) const {
  std::vector<Entity> out;
  ForEachSigil(text, '#', kFullwidthNumberSignUtf8,
               [&](std::size_t pos, std::size_t sigil_length, std::size_t floor) {
                 // After the start, U+FE0E/U+FE0F (an emoji's variation
                 // selector), or anything but '&' (HTML entities) and hashtag
                 // characters.
                 char32_t before = 0;
                 const bool preceded_ok = pos == 0 || (PrecedingChar(text, pos, floor, &before) &&
                                                       (before == 0xFE0E || before == 0xFE0F ||
                                                        (before != '&' && !IsHashtagChar(before))));
                 const std::size_t end = preceded_ok ? HashtagEnd(text, pos + sigil_length) : kNpos;
                 if (end == kNpos) return kNpos;
                 // INVALID_HASHTAG_MATCH_END: not followed by another sigil or "://".
                 const std::string_view after = text.substr(end);
                 if (!after.starts_with('#') && !after.starts_with(kFullwidthNumberSignUtf8) &&
                     !after.starts_with("://")) {
                   out.push_back(
                       MakeEntity(EntityType::kHashtag, text, pos, end, {pos + sigil_length, end}));
                 }
                 return end;
               });
  return out;
}

std::vector<Entity> EntityExtractor::Rep::MentionsOrLists(std::string_view text) const {
  std::vector<Entity> out;
  ForEachSigil(text, '@', kFullwidthAtUtf8,
               [&](std::size_t pos, std::size_t /*sigil_length*/, std::size_t floor) {
                 // After the start or anything but a letter, digit, '_', '!',
                 // '#', '$', '%', '&', '*' or at sign; or after "RT".
                 char32_t before = 0;
                 bool preceded_ok = pos == 0;
                 if (!preceded_ok && PrecedingChar(text, pos, floor, &before)) {
                   preceded_ok = !IsAsciiAlnum(before) && before != '_' && before != '!' &&
                                 before != '#' && before != '$' && before != '%' && before != '&' &&
                                 before != '*' && !IsAtSign(before);
                 }
                 preceded_ok = preceded_ok || FollowsRetweetMark(text, pos, floor);
                 Groups g;
                 if (!preceded_ok || !MatchAt(mention, text, pos, &g)) return kNpos;
                 if (!IsInvalidMentionEnd(text, g[0].end)) {
                   // The entity starts at the last at sign ("@@name" -> "@name").
                   std::size_t at_start;
                   CodePointBefore(text, g[1].begin, &at_start);
                   const Span list = g[2];
                   Entity e = MakeEntity(EntityType::kMention, text, at_start,
                                         list.matched() ? list.end : g[1].end, g[1]);
                   if (list.matched()) {
                     e.list_slug = std::string(text.substr(list.begin, list.end - list.begin));
                   }
                   out.push_back(std::move(e));
                 }
                 return g[0].end;
               });
  return out;
}

std::vector<Entity> EntityExtractor::Rep::Cashtags(std::string_view text) const {
  std::vector<Entity> out;
  ForEachSigil(
      text, '$', "", [&](std::size_t pos, std::size_t /*sigil_length*/, std::size_t floor) {
        // After the start, a space or a directional mark. Deviation: Java's
        // pattern pastes the directional marks as one literal 12-character
        // sequence instead of a class, so in twitter-text they never match.
        char32_t before = 0;
        const bool preceded_ok =
            pos == 0 || (PrecedingChar(text, pos, floor, &before) &&
                         (Contains(UnicodeSpaces(), before) || Contains(Directional(), before)));
        Groups g;
        if (!preceded_ok || !MatchAt(cashtag, text, pos, &g)) return kNpos;
        out.push_back(MakeEntity(EntityType::kCashtag, text, pos, g[0].end, g[1]));
        return g[0].end;
      });
  return out;
}

EntityExtractor::EntityExtractor() : EntityExtractor(EntityExtractorOptions()) {}

EntityExtractor::EntityExtractor(const EntityExtractorOptions& options)
    : rep_(std::make_unique<Rep>()) {
  rep_->Init(options);
}

EntityExtractor::~EntityExtractor() = default;

const Status& EntityExtractor::status() const { return rep_->status; }

std::vector<Entity> EntityExtractor::Extract(std::string_view text) const {
  if (!rep_->compiled) return {};
  // extractEntitiesWithIndices: URLs first so that they win ties.
  std::vector<Entity> all = rep_->Urls(text);
  auto append = [&all](std::vector<Entity> more) {
    std::move(more.begin(), more.end(), std::back_inserter(all));
  };
  append(rep_->Hashtags(text));
  append(rep_->MentionsOrLists(text));
  append(rep_->Cashtags(text));
  SortAndRemoveOverlaps(&all);
  return all;
}

std::vector<Entity> EntityExtractor::ExtractUrls(std::string_view text) const {
  if (!rep_->compiled) return {};
  return rep_->Urls(text);
}

std::vector<Entity> EntityExtractor::ExtractMentions(std::string_view text) const {
  std::vector<Entity> mentions = ExtractMentionsOrLists(text);
  std::erase_if(mentions, [](const Entity& e) { return !e.list_slug.empty(); });
  return mentions;
}

std::vector<Entity> EntityExtractor::ExtractMentionsOrLists(std::string_view text) const {
  if (!rep_->compiled) return {};
  return rep_->MentionsOrLists(text);
}

std::vector<Entity> EntityExtractor::ExtractHashtags(std::string_view text) const {
  if (!rep_->compiled) return {};
  std::vector<Entity> hashtags = rep_->Hashtags(text);
  if (hashtags.empty()) return hashtags;
  // Drop the hashtags inside URLs (extractHashtagsWithIndices with
  // checkUrlOverlap): hashtags first, so that they win a tie as in Java.
  std::vector<Entity> urls = rep_->Urls(text);
  if (urls.empty()) return hashtags;
  std::move(urls.begin(), urls.end(), std::back_inserter(hashtags));
  SortAndRemoveOverlaps(&hashtags);
  std::erase_if(hashtags, [](const Entity& e) { return e.type != EntityType::kHashtag; });
  return hashtags;
}

std::vector<Entity> EntityExtractor::ExtractCashtags(std::string_view text) const {
  if (!rep_->compiled) return {};
  return rep_->Cashtags(text);
}

std::string EntityExtractor::ExtractReplyScreenName(std::string_view text) const {
  if (!rep_->compiled || text.empty()) return "";
  Groups g;
  if (!MatchAt(rep_->reply, text, 0, &g)) return "";
  if (IsInvalidMentionEnd(text, g[0].end)) return "";
  return std::string(text.substr(g[1].begin, g[1].end - g[1].begin));
}

}  // namespace redite::text
