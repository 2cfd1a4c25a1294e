// Fitting the scorer: logistic weights of the signals, then level thresholds,
// from labeled pairs. Run by `redite fit` (tools/fit); the result is data in
// corpus/model/scorer.json.
#ifndef REDITE_EVAL_FIT_H_
#define REDITE_EVAL_FIT_H_

#include <vector>

#include "redite/similarity/scorer.h"

namespace redite::eval {

struct FitExample {
  similarity::Signals signals{};
  double target = 0;  // in [0, 1]: a probability-like degree of redundancy
  double weight = 1;
};

struct FitOptions {
  double l2 = 1e-3;          // ridge penalty on the weights (not the bias)
  int iterations = 4000;     // full-batch gradient steps
  double learning_rate = 0.5;
};

// Logistic regression with soft targets: minimizes the weighted mean
// cross-entropy between sigmoid(bias + w.s) and target, plus l2 |w|^2.
// Each weight stays on the side similarity::SignalDirection gives it.
// Writes model->weights and model->bias; deterministic.
void FitWeights(const std::vector<FitExample>& examples, const FitOptions& options,
                similarity::ScorerModel* model);

struct LevelExample {
  similarity::Signals signals{};
  bool duplicate = false;  // similarity::IsDuplicate of the pair
  similarity::Level level = similarity::Level::kDistinct;  // the label
};

// The objective thresholds are chosen for: the mean of the F1 of "redundant"
// (rewording or above) and the macro F1 over the five levels.
double ThresholdObjective(const std::vector<LevelExample>& examples,
                          const similarity::ScorerModel& model);

// Grid search of model->rewording, same_topic, near_duplicate and exchange maximizing
// ThresholdObjective on `examples`, with the weights already fitted.
void FitThresholds(const std::vector<LevelExample>& examples, similarity::ScorerModel* model);

}  // namespace redite::eval

#endif  // REDITE_EVAL_FIT_H_
