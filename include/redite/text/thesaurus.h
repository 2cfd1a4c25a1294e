// Thesaurus: French synonyms from MyThes and the Debian mythes-fr thesaurus.
//
// MyThes has one merged sense per headword ("lancer" has 42 synonyms of mixed
// parts of speech), so synonyms are a weak signal: the scorer weighs them
// low. Lookups read the data file; results are cached. Not thread-safe.
#ifndef REDITE_TEXT_THESAURUS_H_
#define REDITE_TEXT_THESAURUS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redite/status.h"

namespace redite::text {

struct ThesaurusOptions {
  std::string index_path = "/usr/share/mythes/thes_fr.idx";
  std::string data_path = "/usr/share/mythes/thes_fr.dat";
  // Headwords with more synonyms than this are too vague to use (0: no limit).
  std::size_t max_synonyms = 30;
};

class Thesaurus {
 public:
  static Result<std::unique_ptr<Thesaurus>> Open(const ThesaurusOptions& options);
  ~Thesaurus();

  // The one-word synonyms of `lemma` (a lowercase lemma with its accents, as
  // the thesaurus writes headwords), lowercase with accents; empty when the
  // lemma is unknown or too vague.
  const std::vector<std::string>& Synonyms(std::string_view lemma);

 private:
  struct Rep;
  explicit Thesaurus(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace redite::text

#endif  // REDITE_TEXT_THESAURUS_H_
