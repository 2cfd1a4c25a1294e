#include "redite/eval/metrics.h"

#include <doctest/doctest.h>

namespace redite::eval {

TEST_SUITE("Metrics") {
  TEST_CASE("ties get the average rank") {
    CHECK(Ranks({10, 20, 20, 5}) == std::vector<double>{2, 3.5, 3.5, 1});
  }

  TEST_CASE("Spearman of a monotone relation is 1, of a reversed one -1") {
    std::vector<double> x = {1, 2, 3, 4, 5};
    CHECK(Spearman(x, {1, 4, 9, 16, 25}) == doctest::Approx(1.0));
    CHECK(Spearman(x, {5, 4, 3, 2, 1}) == doctest::Approx(-1.0));
  }

  TEST_CASE("Spearman by hand on a small example with a tie") {
    // ranks x: 1 2 3 4; ranks y: 1 2.5 2.5 4 -> Pearson of the ranks.
    // mean 2.5; dx = -1.5 -.5 .5 1.5; dy = -1.5 0 0 1.5; sxy = 4.5;
    // sxx = 5; syy = 4.5 -> 4.5 / sqrt(22.5) = 0.948683
    CHECK(Spearman({1, 2, 3, 4}, {1, 7, 7, 9}) == doctest::Approx(0.948683).epsilon(1e-6));
  }

  TEST_CASE("ROC AUC counts ordered pairs, ties as half") {
    CHECK(RocAuc({0.9, 0.8, 0.2, 0.1}, {true, true, false, false}) == doctest::Approx(1.0));
    CHECK(RocAuc({0.1, 0.2, 0.8, 0.9}, {true, true, false, false}) == doctest::Approx(0.0));
    // positives 0.5, 0.3; negatives 0.5, 0.1: pairs (0.5,0.5) tie=.5, (0.5,0.1)=1,
    // (0.3,0.5)=0, (0.3,0.1)=1 -> 2.5 / 4
    CHECK(RocAuc({0.5, 0.3, 0.5, 0.1}, {true, true, false, false}) == doctest::Approx(0.625));
  }

  TEST_CASE("precision, recall and F1 from counts") {
    BinaryCounts b;
    b.Add(true, true);
    b.Add(true, true);
    b.Add(true, false);
    b.Add(false, true);
    b.Add(false, false);
    CHECK(b.Precision() == doctest::Approx(2.0 / 3));
    CHECK(b.Recall() == doctest::Approx(2.0 / 3));
    CHECK(b.F1() == doctest::Approx(2.0 / 3));
  }

  TEST_CASE("confusion matrix accuracy") {
    Confusion c(2);
    c.Add(0, 0);
    c.Add(1, 1);
    c.Add(1, 0);
    c.Add(1, 1);
    CHECK(c.Accuracy() == doctest::Approx(0.75));
    // class 0: P=1/2 R=1 F=2/3; class 1: P=1 R=2/3 F=0.8 -> macro 0.7333
    CHECK(c.MacroF1() == doctest::Approx((2.0 / 3 + 0.8) / 2));
  }
}

}  // namespace redite::eval
