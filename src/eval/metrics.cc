#include "redite/eval/metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace redite::eval {

std::vector<double> Ranks(const std::vector<double>& values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(values.size());
  std::size_t i = 0;
  while (i < order.size()) {
    std::size_t j = i;
    while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) ++j;
    double average = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
    for (std::size_t k = i; k <= j; ++k) ranks[order[k]] = average;
    i = j + 1;
  }
  return ranks;
}

double Pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  if (x.empty() || x.size() != y.size()) return 0;
  double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
  double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  if (sxx == 0 || syy == 0) return 0;
  return sxy / std::sqrt(sxx * syy);
}

double Spearman(const std::vector<double>& x, const std::vector<double>& y) {
  return Pearson(Ranks(x), Ranks(y));
}

double RocAuc(const std::vector<double>& scores, const std::vector<bool>& labels) {
  std::vector<double> ranks = Ranks(scores);
  double positives = 0, rank_sum = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i]) {
      positives += 1;
      rank_sum += ranks[i];
    }
  }
  double negatives = static_cast<double>(labels.size()) - positives;
  if (positives == 0 || negatives == 0) return 0.5;
  double u = rank_sum - positives * (positives + 1) / 2.0;
  return u / (positives * negatives);
}

void BinaryCounts::Add(bool predicted, bool actual) {
  if (predicted && actual) ++true_positives;
  if (predicted && !actual) ++false_positives;
  if (!predicted && actual) ++false_negatives;
  if (!predicted && !actual) ++true_negatives;
}

double BinaryCounts::Precision() const {
  std::size_t p = true_positives + false_positives;
  return p == 0 ? 0 : static_cast<double>(true_positives) / static_cast<double>(p);
}

double BinaryCounts::Recall() const {
  std::size_t p = true_positives + false_negatives;
  return p == 0 ? 0 : static_cast<double>(true_positives) / static_cast<double>(p);
}

double BinaryCounts::F1() const {
  double p = Precision(), r = Recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

double Confusion::Accuracy() const {
  std::size_t right = 0, total = 0;
  for (std::size_t a = 0; a < counts.size(); ++a) {
    for (std::size_t p = 0; p < counts.size(); ++p) {
      total += counts[a][p];
      if (a == p) right += counts[a][p];
    }
  }
  return total == 0 ? 0 : static_cast<double>(right) / static_cast<double>(total);
}

double Confusion::MacroF1() const {
  double sum = 0;
  for (std::size_t c = 0; c < counts.size(); ++c) {
    BinaryCounts b;
    for (std::size_t a = 0; a < counts.size(); ++a) {
      for (std::size_t p = 0; p < counts.size(); ++p) {
        for (std::size_t k = 0; k < counts[a][p]; ++k) b.Add(p == c, a == c);
      }
    }
    sum += b.F1();
  }
  return counts.empty() ? 0 : sum / static_cast<double>(counts.size());
}

}  // namespace redite::eval
