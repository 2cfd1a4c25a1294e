// TextComparer: the whole path from two raw posts to a Comparison, with the
// default French model (rarity weights and fitted scorer in corpus/model/).
// This is what `redite score` runs, and what a check runs on each candidate.
//
//   auto comparer = similarity::TextComparer::Create(similarity::TextComparerOptions());
//   similarity::Comparison c = (*comparer)->Compare(draft, corporate_post);
//
// Not thread-safe (analyzer and thesaurus caches): one per thread.
#ifndef REDITE_SIMILARITY_TEXT_COMPARER_H_
#define REDITE_SIMILARITY_TEXT_COMPARER_H_

#include <memory>
#include <string>
#include <string_view>

#include "redite/similarity/features.h"
#include "redite/similarity/scorer.h"
#include "redite/similarity/term_stats.h"
#include "redite/status.h"
#include "redite/text/thesaurus.h"
#include "redite/text/tokens.h"

namespace redite::similarity {

struct TextComparerOptions {
  text::AnalyzerOptions analyzer;
  text::ThesaurusOptions thesaurus;
  bool use_thesaurus = true;
  std::string model_path;        // "": DefaultModelPath()
  std::string term_stats_path;   // "": DefaultTermStatsPath()
  // Use this model instead of loading one (fitting and tests).
  const ScorerModel* model = nullptr;
  // Use this analyzer instead of creating one (it loads the Hunspell
  // dictionary: one per process is enough); must outlive the comparer.
  text::Analyzer* analyzer_instance = nullptr;
};

class TextComparer {
 public:
  static Result<std::unique_ptr<TextComparer>> Create(const TextComparerOptions& options);
  ~TextComparer();

  PostFeatures Features(std::string_view post);
  Comparison Compare(std::string_view a, std::string_view b);
  Comparison Compare(const PostFeatures& a, const PostFeatures& b);

  text::Analyzer& analyzer();
  Scorer& scorer();
  const TermStats& term_stats() const;

 private:
  struct Rep;
  explicit TextComparer(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace redite::similarity

#endif  // REDITE_SIMILARITY_TEXT_COMPARER_H_
