#include "redite/workflows/audit_summary.h"

#include <algorithm>
#include <map>
#include <set>

namespace redite::workflows {
namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kHour = 3600;

std::vector<LagBucket> LagHistogram(const std::vector<std::int64_t>& lags) {
  std::vector<LagBucket> buckets = {{"< 1 h", 0, 0},           {"1-6 h", kHour, 0},
                                    {"6-24 h", 6 * kHour, 0},  {"1-3 d", kDay, 0},
                                    {"3-7 d", 3 * kDay, 0},    {"> 7 d", 7 * kDay, 0}};
  for (std::int64_t lag : lags) {
    std::size_t b = buckets.size() - 1;
    while (b > 0 && lag < buckets[b].min_seconds) --b;
    ++buckets[b].count;
  }
  return buckets;
}

// Floor division (dates before 1970 are negative).
std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

std::int64_t NearestRank(const std::vector<std::int64_t>& sorted, double q) {
  std::size_t rank = static_cast<std::size_t>(q * static_cast<double>(sorted.size()) + 0.999999);
  rank = std::clamp<std::size_t>(rank, 1, sorted.size());
  return sorted[rank - 1];
}

std::vector<CountedTerm> Top(const std::map<std::string, std::int64_t>& counts, std::size_t n) {
  std::vector<CountedTerm> terms;
  for (const auto& [term, posts] : counts) terms.push_back({term, posts});
  std::stable_sort(terms.begin(), terms.end(), [](const CountedTerm& a, const CountedTerm& b) {
    return a.posts > b.posts;  // the map gave alphabetical order for ties
  });
  if (terms.size() > n) terms.resize(n);
  return terms;
}

void CountOnce(const std::vector<std::string>& items, std::map<std::string, std::int64_t>* counts) {
  for (const std::string& item : std::set<std::string>(items.begin(), items.end())) {
    ++(*counts)[item];
  }
}

}  // namespace

std::int64_t WeekStart(std::int64_t t) {
  std::int64_t days = FloorDiv(t, kDay);
  // 1970-01-01 was a Thursday: days since the previous Monday.
  std::int64_t since_monday = ((days + 3) % 7 + 7) % 7;
  return (days - since_monday) * kDay;
}

AuditSummary SummarizeAudit(const std::vector<CheckedPost>& checked,
                            similarity::Level fail_level, std::size_t top_n) {
  AuditSummary s;
  s.fail_level = fail_level;
  s.posts_audited = static_cast<std::int64_t>(checked.size());
  std::vector<std::int64_t> lags;
  std::map<std::string, std::int64_t> lemmas, hashtags, links;
  std::map<std::int64_t, WeekTrend> weeks;
  for (const CheckedPost& c : checked) {
    similarity::Level level = HighestLevel(c);
    ++s.posts_by_level[static_cast<int>(level)];
    bool overlaps = !c.findings.empty() && level >= fail_level;
    if (c.post.created_at) {
      WeekTrend& w = weeks[WeekStart(*c.post.created_at)];
      w.week_start = WeekStart(*c.post.created_at);
      ++w.posts;
      if (overlaps) ++w.overlapping;
    }
    if (!overlaps) continue;
    ++s.overlapping;
    // The best finding at or above the fail level: the first, best first.
    const Finding& best = c.findings.front();
    switch (best.first) {
      case FirstSaid::kMatch:
        ++s.match_first;
        lags.push_back(*best.lag_seconds);
        break;
      case FirstSaid::kSubject: ++s.subject_first; break;
      case FirstSaid::kSameTime: ++s.same_time; break;
      case FirstSaid::kUnknown: ++s.order_unknown; break;
    }
    CountOnce(best.comparison.shared_lemmas, &lemmas);
    CountOnce(best.comparison.shared_hashtags, &hashtags);
    CountOnce(best.comparison.shared_links, &links);
  }
  s.overlap_rate = s.posts_audited > 0
                       ? static_cast<double>(s.overlapping) / static_cast<double>(s.posts_audited)
                       : 0.0;
  s.lag_histogram = LagHistogram(lags);
  if (!lags.empty()) {
    std::sort(lags.begin(), lags.end());
    s.lag = LagStats{static_cast<std::int64_t>(lags.size()), lags.front(), NearestRank(lags, 0.25),
                     NearestRank(lags, 0.5), NearestRank(lags, 0.75), lags.back()};
  }
  s.top_lemmas = Top(lemmas, top_n);
  s.top_hashtags = Top(hashtags, top_n);
  s.top_links = Top(links, top_n);
  if (!weeks.empty()) {
    std::int64_t first = weeks.begin()->first, last = weeks.rbegin()->first;
    for (std::int64_t w = first; w <= last; w += 7 * kDay) {
      auto it = weeks.find(w);
      s.weeks.push_back(it != weeks.end() ? it->second : WeekTrend{w, 0, 0});
    }
  }
  return s;
}

}  // namespace redite::workflows
