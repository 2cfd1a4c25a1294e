#include "redite/text/lexicon.h"

#include <hunspell/hunspell.hxx>
#include <libstemmer.h>
#include <unicode/uchar.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "text/hashtag_segmenter.h"
#include "text/latin_fold.h"
#include "text/string_hash.h"
#include "text/utf8.h"

#ifndef REDITE_CORPUS_DIR
#define REDITE_CORPUS_DIR "corpus"
#endif

namespace redite::text {
namespace {

// Hunspell rejects longer words (its MAXWORDLEN) and nothing that long is
// worth stemming: URLs or glued text that escaped tokenization.
constexpr std::size_t kMaxWordBytes = 100;

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// `word` with its first code point in title case ("france" -> "France").
std::string Capitalize(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  ForEachCodePoint(word, [&](UChar32 c, std::string_view bytes) {
    if (out.empty() && c >= 0) {
      AppendUtf8(u_totitle(c), &out);
    } else {
      out.append(bytes);
    }
  });
  return out;
}

// hunspell-fr writes the typographic apostrophe in its output (OCONV ' ’).
std::string StraightApostrophes(std::string_view text) {
  static constexpr std::string_view kTypographic = "\u2019";
  std::string out;
  out.reserve(text.size());
  for (std::size_t at; (at = text.find(kTypographic)) != std::string_view::npos;) {
    out.append(text.substr(0, at)).push_back('\'');
    text.remove_prefix(at + kTypographic.size());
  }
  out.append(text);
  return out;
}

// One analysis from Hunspell::analyze(): " st:être po:v0ei_____a po:ipre po:3sg".
struct Reading {
  std::string stem;
  int rank = 0;  // lower wins; see Lexicon::Lemma() in lexicon.h
};

bool HasTag(std::string_view analysis, std::string_view tag) {
  for (std::size_t at = 0; (at = analysis.find(tag, at)) != std::string_view::npos; ++at) {
    const std::size_t end = at + tag.size();
    const bool starts = at == 0 || analysis[at - 1] == ' ' || analysis[at - 1] == '\t';
    const bool ends = end == analysis.size() || analysis[end] == ' ' || analysis[end] == '\t' ||
                      analysis[end] == '!';
    if (starts && ends) return true;
  }
  return false;
}

Reading ReadAnalysis(std::string_view analysis, std::string_view word) {
  Reading reading;
  if (std::size_t st = analysis.find("st:"); st != std::string_view::npos) {
    const std::size_t end = analysis.find_first_of(" \t", st);
    reading.stem = std::string(analysis.substr(st + 3, end == std::string_view::npos
                                                          ? std::string_view::npos
                                                          : end - st - 3));
  }
  if (reading.stem.empty()) reading.stem = std::string(word);

  // Verb readings carry a conjugation tag "po:v0...", "po:v1..."; "po:mg"
  // marks grammatical words (determiners, pronouns, prepositions...).
  bool verb = false;
  for (std::size_t at = 0; (at = analysis.find("po:v", at)) != std::string_view::npos; ++at) {
    if (at + 4 < analysis.size() && analysis[at + 4] >= '0' && analysis[at + 4] <= '9') {
      verb = true;
      break;
    }
  }
  if (HasTag(analysis, "po:mg")) {
    reading.rank = 0;
  } else if (verb && (reading.stem == "être" || reading.stem == "avoir")) {
    reading.rank = 1;
  } else if (verb && (HasTag(analysis, "po:ipre") || HasTag(analysis, "po:impe")) &&
             (HasTag(analysis, "po:1pl") || HasTag(analysis, "po:2pl"))) {
    reading.rank = 2;
  } else if (!verb) {
    reading.rank = reading.stem == word ? 3 : 4;
  } else {
    const bool past_simple_only =
        (HasTag(analysis, "po:ipsi") || HasTag(analysis, "po:simp")) &&
        !HasTag(analysis, "po:ipre") && !HasTag(analysis, "po:spre") &&
        !HasTag(analysis, "po:ppas") && !HasTag(analysis, "po:impe");
    reading.rank = past_simple_only ? 6 : 5;
  }
  return reading;
}

// The lemma among Hunspell's analyses of `word` (`form` is what Hunspell was
// asked: `word` or its capitalized spelling); empty when there is none.
std::string ChooseLemma(const std::vector<std::string>& analyses, std::string_view form) {
  Reading best;
  bool found = false;
  for (const std::string& analysis : analyses) {
    Reading reading = ReadAnalysis(analysis, form);
    if (!found || reading.rank < best.rank) {
      best = std::move(reading);
      found = true;
    }
  }
  return found ? StraightApostrophes(Lowercase(best.stem)) : std::string();
}

bool Readable(const std::string& path) { return std::ifstream(path).good(); }

Status ReadStopwords(const std::string& path, std::vector<std::string>* words) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the stopword list");
  std::string line;
  while (std::getline(in, line)) {
    if (std::size_t hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    const std::size_t begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos) continue;
    const std::size_t end = line.find_last_not_of(" \t\r");
    words->push_back(Lowercase(std::string_view(line).substr(begin, end + 1 - begin)));
  }
  if (in.bad()) return Status::IOError(path + ": read error");
  return Status::OK();
}

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// Hunspell's UTF-8 dictionaries share one global table, counted by each
// Hunspell object's constructor and destructor without a lock
// (initialize_utf_tbl / free_utf_tbl in csutil.cxx): two built or destroyed
// at once (the threads of an import or an audit) can leak or free it under
// the other. Both go through this lock.
std::mutex& HunspellLifetimeMutex() {
  static std::mutex mutex;
  return mutex;
}

struct HunspellDeleter {
  void operator()(Hunspell* hunspell) const {
    std::lock_guard<std::mutex> lock(HunspellLifetimeMutex());
    delete hunspell;
  }
};

}  // namespace

