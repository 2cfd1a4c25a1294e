// The keys of the overlap index.
#include "redite/similarity/index.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace redite::similarity {

TEST_SUITE("OverlapIndexKeys") {
  TEST_CASE("one key per distinct lemma, figure, link and hashtag, sorted") {
    PostFeatures f;
    f.lemmas = {"recruter", "apprenti", "recruter", "emploi"};
    f.figures = {"1200", "1200€"};  // the same figure once the currency sign is set aside
    f.links = {"https://exemple.fr/emploi"};
    f.hashtags = {"emploi"};
    f.mentions = {"entreprise"};  // mentions are no key
    std::vector<std::uint64_t> keys = IndexKeys(f);
    CHECK(keys.size() == 6);  // 3 lemmas, 1 figure, 1 link, 1 hashtag
    CHECK(std::is_sorted(keys.begin(), keys.end()));
    CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
    // The kind is part of the key: the lemma "emploi" is not the hashtag #emploi.
    CHECK(IndexKey(KeyKind::kLemma, "emploi") != IndexKey(KeyKind::kHashtag, "emploi"));
    CHECK(std::binary_search(keys.begin(), keys.end(), IndexKey(KeyKind::kFigure, "1200")));
  }

  TEST_CASE("short posts keep their own keys") {
    PostFeatures a, b;
    a.lemmas = {"merci"};
    b.lemmas = {"bravo"};
    CHECK(IndexKeys(a) != IndexKeys(b));
    CHECK(IndexKeys(a).size() == 1);
    CHECK(IndexKeys(PostFeatures()).empty());
  }

  TEST_CASE("rarer keys weigh more, and every weight is at least 1") {
    CHECK(KeyWeight(1, 1000) > KeyWeight(10, 1000));
    CHECK(KeyWeight(1000, 1000) == doctest::Approx(1.0));
  }
}

}  // namespace redite::similarity
