#include "redite/workflows/audit.h"

#include <doctest/doctest.h>

#include <vector>

namespace redite::workflows {

TEST_SUITE("Audit") {
  TEST_CASE("resolved: previous pairs no longer reported, among the posts audited again") {
    std::vector<PostPair> previous = {{1, 10}, {1, 11}, {2, 12}, {3, 13}, {4, 14}};
    std::set<PostPair> current = {{1, 10}, {2, 99}, {5, 15}};
    std::set<std::int64_t> audited = {1, 2, 3, 5};  // post 4 is now outside the period
    std::vector<PostPair> resolved = ResolvedPairs(previous, current, audited);
    CHECK(resolved == std::vector<PostPair>{{1, 11}, {2, 12}, {3, 13}});
  }

  TEST_CASE("resolved: nothing when there was no previous run or nothing changed") {
    CHECK(ResolvedPairs({}, {{1, 10}}, {1}).empty());
    CHECK(ResolvedPairs({{1, 10}}, {{1, 10}}, {1}).empty());
  }
}

}  // namespace redite::workflows