struct Lexicon::Rep {
  struct CachedLemma {
    std::string lemma;
    bool in_dictionary = false;
  };

  LexiconOptions options;
  std::unique_ptr<Hunspell, HunspellDeleter> hunspell;
  std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;
  std::vector<std::string> stopword_list;  // as read, for the segmenter
  StringSet stopwords;                     // as written
  StringSet folded_stopwords;              // without accents
  std::unordered_map<std::string, CachedLemma, StringHash, std::equal_to<>> lemma_cache;

  mutable std::once_flag segmenter_once;
  mutable std::unique_ptr<HashtagSegmenter> segmenter;

  CachedLemma ComputeLemma(std::string_view word);
  const CachedLemma& Lookup(std::string_view word, CachedLemma* uncached);
  std::string Stem(std::string_view word);
};

std::string Lexicon::Rep::Stem(std::string_view word) {
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (stem == nullptr) return std::string(word);  // out of memory inside libstemmer
  return std::string(reinterpret_cast<const char*>(stem), sb_stemmer_length(stemmer.get()));
}

Lexicon::Rep::CachedLemma Lexicon::Rep::ComputeLemma(std::string_view word) {
  if (word.size() > kMaxWordBytes) return {std::string(word), false};
  std::string form(word);
  std::vector<std::string> analyses = hunspell->analyze(form);
  if (analyses.empty()) {
    // Proper nouns are capitalized in the dictionary: france, paris, europe.
    form = Capitalize(word);
    if (form != word) analyses = hunspell->analyze(form);
  }
  if (std::string lemma = ChooseLemma(analyses, form); !lemma.empty()) {
    return {std::move(lemma), true};
  }
  // Hunspell spells unlisted compounds by breaking them at hyphens but does
  // not analyze them: lemmatize the last part (sous-dotés -> sous-doter).
  if (std::size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos && hyphen > 0) {
    CachedLemma last = ComputeLemma(word.substr(hyphen + 1));
    if (last.in_dictionary) {
      return {std::string(word.substr(0, hyphen + 1)) + last.lemma, true};
    }
  }
  return {Stem(word), false};
}

const Lexicon::Rep::CachedLemma& Lexicon::Rep::Lookup(std::string_view word,
                                                       CachedLemma* uncached) {
  if (options.lemma_cache_size == 0) {
    *uncached = ComputeLemma(word);
    return *uncached;
  }
  if (auto it = lemma_cache.find(word); it != lemma_cache.end()) return it->second;
  CachedLemma computed = ComputeLemma(word);
  if (lemma_cache.size() >= options.lemma_cache_size) lemma_cache.clear();
  return lemma_cache.emplace(std::string(word), std::move(computed)).first->second;
}

