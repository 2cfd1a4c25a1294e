#include "redite/profile/log_odds.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

namespace redite::profile {
namespace {

// The tiny corpora of the hand computations below. n_i = 6 + 3 + 1 = 10 and
// n_j = 2 + 7 + 1 = 10; the vocabulary has 4 terms.
const TermCounts kPerson = {{"usine", 6}, {"merci", 3}, {"emploi", 1}};
const TermCounts kCorporate = {{"usine", 2}, {"emploi", 7}, {"recrute", 1}};

const TermLogOdds& Find(const std::vector<TermLogOdds>& terms, const std::string& term) {
  for (const TermLogOdds& t : terms) {
    if (t.term == term) return t;
  }
  FAIL("no term " << term);
  static TermLogOdds none;
  return none;
}

std::vector<std::string> Terms(const std::vector<TermLogOdds>& terms) {
  std::vector<std::string> out;
  for (const TermLogOdds& t : terms) out.push_back(t.term);
  return out;
}

TEST_SUITE("LogOdds") {
  TEST_CASE("uniform prior alpha_w = 1: delta, variance and z computed by hand") {
    // alpha_w = 1 for the 4 terms, so alpha_0 = 4.
    DirichletPrior prior = UniformPrior(kPerson, kCorporate, 1.0);
    CHECK(prior.alpha0 == doctest::Approx(4.0));
    std::vector<TermLogOdds> all = WeightedLogOdds(kPerson, kCorporate, prior);
    REQUIRE(all.size() == 4);

    // usine: y_i + a = 7, n_i + a0 - y_i - a = 10 + 4 - 7 = 7;
    //        y_j + a = 3, n_j + a0 - y_j - a = 10 + 4 - 3 = 11.
    // delta = ln(7/7) - ln(3/11) = ln(11/3) = 1.299283
    // variance = 1/7 + 1/3 = 0.476190; z = 1.299283 / 0.690066 = 1.882840
    const TermLogOdds& usine = Find(all, "usine");
    CHECK(usine.count_i == 6);
    CHECK(usine.count_j == 2);
    CHECK(usine.delta == doctest::Approx(1.299283).epsilon(1e-5));
    CHECK(usine.variance == doctest::Approx(0.476190).epsilon(1e-5));
    CHECK(usine.z == doctest::Approx(1.882840).epsilon(1e-5));

    // merci (absent from j): y_i + a = 4, 14 - 4 = 10; y_j + a = 1, 14 - 1 = 13.
    // delta = ln(4/10) - ln(1/13) = ln(5.2) = 1.648659
    // variance = 1/4 + 1/1 = 1.25; z = 1.648659 / 1.118034 = 1.474605
    const TermLogOdds& merci = Find(all, "merci");
    CHECK(merci.count_j == 0);
    CHECK(merci.delta == doctest::Approx(1.648659).epsilon(1e-5));
    CHECK(merci.variance == doctest::Approx(1.25));
    CHECK(merci.z == doctest::Approx(1.474605).epsilon(1e-5));

    // emploi: y_i + a = 2, 14 - 2 = 12; y_j + a = 8, 14 - 8 = 6.
    // delta = ln(2/12) - ln(8/6) = ln(1/8) = -2.079442
    // variance = 1/2 + 1/8 = 0.625; z = -2.079442 / 0.790569 = -2.630309
    const TermLogOdds& emploi = Find(all, "emploi");
    CHECK(emploi.delta == doctest::Approx(-2.079442).epsilon(1e-5));
    CHECK(emploi.variance == doctest::Approx(0.625));
    CHECK(emploi.z == doctest::Approx(-2.630309).epsilon(1e-5));
  }

  TEST_CASE("pooled prior: alpha_w = alpha_0 (y_i + y_j) / (n_i + n_j), by hand") {
    // alpha_0 = 10, pooled counts 8, 3, 8, 1 of 20: alpha = 4, 1.5, 4, 0.5.
    DirichletPrior prior = PooledPrior(kPerson, kCorporate, 10.0);
    CHECK(prior.alpha0 == doctest::Approx(10.0));
    CHECK(prior.alpha.at("usine") == doctest::Approx(4.0));
    CHECK(prior.alpha.at("merci") == doctest::Approx(1.5));
    CHECK(prior.alpha.at("recrute") == doctest::Approx(0.5));
    std::vector<TermLogOdds> all = WeightedLogOdds(kPerson, kCorporate, prior);

    // usine: 6 + 4 = 10, 10 + 10 - 10 = 10; 2 + 4 = 6, 20 - 6 = 14.
    // delta = ln(10/10) - ln(6/14) = ln(14/6) = 0.847298
    // variance = 1/10 + 1/6 = 0.266667; z = 0.847298 / 0.516398 = 1.640785
    const TermLogOdds& usine = Find(all, "usine");
    CHECK(usine.alpha == doctest::Approx(4.0));
    CHECK(usine.delta == doctest::Approx(0.847298).epsilon(1e-5));
    CHECK(usine.variance == doctest::Approx(0.266667).epsilon(1e-5));
    CHECK(usine.z == doctest::Approx(1.640785).epsilon(1e-5));

    // merci: 3 + 1.5 = 4.5, 20 - 4.5 = 15.5; 0 + 1.5 = 1.5, 20 - 1.5 = 18.5.
    // delta = ln(4.5/15.5) - ln(1.5/18.5) = ln(83.25/23.25) = 1.275543
    // variance = 1/4.5 + 1/1.5 = 0.888889; z = 1.275543 / 0.942809 = 1.352918
    const TermLogOdds& merci = Find(all, "merci");
    CHECK(merci.delta == doctest::Approx(1.275543).epsilon(1e-5));
    CHECK(merci.variance == doctest::Approx(0.888889).epsilon(1e-5));
    CHECK(merci.z == doctest::Approx(1.352918).epsilon(1e-5));

    // emploi: 1 + 4 = 5, 20 - 5 = 15; 7 + 4 = 11, 20 - 11 = 9.
    // delta = ln(5/15) - ln(11/9) = ln(3/11) = -1.299283
    // variance = 1/5 + 1/11 = 0.290909; z = -1.299283 / 0.539360 = -2.408935
    const TermLogOdds& emploi = Find(all, "emploi");
    CHECK(emploi.delta == doctest::Approx(-1.299283).epsilon(1e-5));
    CHECK(emploi.z == doctest::Approx(-2.408935).epsilon(1e-5));
  }

  TEST_CASE("ranking: highest z first for the person, lowest z first for the corporate side") {
    std::vector<TermLogOdds> all =
        WeightedLogOdds(kPerson, kCorporate, UniformPrior(kPerson, kCorporate, 1.0));
    // z: usine 1.88 > merci 1.47 (said 6 times against 2 outranks 3 against 0);
    // emploi -2.63 < recrute -0.63.
    CHECK(Terms(RankDistinctive(all, Side::kI, 1, 0, 0)) ==
          std::vector<std::string>{"usine", "merci"});
    CHECK(Terms(RankDistinctive(all, Side::kJ, 1, 0, 0)) ==
          std::vector<std::string>{"emploi", "recrute"});
    CHECK(Terms(RankDistinctive(all, Side::kI, 1, 0, 1)) == std::vector<std::string>{"usine"});
  }

  TEST_CASE("minimum count: a term said fewer times on its side is left out") {
    std::vector<TermLogOdds> all =
        WeightedLogOdds(kPerson, kCorporate, UniformPrior(kPerson, kCorporate, 1.0));
    CHECK(Terms(RankDistinctive(all, Side::kI, 4, 0, 0)) == std::vector<std::string>{"usine"});
    CHECK(Terms(RankDistinctive(all, Side::kJ, 2, 0, 0)) == std::vector<std::string>{"emploi"});
    CHECK(RankDistinctive(all, Side::kI, 7, 0, 0).empty());
  }

  TEST_CASE("minimum |z|: only the differences that clear it are distinctive") {
    std::vector<TermLogOdds> all =
        WeightedLogOdds(kPerson, kCorporate, UniformPrior(kPerson, kCorporate, 1.0));
    // z: usine 1.88, merci 1.47, recrute -0.63, emploi -2.63.
    CHECK(RankDistinctive(all, Side::kI, 1, 1.96, 0).empty());
    CHECK(Terms(RankDistinctive(all, Side::kI, 1, 1.5, 0)) == std::vector<std::string>{"usine"});
    CHECK(Terms(RankDistinctive(all, Side::kJ, 1, 1.96, 0)) ==
          std::vector<std::string>{"emploi"});
  }

  TEST_CASE("swapping the corpora negates delta and z and keeps the variance") {
    DirichletPrior prior = PooledPrior(kPerson, kCorporate, 10.0);
    std::vector<TermLogOdds> ij = WeightedLogOdds(kPerson, kCorporate, prior);
    std::vector<TermLogOdds> ji = WeightedLogOdds(kCorporate, kPerson, prior);
    REQUIRE(ij.size() == ji.size());
    for (std::size_t k = 0; k < ij.size(); ++k) {
      CAPTURE(ij[k].term);
      CHECK(ji[k].term == ij[k].term);
      CHECK(ji[k].count_i == ij[k].count_j);
      CHECK(ji[k].delta == doctest::Approx(-ij[k].delta));
      CHECK(ji[k].variance == doctest::Approx(ij[k].variance));
      CHECK(ji[k].z == doctest::Approx(-ij[k].z));
    }
    CHECK(Terms(RankDistinctive(ij, Side::kI, 1, 0, 0)) == Terms(RankDistinctive(ji, Side::kJ, 1, 0, 0)));
  }

  TEST_CASE("a term absent from one side has a finite estimate") {
    std::vector<TermLogOdds> all =
        WeightedLogOdds(kPerson, kCorporate, PooledPrior(kPerson, kCorporate, 10.0));
    const TermLogOdds& recrute = Find(all, "recrute");
    CHECK(recrute.count_i == 0);
    CHECK(recrute.count_j == 1);
    CHECK(std::isfinite(recrute.z));
    CHECK(recrute.z < 0);
  }

  TEST_CASE("a tiny uniform prior gives the plain log-odds ratio") {
    std::vector<TermLogOdds> all =
        WeightedLogOdds(kPerson, kCorporate, UniformPrior(kPerson, kCorporate, 1e-6));
    // usine: ln(6/4) - ln(2/8) = ln(6) = 1.791759
    CHECK(Find(all, "usine").delta == doctest::Approx(1.791759).epsilon(1e-4));
    // emploi: ln(1/9) - ln(7/3) = ln(3/63) = -3.044522
    CHECK(Find(all, "emploi").delta == doctest::Approx(-3.044522).epsilon(1e-4));
  }

  TEST_CASE("a larger prior shrinks a rare term's estimate towards zero") {
    // merci: 3 against 0. alpha_w = alpha_0 * 3/20.
    double previous_delta = 1e9;
    double previous_z = 1e9;
    for (double alpha0 : {10.0, 100.0, 1000.0}) {
      CAPTURE(alpha0);
      std::vector<TermLogOdds> all =
          WeightedLogOdds(kPerson, kCorporate, PooledPrior(kPerson, kCorporate, alpha0));
      const TermLogOdds& merci = Find(all, "merci");
      CHECK(merci.delta > 0);
      CHECK(merci.delta < previous_delta);
      CHECK(merci.z < previous_z);
      previous_delta = merci.delta;
      previous_z = merci.z;
    }
    // alpha_0 = 100: alpha = 15; ln(18/97) - ln(15/95) = 0.214410
    std::vector<TermLogOdds> all =
        WeightedLogOdds(kPerson, kCorporate, PooledPrior(kPerson, kCorporate, 100.0));
    CHECK(Find(all, "merci").delta == doctest::Approx(0.214410).epsilon(1e-5));
  }

  TEST_CASE("equal z: the larger count first, then the term") {
    TermCounts i = {{"b", 5}, {"a", 5}, {"c", 1}};
    TermCounts j = {{"b", 1}, {"a", 1}, {"c", 5}};
    std::vector<TermLogOdds> all = WeightedLogOdds(i, j, UniformPrior(i, j, 0.5));
    CHECK(Find(all, "a").z == doctest::Approx(Find(all, "b").z));
    CHECK(Terms(RankDistinctive(all, Side::kI, 1, 0, 0)) == std::vector<std::string>{"a", "b"});
  }

  TEST_CASE("shared terms: on both sides, |z| small, ranked by the smaller rate") {
    // z (pooled prior, alpha_0 = 10): a 0.12, b -1.57, other -2.33, pad 2.98.
    TermCounts i = {{"a", 10}, {"b", 4}, {"pad", 20}};
    TermCounts j = {{"a", 3}, {"b", 4}, {"other", 4}};
    std::vector<TermLogOdds> all = WeightedLogOdds(i, j, PooledPrior(i, j, 10.0));
    REQUIRE(std::abs(Find(all, "a").z) < 1.96);
    REQUIRE(std::abs(Find(all, "b").z) < 1.96);
    // 20 person posts, 5 corporate: a min(10/20, 3/5) = 0.5 > b min(4/20, 4/5) = 0.2
    // (by the smaller count alone b, 4, would come before a, 3).
    CHECK(Terms(RankShared(all, 20, 5, 1, 1.96, 0)) == std::vector<std::string>{"a", "b"});
    // 20 posts each: a min(0.5, 0.15) = 0.15 < b min(0.2, 0.2) = 0.2.
    CHECK(Terms(RankShared(all, 20, 20, 1, 1.96, 0)) == std::vector<std::string>{"b", "a"});
    CHECK(Terms(RankShared(all, 20, 5, 4, 1.96, 0)) == std::vector<std::string>{"b"});
    CHECK(Terms(RankShared(all, 20, 5, 1, 1.96, 1)) == std::vector<std::string>{"a"});
    // pad and other are on one side only; a stricter |z| bound leaves b out.
    CHECK(Terms(RankShared(all, 20, 5, 0, 1.0, 0)) == std::vector<std::string>{"a"});
    CHECK(RankShared(all, 0, 20, 1, 1.96, 0).empty());
  }

  TEST_CASE("empty corpora give no terms") {
    CHECK(PooledPrior({}, {}, 100).alpha.empty());
    CHECK(WeightedLogOdds({}, {}, PooledPrior({}, {}, 100)).empty());
  }
}

}  // namespace
}  // namespace redite::profile
