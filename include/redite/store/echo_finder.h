// EchoFinder: what `redite check` and `redite audit` ask of the store: the
// stored posts of some accounts that a draft repeats, scored exactly.
//
//   auto finder = EchoFinder::Create(store.get(), EchoFinderOptions());
//   if (!finder.ok()) ...
//   EchoQuery query;
//   query.where.account_ids = {corporate_account_id};
//   query.min_level = similarity::Level::kRewording;
//   auto findings = (*finder)->Find(draft_features, query);   // best first
//
// Candidates come from the OverlapIndex; each is compared with the draft by
// similarity::Scorer::Compare on its stored features. Rarity weights are the
// document frequencies of the store's corporate posts (kept by the index,
// fetched once per term and cached) on top of the default French prior
// (corpus/model/term-stats-fr.tsv); character shingles use the prior alone.
// Not thread-safe: one EchoFinder (and one FeedStore) per thread.
#ifndef REDITE_STORE_ECHO_FINDER_H_
#define REDITE_STORE_ECHO_FINDER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "redite/similarity/features.h"
#include "redite/similarity/scorer.h"
#include "redite/status.h"
#include "redite/store/feed_store.h"
#include "redite/store/overlap_index.h"
#include "redite/text/thesaurus.h"

namespace redite {

struct EchoFinderOptions {
  OverlapIndexOptions index;
  // Candidates are scored best rank first; scoring stops once this many in
  // a row fall below the level asked (a template post, e.g. "Retrouvez-moi
  // ce soir sur ...", has dozens of near-duplicates: they all come back).
  std::size_t patience = 20;
  std::string model_path;       // "": similarity::DefaultModelPath()
  // Use this model (e.g. with the configuration's thresholds) instead of
  // loading one; copied at Create.
  const similarity::ScorerModel* model = nullptr;
  std::string term_stats_path;  // "": similarity::DefaultTermStatsPath()
  bool use_thesaurus = true;
  text::ThesaurusOptions thesaurus;
};

struct EchoQuery {
  OverlapQuery where;  // accounts (required) and time window
  // Findings below this level are left out.
  similarity::Level min_level = similarity::Level::kRewording;
  // Score every post of `where` instead of the index's candidates (the
  // baseline of benchmarks and recall tests; slow on a large store).
  bool exhaustive = false;
};

// What one Find() did: posts the index proposed, posts read and scored
// exactly (scoring stops after `patience` misses in a row), findings kept.
struct EchoFinderStats {
  std::size_t candidates = 0;
  std::size_t scored = 0;
  std::size_t findings = 0;
};

// A stored post the draft echoes.
struct Finding {
  std::int64_t post_id = 0;
  std::int64_t account_id = 0;
  std::int64_t created_at = 0;  // unix seconds
  std::string text;
  similarity::Comparison comparison;  // a = the draft, b = this post
};

class EchoFinder {
 public:
  // `store` must outlive the finder. Loads the scorer model, the prior and
  // (use_thesaurus) the thesaurus.
  static Result<std::unique_ptr<EchoFinder>> Create(FeedStore* store,
                                                    const EchoFinderOptions& options);
  ~EchoFinder();

  // The posts of query.where at or above query.min_level, most severe level
  // first, then highest score. InvalidArgument when no account is given.
  Result<std::vector<Finding>> Find(const similarity::PostFeatures& draft, const EchoQuery& query);

  OverlapIndex& index();
  const EchoFinderStats& last_stats() const;

 private:
  struct Rep;
  explicit EchoFinder(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace redite

#endif  // REDITE_STORE_ECHO_FINDER_H_
