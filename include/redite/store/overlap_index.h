// OverlapIndex: finds the stored posts that share rare terms with a draft,
// from the inverted index the import keeps (tables overlap_postings and
// overlap_keys, updated in each import's transaction).
//
//   OverlapIndex index(store.get(), OverlapIndexOptions());
//   OverlapQuery where;
//   where.account_ids = {corporate_id};
//   auto candidates = index.Candidates(draft_features, where);  // best first
//
// A query looks up the document frequency of each of the draft's keys
// (similarity::IndexKeys), reads the postings of the rarest ones (keys held
// by too many posts are boilerplate and skipped, except that the rarest
// `min_keys` are always read so short posts of common words still find
// theirs), restricted to the accounts and the time window, and ranks the
// posts by the share of the smaller post's key weight that they share with
// the draft (the containment the scorer relies on most) and the share of
// the draft's they cover. The caller scores
// the top ones exactly (EchoFinder does). Reads only; not
// thread-safe (one per FeedStore, one FeedStore per thread).
#ifndef REDITE_STORE_OVERLAP_INDEX_H_
#define REDITE_STORE_OVERLAP_INDEX_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "redite/similarity/features.h"
#include "redite/status.h"
#include "redite/store/feed_store.h"

namespace redite {

struct OverlapIndexOptions {
  // A key held by more than max(min_key_cap, max_key_share * indexed posts)
  // posts is boilerplate (a slogan, a campaign hashtag, a common word): its
  // postings are not read, unless it is among the draft's min_keys rarest.
  double max_key_share = 0.005;
  std::int64_t min_key_cap = 2000;
  int min_keys = 3;
  // Once this many postings are read (after the min_keys rarest), less rare
  // keys are skipped: bounds the time of a query (reading 10,000 postings
  // took about 2 ms on the shared 2-core build machine).
  std::int64_t max_postings = 10000;
  // A post whose estimated containment (shared key weight over the smaller
  // post's) is below this is no candidate: the scorer needs shared terms.
  double min_containment = 0.05;
  // How many candidates a query returns at most, best rank first (EchoFinder
  // scores them in that order until EchoFinderOptions::patience of them in
  // a row fall below the level asked). Each costs about 0.2 ms to read and
  // score exactly.
  std::size_t candidates = 200;
};

// Where to look: posts of these accounts created in [since, until).
struct OverlapQuery {
  std::vector<std::int64_t> account_ids;
  std::optional<std::int64_t> since;  // inclusive, unix seconds
  std::optional<std::int64_t> until;  // exclusive, unix seconds
};

struct OverlapCandidate {
  std::int64_t post_id = 0;
  double weight = 0;       // summed KeyWeight of the keys shared with the draft
  double containment = 0;  // weight over the smaller post's (estimated) total
  double rank = 0;         // the mean of containment and weight over the draft's total
};

// What a finding shows of a stored post.
struct IndexedPost {
  std::int64_t post_id = 0;
  std::int64_t account_id = 0;
  std::int64_t created_at = 0;
  std::string text;
};

class OverlapIndex {
 public:
  // `store` must outlive the index.
  OverlapIndex(FeedStore* store, OverlapIndexOptions options);
  ~OverlapIndex();
  OverlapIndex(const OverlapIndex&) = delete;
  OverlapIndex& operator=(const OverlapIndex&) = delete;

  // The top options.candidates posts sharing keys with `draft`, best first.
  Result<std::vector<OverlapCandidate>> Candidates(const similarity::PostFeatures& draft,
                                                   const OverlapQuery& where);

  // Every indexed post of `where` (the exhaustive baseline), by id.
  Result<std::vector<std::int64_t>> AllPosts(const OverlapQuery& where);

  // A post's stored features (what scoring a candidate reads); NotFound
  // when it has none.
  Result<similarity::PostFeatures> ReadFeatures(std::int64_t post_id);
  // A post's account, date and text (read for the findings only).
  Result<IndexedPost> ReadPost(std::int64_t post_id);

  // Posts of corporate accounts in the index, and how many of them hold each
  // key (0 for an unknown key): the rarity weights of a check.
  Result<std::int64_t> CorporatePosts();
  Result<std::int64_t> CorporatePostsWith(std::uint64_t key);

  // While one lives, the index's queries share one read transaction: one
  // snapshot, and the lock and WAL-index reads that SQLite otherwise repeats
  // for every statement (a check runs hundreds). Does nothing when a
  // transaction is already open on the connection.
  class ReadScope {
   public:
    explicit ReadScope(OverlapIndex& index);
    ~ReadScope();
    ReadScope(const ReadScope&) = delete;
    ReadScope& operator=(const ReadScope&) = delete;

   private:
    OverlapIndex* index_;
    bool began_ = false;
  };

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

}  // namespace redite

#endif  // REDITE_STORE_OVERLAP_INDEX_H_
