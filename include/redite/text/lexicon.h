// French word knowledge: stopwords, lemmas and hashtag segmentation.
//
//   auto lexicon = redite::text::Lexicon::Open(redite::text::LexiconOptions());
//   if (!lexicon.ok()) ...;
//   std::string lemma = (*lexicon)->Lemma("recrutons");   // "recruter"
//
// Lemma() caches results and is NOT thread-safe: use one Lexicon per thread.
// IsStopword() and SegmentHashtag() are const and thread-safe.
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
  // Entries kept in the lemma cache before it is cleared.
  std::size_t lemma_cache_size = 1 << 20;
};

class Lexicon {
 public:
  static Result<std::unique_ptr<Lexicon>> Open(const LexiconOptions& options);
  ~Lexicon();

  // `word` is one word, case-folded (lowercase), accents kept, no elision.
  // Returns its lemma (recrutons -> recruter, annoncé -> annoncer) from
  // Hunspell, or the Snowball French stem for words Hunspell does not know.
  std::string Lemma(std::string_view word);

  // `word` case-folded; the accent-insensitive form is also checked.
  bool IsStopword(std::string_view word) const;

  // The words of a hashtag body (no '#'), lowercase, accents as written:
  // "TransitionÉnergétique" -> {"transition", "énergétique"}, "COP28" ->
  // {"cop", "28"}, "transitionenergetique" -> {"transition", "energetique"}
  // (dictionary segmentation). A body that cannot be split is returned whole.
  std::vector<std::string> SegmentHashtag(std::string_view body) const;

 private:
  struct Rep;
  explicit Lexicon(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace redite::text

#endif  // REDITE_TEXT_LEXICON_H_
