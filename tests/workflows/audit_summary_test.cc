#include "redite/workflows/audit_summary.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "ingest/dates.h"
#include "redite/report/report.h"

namespace redite::workflows {
namespace {

using similarity::Level;

std::int64_t Utc(int y, unsigned m, unsigned d, int h = 0) {
  return ingest::DaysFromCivil(y, m, d) * 86400 + h * 3600;
}

CheckedPost Post(std::optional<std::int64_t> at) {
  CheckedPost c;
  c.post.id = at ? std::to_string(*at) : "undated";
  c.post.account = "ceo";
  c.post.created_at = at;
  return c;
}

void AddFinding(CheckedPost* c, Level level, std::optional<std::int64_t> match_at,
                std::vector<std::string> lemmas, std::vector<std::string> hashtags = {},
                std::vector<std::string> links = {}) {
  similarity::Comparison comparison;
  comparison.level = level;
  comparison.shared_lemmas = std::move(lemmas);
  comparison.shared_hashtags = std::move(hashtags);
  comparison.shared_links = std::move(links);
  PostRef match;
  match.id = "corp";
  match.account = "acme";
  match.created_at = match_at;
  c->findings.push_back(MakeFinding(c->post, match, comparison));
  SortBestFirst(&c->findings);
}

std::vector<CheckedPost> Audit() {
  std::vector<CheckedPost> posts;
  CheckedPost p1 = Post(Utc(2025, 3, 10, 10));  // Monday
  AddFinding(&p1, Level::kRewording, Utc(2025, 3, 8, 10), {"recruter", "usine", "usine"},
             {"emploi"}, {"https://acme.fr/jobs"});
  AddFinding(&p1, Level::kSameTopic, Utc(2025, 1, 1), {"lyon"});
  CheckedPost p2 = Post(Utc(2025, 3, 12, 10));
  AddFinding(&p2, Level::kDuplicate, Utc(2025, 3, 12, 9), {"usine"}, {"emploi"});
  CheckedPost p3 = Post(Utc(2025, 3, 13, 10));
  AddFinding(&p3, Level::kSameTopic, Utc(2025, 3, 1), {"lyon"});
  CheckedPost p4 = Post(Utc(2025, 3, 27, 10));
  CheckedPost p5 = Post(Utc(2025, 3, 28, 10));
  AddFinding(&p5, Level::kNearDuplicate, Utc(2025, 3, 29), {"usine"});
  CheckedPost p6 = Post(std::nullopt);
  AddFinding(&p6, Level::kRewording, Utc(2025, 3, 29), {"recruter"});
  return {p1, p2, p3, p4, p5, p6};
}

}  // namespace

TEST_SUITE("AuditSummary") {
  TEST_CASE("overlap rate, levels, who said it first, lags, echoed subjects, weeks") {
    AuditSummary s = SummarizeAudit(Audit(), Level::kRewording);
    CHECK(s.posts_audited == 6);
    CHECK(s.overlapping == 4);
    CHECK(s.overlap_rate == doctest::Approx(4.0 / 6.0));
    CHECK(s.posts_by_level == std::array<std::int64_t, 5>{1, 1, 2, 1, 1});
    CHECK(s.match_first == 2);
    CHECK(s.subject_first == 1);
    CHECK(s.same_time == 0);
    CHECK(s.order_unknown == 1);
    REQUIRE(s.lag.has_value());
    CHECK(s.lag->count == 2);
    CHECK(s.lag->min == 3600);
    CHECK(s.lag->median == 3600);
    CHECK(s.lag->p75 == 2 * 86400);
    CHECK(s.lag->max == 2 * 86400);
    // 1 h (a bucket's lower bound is inclusive) and 2 d.
    REQUIRE(s.lag_histogram.size() == 6);
    std::vector<std::int64_t> counts;
    for (const LagBucket& b : s.lag_histogram) counts.push_back(b.count);
    CHECK(counts == std::vector<std::int64_t>{0, 1, 0, 1, 0, 0});
    CHECK(s.lag_histogram[1].label == "1-6 h");
    CHECK(s.lag_histogram[3].min_seconds == 86400);
    REQUIRE(s.top_lemmas.size() == 2);
    CHECK(s.top_lemmas[0].term == "usine");
    CHECK(s.top_lemmas[0].posts == 3);  // once per post, even when repeated
    CHECK(s.top_lemmas[1].term == "recruter");
    CHECK(s.top_lemmas[1].posts == 2);
    REQUIRE(s.top_hashtags.size() == 1);
    CHECK(s.top_hashtags[0].posts == 2);
    REQUIRE(s.top_links.size() == 1);
    CHECK(s.top_links[0].term == "https://acme.fr/jobs");
    REQUIRE(s.weeks.size() == 3);
    CHECK(s.weeks[0].week_start == Utc(2025, 3, 10));
    CHECK(s.weeks[0].posts == 3);
    CHECK(s.weeks[0].overlapping == 2);
    CHECK(s.weeks[1].posts == 0);  // the empty week in between
    CHECK(s.weeks[2].week_start == Utc(2025, 3, 24));
    CHECK(s.weeks[2].posts == 2);
    CHECK(s.weeks[2].overlapping == 1);
  }

  TEST_CASE("a stricter fail level, a top-n limit, and an empty audit") {
    AuditSummary strict = SummarizeAudit(Audit(), Level::kDuplicate, 1);
    CHECK(strict.overlapping == 1);
    CHECK(strict.top_lemmas.size() == 1);
    CHECK(strict.top_lemmas[0].term == "usine");
    AuditSummary none = SummarizeAudit({}, Level::kRewording);
    CHECK(none.posts_audited == 0);
    CHECK(none.overlap_rate == 0);
    CHECK_FALSE(none.lag.has_value());
    REQUIRE(none.lag_histogram.size() == 6);  // the buckets, empty
    for (const LagBucket& b : none.lag_histogram) CHECK(b.count == 0);
    CHECK(none.weeks.empty());
  }

  TEST_CASE("weeks start on Monday, UTC, before 1970 too") {
    CHECK(WeekStart(Utc(2025, 3, 13, 23)) == Utc(2025, 3, 10));
    CHECK(WeekStart(Utc(2025, 3, 10)) == Utc(2025, 3, 10));
    CHECK(WeekStart(Utc(2025, 3, 16, 23)) == Utc(2025, 3, 10));
    CHECK(WeekStart(0) == Utc(1969, 12, 29));
    CHECK(WeekStart(-1) == Utc(1969, 12, 29));
  }

  TEST_CASE("the summary in text and JSON") {
    AuditSummary s = SummarizeAudit(Audit(), Level::kRewording);
    std::string text = report::FormatAuditSummaryText(s);
    CHECK(text.rfind("6 posts audited, 4 with a finding at or above rewording (66.7 %)\n", 0) == 0);
    CHECK(text.find("by level (highest per post): duplicate 1, near-duplicate 1, rewording 2, "
                    "same-topic 1, distinct 1\n") != std::string::npos);
    CHECK(text.find("said first: the corporate account 2, the person 1, same time 0, unknown 1") !=
          std::string::npos);
    CHECK(text.find("lag after the corporate post: median 1 h, quartiles 1 h to 2 d, min 1 h, "
                    "max 2 d") != std::string::npos);
    CHECK(text.find("most echoed words: usine (3), recruter (2)") != std::string::npos);
    CHECK(text.find("most echoed hashtags: #emploi (2)") != std::string::npos);
    CHECK(text.find("  2025-03-17     0     0\n") != std::string::npos);
    nlohmann::json j = nlohmann::json::parse(report::FormatAuditSummaryJson(s));
    CHECK(j["posts_audited"] == 6);
    CHECK(j["posts_by_level"]["rewording"] == 2);
    CHECK(j["said_first"]["match"] == 2);
    CHECK(j["lag_seconds"]["p75"] == 2 * 86400);
    CHECK(j["top_lemmas"][0]["term"] == "usine");
    CHECK(j["weeks"][2]["week"] == "2025-03-24");
  }
}

}  // namespace redite::workflows
