// The evaluation and fitting runs behind `redite eval` and `redite fit`.
//
// Fitting never sees the data reported on: the STS dev split, PAWS-X and the
// held-out third of corpus/eval/pairs.tsv are only ever scored.
#ifndef REDITE_EVAL_EVALUATION_H_
#define REDITE_EVAL_EVALUATION_H_

#include <string>
#include <vector>

#include "redite/eval/metrics.h"
#include "redite/similarity/text_comparer.h"
#include "redite/status.h"

namespace redite::eval {

struct EvaluationPaths {
  std::string sts_dev;     // ../shared/data/stsb-fr/stsb-fr-dev.csv ("" to skip)
  std::string paws;        // ../shared/data/paws-x-fr/dev-fr.part1.tsv ("" to skip)
  std::string labeled;     // corpus/eval/pairs.tsv ("" to skip)
};

struct LevelReport {
  std::size_t pairs = 0;
  BinaryCounts redundant;  // rewording or above
  Confusion levels{5};     // counts[actual][predicted], Level order
};

struct EvaluationReport {
  std::size_t sts_pairs = 0;
  double sts_spearman = 0;
  std::size_t paws_pairs = 0;
  double paws_auc = 0;
  // Each signal alone, for diagnosis: its Spearman on STS and AUC on PAWS-X.
  similarity::Signals sts_signal_spearman{};
  similarity::Signals paws_signal_auc{};
  LevelReport heldout;  // the held-out third: the figures to report
  LevelReport fit;      // the fitting two thirds, for reference only
};

Result<EvaluationReport> Evaluate(similarity::TextComparer& comparer,
                                  const EvaluationPaths& paths);

struct FitPaths {
  std::string sts_train;               // ../shared/data/stsb-fr/stsb-fr-train.csv
  std::string labeled;                 // corpus/eval/pairs.tsv (its "fit" split only)
  std::vector<std::string> feeds;      // real French feeds for rarity weights
  std::string out_term_stats;          // corpus/model/term-stats-fr.tsv
  std::string out_model;               // corpus/model/scorer.json
};

struct FitReport {
  std::size_t documents = 0;      // posts and sentences behind the rarity weights
  std::size_t sts_pairs = 0;
  std::size_t labeled_pairs = 0;  // fit split
  std::size_t background_pairs = 0;  // random same-feed pairs, as distinct
  double objective = 0;           // ThresholdObjective on the fit split
  similarity::ScorerModel model;
};

// Builds the rarity weights, fits the weights and thresholds, writes both files.
Result<FitReport> FitModel(const FitPaths& paths);

// K-fold cross-validation of the fit, for choosing signals and fitting
// options without looking at what `redite eval` reports on: the STS train
// pairs, the fit split and the background pairs are each cut into `folds`
// parts (by rank modulo folds); each part is scored by a model fitted on the
// others. Writes only paths.out_term_stats (the rarity weights, built from
// all the training texts as FitModel does: they use no labels).
struct CrossValidationReport {
  std::vector<double> sts_spearman;  // per fold, STS train pairs of the fold
  LevelReport labeled;               // the fit split, pooled over the folds
  LevelReport background;            // the background pairs (all distinct)
};
Result<CrossValidationReport> CrossValidate(const FitPaths& paths, int folds);

}  // namespace redite::eval

#endif  // REDITE_EVAL_EVALUATION_H_
