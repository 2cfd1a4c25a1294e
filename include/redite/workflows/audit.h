// The nightly audit: every post of the leader in a period against the
// corporate feeds, stored as a run so the next one can show what is new.
//
//   workflows::AuditOptions options;
//   options.person_ids = {ceo_id};
//   options.corporate_ids = {corp_id};
//   options.since = now - 30 * 86400;
//   auto result = workflows::RunAudit(store.get(), checker.get(), options);
//   report::FormatAuditSummaryText(result->summary) ...
//
// Pairs recorded with AcceptPair (deliberate echoes) are never reported.
// With only_new, findings already reported by the previous run of the same
// scope (same person and corporate accounts) are left out of the report (the
// summary still counts every post of the period). The result says which
// findings are new and which findings of the previous run are resolved.
#ifndef REDITE_WORKFLOWS_AUDIT_H_
#define REDITE_WORKFLOWS_AUDIT_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "redite/similarity/scorer.h"
#include "redite/status.h"
#include "redite/store/feed_store.h"
#include "redite/workflows/audit_summary.h"
#include "redite/workflows/check.h"
#include "redite/workflows/finding.h"

namespace redite::workflows {

// How much of the database an audit maps in memory, all its connections
// together (FeedStoreOptions::mmap_bytes, split between them). An audit reads
// most of a large store, and every mapped page it touches stays in its
// resident memory: a check maps 1 GiB, an audit less. Reads beyond the map
// go through SQLite's page cache (FeedStoreOptions::cache_kib).
constexpr std::int64_t kAuditMemoryMapBytes = std::int64_t{256} << 20;

// A checker for one more audit thread, with the store connection it reads
// (declared first: destroyed after the checker).
struct ThreadChecker {
  std::unique_ptr<FeedStore> store;
  std::unique_ptr<Checker> checker;
};

struct AuditOptions {
  std::vector<std::int64_t> person_ids;
  std::vector<std::int64_t> corporate_ids;
  std::int64_t since = 0;  // the person's posts created in [since, until)
  std::int64_t until = 0;
  similarity::Level fail_level = similarity::Level::kRewording;
  // Findings below this level are not kept (same-topic: reported, not failing).
  similarity::Level min_level = similarity::Level::kSameTopic;
  bool only_new = false;
  bool record = true;  // store the run (false: a dry run)
  // Each post keeps its most severe findings, at most this many (0: all);
  // the others are counted in AuditResult::left_out, neither reported nor
  // recorded. The summary does not change (it reads each post's best).
  std::size_t max_findings_per_post = 5;
  // Called after each post: (done, total), from one thread at a time.
  std::function<void(std::size_t, std::size_t)> progress;
  // Posts are checked on this many threads (the calling one with the
  // checker given to RunAudit, each other one with a checker of its own,
  // made on that thread by `make_checker`: a checker and its store
  // connection serve one thread). The report is the same for any number.
  int threads = 1;
  std::function<Result<ThreadChecker>()> make_checker;
};

// A finding of the previous run of the same scope that this run no longer
// reports, although it audited the person's post again (a post now outside
// the period is not "resolved").
struct ResolvedFinding {
  PostRef subject;  // the person's post
  PostRef match;    // the corporate post (empty text when no longer stored)
  similarity::Level level = similarity::Level::kDistinct;  // in the previous run
  double score = 0;                                         // in the previous run
  bool accepted = false;  // left out because the pair was accepted since
};

// Which findings of this run and of the previous one are new or resolved:
// pairs (person's post row id, corporate post row id).
using PostPair = std::pair<std::int64_t, std::int64_t>;
// The previous run's pairs that are not in `current`, among the person's
// posts in `audited` (row ids), in the order of `previous`. An accepted
// pair is not in `current`: it is resolved too.
std::vector<PostPair> ResolvedPairs(const std::vector<PostPair>& previous,
                                    const std::set<PostPair>& current,
                                    const std::set<std::int64_t>& audited);

struct AuditResult {
  std::int64_t run_id = 0;  // 0 when not recorded
  std::optional<std::int64_t> previous_run_id;
  std::vector<CheckedPost> checked;  // every audited post; with only_new, new findings only
  AuditSummary summary;              // of every finding of the period
  std::size_t findings = 0;          // findings of this run (accepted pairs left out)
  std::size_t new_findings = 0;      // not in the previous run of the same scope
  std::size_t accepted = 0;          // left out as accepted
  std::size_t left_out = 0;          // beyond AuditOptions::max_findings_per_post
  // The findings of this run not in the previous run (all when none).
  std::set<PostPair> new_pairs;
  // Findings of the previous run no longer reported, most severe first.
  std::vector<ResolvedFinding> resolved;

  bool IsNew(const Finding& f) const {
    return new_pairs.count({f.subject.row_id, f.match.row_id}) > 0;
  }
};

Result<AuditResult> RunAudit(FeedStore* store, Checker* checker, const AuditOptions& options);

}  // namespace redite::workflows

#endif  // REDITE_WORKFLOWS_AUDIT_H_
