// Checker: one text (a draft, or a stored post of the leader) against the
// stored posts of some accounts: the findings a pre-publish check, a hook and
// an audit report.
//
//   auto checker = workflows::Checker::Create(store.get(), workflows::CheckerOptions());
//   workflows::CheckScope scope;
//   scope.account_ids = {corporate_id};
//   scope.since = now - 90 * 86400;
//   auto checked = (*checker)->Check(workflows::RefOf(draft), scope);
//
// Candidates come from the store's overlap index (EchoFinder) and are scored
// on their stored features. With phrases to ignore (slogans, signatures), the
// draft and each candidate are compared again with those phrases blanked.
// Not thread-safe: one Checker (and one FeedStore) per thread.
#ifndef REDITE_WORKFLOWS_CHECK_H_
#define REDITE_WORKFLOWS_CHECK_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "redite/similarity/scorer.h"
#include "redite/status.h"
#include "redite/store/echo_finder.h"
#include "redite/similarity/text_comparer.h"
#include "redite/store/feed_store.h"
#include "redite/text/tokens.h"
#include "redite/workflows/finding.h"

namespace redite::workflows {

struct CheckerOptions {
  EchoFinderOptions finder;
  // The fitted model with the configuration's thresholds (nullopt: the
  // default model as fitted).
  std::optional<similarity::ScorerModel> model;
  // Passages set aside before comparing (redite.toml ignore_phrases).
  std::vector<std::string> ignore_phrases;
  // How the checked text is read; the configuration's extra stopwords go
  // here (they then never count as shared words).
  text::AnalyzerOptions analyzer;
  // Use this analyzer (made with `analyzer`) instead of creating one; it
  // must outlive the checker.
  text::Analyzer* analyzer_instance = nullptr;
  // Or: called once, after the scorer, thesaurus and rarity weights are
  // loaded, to get the analyzer (which must outlive the checker). Lets a
  // caller build the analyzer (~75 ms of Hunspell loading) on another thread
  // meanwhile.
  std::function<Result<text::Analyzer*>()> analyzer_source;
};

struct CheckScope {
  std::vector<std::int64_t> account_ids;  // whose posts to compare with (required)
  std::optional<std::int64_t> since;      // inclusive, unix seconds
  std::optional<std::int64_t> until;      // exclusive
  // Findings below this level are left out (kSameTopic: report topics too).
  similarity::Level min_level = similarity::Level::kSameTopic;
  // A stored post never matches itself (audits of the leader's own feed).
  std::optional<std::int64_t> exclude_post_id;
};

// The handle of account `account_id`, read from the store once and then
// kept in `handles` (account id -> handle).
Result<std::string> HandleOf(FeedStore* store, std::int64_t account_id,
                             std::unordered_map<std::int64_t, std::string>* handles);

class Checker {
 public:
  // `store` must outlive the checker.
  static Result<std::unique_ptr<Checker>> Create(FeedStore* store, const CheckerOptions& options);
  ~Checker();

  // The findings for `subject` (its text as written), best first, with its
  // weighted length. InvalidArgument when the text has nothing to compare
  // (empty, or only phrases to ignore).
  Result<CheckedPost> Check(const PostRef& subject, const CheckScope& scope);

  const similarity::ScorerModel& model() const;

  // A comparer of two texts with this checker's model, sharing its analyzer
  // (created on first use; e.g. drafts against each other).
  Result<similarity::TextComparer*> Comparer();

 private:
  struct Rep;
  explicit Checker(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace redite::workflows

#endif  // REDITE_WORKFLOWS_CHECK_H_
