// AuditSummary: the figures of a nightly audit, computed from the checked
// posts of the person (each with its findings against the corporate feeds).
//
//   workflows::AuditSummary s = workflows::SummarizeAudit(checked, config.fail_level.value);
//   std::cout << report::FormatAuditSummaryText(s);
//
// A post "overlaps" when one of its findings is at or above the fail level;
// who-said-first, lags and echoed subjects are taken from the overlapping
// posts' best finding (findings are expected best first).
#ifndef REDITE_WORKFLOWS_AUDIT_SUMMARY_H_
#define REDITE_WORKFLOWS_AUDIT_SUMMARY_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "redite/similarity/scorer.h"
#include "redite/workflows/finding.h"

namespace redite::workflows {

struct CountedTerm {
  std::string term;
  std::int64_t posts = 0;  // overlapping posts that share it
};

// Nearest-rank quantiles of lags in seconds.
struct LagStats {
  std::int64_t count = 0;
  std::int64_t min = 0;
  std::int64_t p25 = 0;
  std::int64_t median = 0;
  std::int64_t p75 = 0;
  std::int64_t max = 0;
};

// Lags in [min_seconds, the next bucket's min_seconds).
struct LagBucket {
  std::string label;  // "< 1 h", "1-6 h", "6-24 h", "1-3 d", "3-7 d", "> 7 d"
  std::int64_t min_seconds = 0;
  std::int64_t count = 0;
};

struct WeekTrend {
  std::int64_t week_start = 0;  // Monday 00:00 UTC, seconds
  std::int64_t posts = 0;
  std::int64_t overlapping = 0;
};

struct AuditSummary {
  similarity::Level fail_level = similarity::Level::kRewording;
  std::int64_t posts_audited = 0;
  std::int64_t overlapping = 0;
  double overlap_rate = 0;  // overlapping / posts_audited (0 when none audited)
  // Posts by the highest level of their findings (kDistinct: no finding).
  std::array<std::int64_t, 5> posts_by_level{};
  // Overlapping posts by who said it first (best finding).
  std::int64_t match_first = 0;    // the corporate account said it first
  std::int64_t subject_first = 0;  // the person said it first
  std::int64_t same_time = 0;
  std::int64_t order_unknown = 0;
  // How long after the corporate post the person repeated it (overlapping
  // posts whose corporate post came first).
  std::optional<LagStats> lag;
  // The same lags by bucket: always the six buckets, shortest first.
  std::vector<LagBucket> lag_histogram;
  // Most shared lemmas, hashtags and links among overlapping posts, most
  // posts first (ties: alphabetical).
  std::vector<CountedTerm> top_lemmas;
  std::vector<CountedTerm> top_hashtags;
  std::vector<CountedTerm> top_links;
  // Per ISO week (Monday first) of the person's posts, oldest first; weeks
  // without posts between two weeks with posts are listed with zeros.
  std::vector<WeekTrend> weeks;
};

AuditSummary SummarizeAudit(const std::vector<CheckedPost>& checked,
                            similarity::Level fail_level, std::size_t top_n = 10);

// Monday 00:00 UTC of the week holding `t` (UTC seconds).
std::int64_t WeekStart(std::int64_t t);

}  // namespace redite::workflows

#endif  // REDITE_WORKFLOWS_AUDIT_SUMMARY_H_
