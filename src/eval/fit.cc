#include "redite/eval/fit.h"

#include <cmath>

#include "redite/eval/metrics.h"

namespace redite::eval {

using similarity::kSignalCount;
using similarity::Level;

void FitWeights(const std::vector<FitExample>& examples, const FitOptions& options,
                similarity::ScorerModel* model) {
  std::array<double, kSignalCount> w{};
  double b = 0;
  double total_weight = 0;
  for (const FitExample& e : examples) total_weight += e.weight;
  if (total_weight <= 0) return;
  // Adam on the full batch: the signals are all in [0, 1], so one learning
  // rate fits them all; deterministic for the same data.
  std::array<double, kSignalCount + 1> m{}, v{};
  const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
  for (int it = 1; it <= options.iterations; ++it) {
    std::array<double, kSignalCount + 1> grad{};
    for (const FitExample& e : examples) {
      double z = b;
      for (int i = 0; i < kSignalCount; ++i) z += w[i] * e.signals[i];
      double p = 1.0 / (1.0 + std::exp(-z));
      double g = e.weight * (p - e.target) / total_weight;
      for (int i = 0; i < kSignalCount; ++i) grad[i] += g * e.signals[i];
      grad[kSignalCount] += g;
    }
    for (int i = 0; i < kSignalCount; ++i) grad[i] += 2 * options.l2 * w[i];
    for (int i = 0; i <= kSignalCount; ++i) {
      m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
      v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
      double mhat = m[i] / (1 - std::pow(beta1, it));
      double vhat = v[i] / (1 - std::pow(beta2, it));
      double step = options.learning_rate * 0.1 * mhat / (std::sqrt(vhat) + eps);
      if (i < kSignalCount) {
        w[i] -= step;
        // Projected onto the signal's side (SignalDirection).
        int direction = similarity::SignalDirection(i);
        if (direction * w[i] < 0) w[i] = 0;
      } else {
        b -= step;
      }
    }
  }
  model->weights = w;
  model->bias = b;
}

namespace {

// ThresholdObjective with each example's score already computed (the grid
// search changes only the thresholds, never the weights behind the scores).
double ObjectiveOfScores(const std::vector<LevelExample>& examples,
                         const std::vector<double>& scores,
                         const similarity::ScorerModel& model) {
  similarity::Scorer scorer(model, nullptr, nullptr);
  BinaryCounts redundant;
  Confusion confusion(5);
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const LevelExample& e = examples[i];
    Level predicted = scorer.LevelOf(e.signals, scores[i], e.duplicate);
    redundant.Add(predicted >= Level::kRewording, e.level >= Level::kRewording);
    confusion.Add(static_cast<std::size_t>(e.level), static_cast<std::size_t>(predicted));
  }
  return (redundant.F1() + confusion.MacroF1()) / 2;
}

std::vector<double> ScoresOf(const std::vector<LevelExample>& examples,
                             const similarity::ScorerModel& model) {
  similarity::Scorer scorer(model, nullptr, nullptr);
  std::vector<double> scores;
  scores.reserve(examples.size());
  for (const LevelExample& e : examples) scores.push_back(scorer.ScoreOf(e.signals));
  return scores;
}

}  // namespace

double ThresholdObjective(const std::vector<LevelExample>& examples,
                          const similarity::ScorerModel& model) {
  return ObjectiveOfScores(examples, ScoresOf(examples, model), model);
}

void FitThresholds(const std::vector<LevelExample>& examples, similarity::ScorerModel* model) {
  const std::vector<double> scores = ScoresOf(examples, *model);
  similarity::ScorerModel trial = *model;
  double best = -1;
  similarity::ScorerModel best_model = *model;
  for (int ex = 10; ex <= 100; ex += 10) {
    trial.exchange = ex / 100.0;
    for (int nd = 50; nd <= 98; nd += 2) {
      trial.near_duplicate = nd / 100.0;
      for (int rw = 10; rw <= 95; rw += 1) {
        trial.rewording = rw / 100.0;
        for (int st = 2; st < rw; st += 2) {
          trial.same_topic = st / 100.0;
          double objective = ObjectiveOfScores(examples, scores, trial);
          // Strictly better only: ties keep the first (lowest) thresholds, so
          // the result does not depend on floating-point noise in the order.
          if (objective > best + 1e-12) {
            best = objective;
            best_model = trial;
          }
        }
      }
    }
  }
  *model = best_model;
}

}  // namespace redite::eval