Result<std::unique_ptr<Lexicon>> Lexicon::Open(const LexiconOptions& options) {
  auto rep = std::make_unique<Rep>();
  rep->options = options;
  if (rep->options.stopwords_path.empty()) {
    rep->options.stopwords_path = std::string(REDITE_CORPUS_DIR) + "/lexicon/stopwords-fr.txt";
  }
  // Hunspell does not report a missing file: it silently knows no word.
  for (const std::string* path : {&options.hunspell_aff, &options.hunspell_dic}) {
    if (!Readable(*path)) {
      return Status::NotFound(*path + ": cannot open the Hunspell French dictionary"
                              " (Debian package hunspell-fr)");
    }
  }
  if (Status s = ReadStopwords(rep->options.stopwords_path, &rep->stopword_list); !s.ok()) {
    return s;
  }
  for (const std::string& word : options.extra_stopwords) {
    rep->stopword_list.push_back(Lowercase(word));
  }
  for (const std::string& word : rep->stopword_list) {
    rep->stopwords.insert(word);
    rep->folded_stopwords.insert(FoldLatin(word));
  }

  try {
    std::lock_guard<std::mutex> lock(HunspellLifetimeMutex());
    rep->hunspell.reset(new Hunspell(options.hunspell_aff.c_str(), options.hunspell_dic.c_str()));
  } catch (const std::exception& e) {
    return Status::Corruption(options.hunspell_dic + ": Hunspell failed to load: " + e.what());
  }
  if (!rep->hunspell->spell(std::string("être"))) {
    return Status::Corruption(options.hunspell_aff + ", " + options.hunspell_dic +
                              ": not a French dictionary (\"être\" is unknown)");
  }
  rep->stemmer.reset(sb_stemmer_new("french", "UTF_8"));
  if (rep->stemmer == nullptr) {
    return Status::NotFound("libstemmer: no French stemmer for UTF-8");
  }
  return std::unique_ptr<Lexicon>(new Lexicon(std::move(rep)));
}

std::string DefaultCacheDir() {
  auto env = [](const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? std::string(value) : std::string();
  };
  if (std::string dir = env("REDITE_CACHE_DIR"); !dir.empty()) return dir;
  if (std::string dir = env("XDG_CACHE_HOME"); !dir.empty()) return dir + "/redite";
  if (std::string dir = env("HOME"); !dir.empty()) return dir + "/.cache/redite";
  return std::string();
}

Lexicon::Lexicon(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Lexicon::~Lexicon() = default;

std::string Lexicon::Lemma(std::string_view word) {
  if (word.empty()) return std::string();
  Rep::CachedLemma uncached;
  return rep_->Lookup(word, &uncached).lemma;
}

bool Lexicon::InDictionary(std::string_view word) {
  if (word.empty()) return false;
  Rep::CachedLemma uncached;
  return rep_->Lookup(word, &uncached).in_dictionary;
}

bool Lexicon::IsStopword(std::string_view word) const {
  if (rep_->stopwords.find(word) != rep_->stopwords.end()) return true;
  return rep_->folded_stopwords.find(FoldLatin(word)) != rep_->folded_stopwords.end();
}

std::vector<std::string> Lexicon::SegmentHashtag(std::string_view body) const {
  std::call_once(rep_->segmenter_once, [this] {
    try {
      const std::string& dir = rep_->options.cache_dir;
      auto built = HashtagSegmenter::Build(rep_->options.hunspell_aff, rep_->options.hunspell_dic,
                                           rep_->stopword_list,
                                           dir.empty() ? DefaultCacheDir() : dir == "-" ? "" : dir);
      if (built.ok()) rep_->segmenter = std::move(*built);
    } catch (const std::exception&) {
      // Out of memory while building the trie: fall back to the case rules.
    }
    if (rep_->segmenter == nullptr) rep_->segmenter = HashtagSegmenter::WithoutDictionary();
  });
  return rep_->segmenter->Segment(body);
}

}  // namespace redite::text
