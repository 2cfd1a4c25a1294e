// French word knowledge: stopwords, lemmas and hashtag segmentation.
//
//   auto lexicon = redite::text::Lexicon::Open(redite::text::LexiconOptions());
//   if (!lexicon.ok()) ...;
//   std::string lemma = (*lexicon)->Lemma("recrutons");   // "recruter"
//
// Lemma() caches results and is NOT thread-safe: use one Lexicon per thread.
// IsStopword() and SegmentHashtag() are const and thread-safe.
//
// Costs (bench/lexicon_bench.cc, shared 2-core machine): Open() loads
// Hunspell's French dictionary in 70-240 ms and 13 MB of heap. Lemma() runs
// at 10-35 k words/s uncached, 3-16 M words/s from the cache (about 100 bytes
// an entry). The first SegmentHashtag() builds a trie of the dictionary's
// 420 k accent-folded word forms: 0.25-0.8 s and 6.6 MB (13 MB resident at
// the peak), or loads it from the cache folder; then about 1-2 us a hashtag.
#ifndef REDITE_TEXT_LEXICON_H_
#define REDITE_TEXT_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redite/status.h"

namespace redite::text {

struct LexiconOptions {
  // Hunspell's French dictionary (Debian package hunspell-fr).
  std::string hunspell_aff = "/usr/share/hunspell/fr_FR.aff";
  std::string hunspell_dic = "/usr/share/hunspell/fr_FR.dic";
  // The project's French stopword list, one lowercase word per line, '#' comments.
  // Empty: the one in the corpus folder the library was built with.
  std::string stopwords_path;
  // Extra stopwords (lowercase), e.g. from the user's configuration.
  std::vector<std::string> extra_stopwords;
  // Entries kept in the lemma cache before it is cleared. 0: no cache.
  std::size_t lemma_cache_size = 1 << 20;
  // Folder where the hashtag segmenter's trie is kept between runs (built
  // once, then loaded in milliseconds). "": DefaultCacheDir(); "-": none.
  std::string cache_dir;
};

// $REDITE_CACHE_DIR, else $XDG_CACHE_HOME/redite, else $HOME/.cache/redite;
// empty (no cache) when none of them is set.
std::string DefaultCacheDir();

class Lexicon {
 public:
  // Fails with NotFound naming the file when a Hunspell file or the stopword
  // list cannot be read, Corruption when the dictionary knows no French word,
  // NotFound when libstemmer has no French stemmer.
  static Result<std::unique_ptr<Lexicon>> Open(const LexiconOptions& options);
  ~Lexicon();

  // `word` is one word, case-folded (lowercase), accents kept, no elision.
  // Returns its lemma (recrutons -> recruter, annoncé -> annoncer) from
  // Hunspell, or the Snowball French stem for words Hunspell does not know.
  //
  // The lemma is lowercase, with a straight apostrophe (aujourd'hui). A word
  // Hunspell knows only capitalized (france, paris) gets its lowercased
  // dictionary form. Hunspell's analyses are unranked; when they disagree the
  // first of these wins, then the dictionary's order:
  //   1. a function word (les -> le, dans -> dans, not the noun "dan");
  //   2. être or avoir (est, sommes, été, a -> être / avoir);
  //   3. a verb in the present with nous or vous (devons -> devoir, not the
  //      noun "devon");
  //   4. a noun or adjective, its own form first (entreprises -> entreprise,
  //      président, sortie, fois): in posts such forms are nouns far more
  //      often than the verb forms they spell (crise, monde, vote);
  //   5. any other verb form, passé simple last (recrutons -> recruter,
  //      annoncé -> annoncer, vit -> vivre).
  // A hyphenated word Hunspell does not list gets its last part lemmatized
  // (sous-dotés -> sous-doter, co-organisé -> co-organiser).
  // Nouns and adjectives keep the dictionary's masculine singular (jeunes ->
  // jeune, présidente -> président; hunspell-fr also stems retraite(s) to
  // retrait). Unknown words, including accent-less spellings (energetique),
  // get the Snowball stem ("energet"), which will not equal the lemma of the
  // accented word. Words over 100 bytes come back unchanged.
  std::string Lemma(std::string_view word);

  // True when Hunspell knows `word` (as written or capitalized, or the last
  // part of a hyphenated word), that is when Lemma() comes from the
  // dictionary rather than from Snowball. Cached with
  // the lemma; not thread-safe either.
  bool InDictionary(std::string_view word);

  // `word` case-folded; the accent-insensitive form is also checked.
  bool IsStopword(std::string_view word) const;

  // The words of a hashtag body (no '#'), lowercase, accents as written:
  // "TransitionÉnergétique" -> {"transition", "énergétique"}, "COP28" ->
  // {"cop", "28"}, "transitionenergetique" -> {"transition", "energetique"}
  // (dictionary segmentation). A body that cannot be split is returned whole.
  //
  // Splits at underscores, letter/digit changes (an ordinal suffix stays
  // with its number: "6eRépublique" -> "6e", "république") and case changes
  // ("IAgénérative" -> "ia", "générative"). A run with no case cue
  // ("nousrecrutons", "Emploidesjeunes", "NOUSRECRUTONS") is split into the
  // fewest, longest dictionary words, matched without accents; it stays whole
  // when it is a word itself ("bienvenue"), when known words do not cover it
  // (names, English tags), or when it is all caps and shorter than 8 letters
  // (acronyms: "RSE", "OTAN"). Empty when `body` has no letter or digit.
  // The dictionary is built on the first call (see Costs above); if the
  // Hunspell files became unreadable since Open(), only the case rules apply.
  std::vector<std::string> SegmentHashtag(std::string_view body) const;

 private:
  struct Rep;
  explicit Lexicon(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace redite::text

#endif  // REDITE_TEXT_LEXICON_H_
