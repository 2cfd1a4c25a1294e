// Evaluation metrics, computed from data: rank correlation, ROC AUC,
// precision/recall/F1 and confusion matrices.
#ifndef REDITE_EVAL_METRICS_H_
#define REDITE_EVAL_METRICS_H_

#include <cstddef>
#include <vector>

namespace redite::eval {

// Ranks starting at 1; tied values get the average of their ranks.
std::vector<double> Ranks(const std::vector<double>& values);

// Pearson correlation; 0 when either side is constant. Requires equal sizes.
double Pearson(const std::vector<double>& x, const std::vector<double>& y);

// Spearman's rank correlation (Pearson on average ranks, so ties are right).
double Spearman(const std::vector<double>& x, const std::vector<double>& y);

// Area under the ROC curve of `scores` for binary `labels` (true: positive):
// the probability that a random positive scores above a random negative,
// ties counting half (Mann-Whitney U). 0.5 when a class is empty.
double RocAuc(const std::vector<double>& scores, const std::vector<bool>& labels);

struct BinaryCounts {
  std::size_t true_positives = 0;
  std::size_t false_positives = 0;
  std::size_t false_negatives = 0;
  std::size_t true_negatives = 0;

  void Add(bool predicted, bool actual);
  double Precision() const;  // 0 when nothing was predicted positive
  double Recall() const;     // 0 when nothing is positive
  double F1() const;
};

// A square confusion matrix: counts[actual][predicted].
struct Confusion {
  explicit Confusion(std::size_t classes)
      : counts(classes, std::vector<std::size_t>(classes, 0)) {}
  void Add(std::size_t actual, std::size_t predicted) { ++counts[actual][predicted]; }
  double Accuracy() const;
  double MacroF1() const;
  std::vector<std::vector<std::size_t>> counts;
};

}  // namespace redite::eval

#endif  // REDITE_EVAL_METRICS_H_
