// redite eval: how well redite's scorer agrees with human labels.
//   STS-B-fr dev: Spearman correlation of scores with human similarity;
//   PAWS-X-fr: ROC AUC of scores for paraphrase vs not;
//   corpus/eval/pairs.tsv held-out third: precision, recall, F1 of
//   "redundant" (rewording or above) and the confusion matrix of levels.
// redite fit: refits corpus/model/ (rarity weights, weights, thresholds);
//   with --cv K, cross-validates the fit on the training data instead.
#include <filesystem>
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "redite/eval/evaluation.h"

namespace redite::cli {
namespace {

std::string SharedPath(const std::string& shared, const std::string& relative) {
  return (std::filesystem::path(shared) / relative).string();
}

void PrintLevels(const std::string& title, const eval::LevelReport& r) {
  fmt::print("{} ({} pairs)\n", title, r.pairs);
  fmt::print("  redundant (rewording or above): precision {:.4f}  recall {:.4f}  F1 {:.4f}\n",
             r.redundant.Precision(), r.redundant.Recall(), r.redundant.F1());
  fmt::print("  levels: accuracy {:.3f}  macro F1 {:.3f}\n", r.levels.Accuracy(),
             r.levels.MacroF1());
  fmt::print("  {:>16} |", "actual \\ found");
  for (int p = 4; p >= 0; --p) {
    fmt::print(" {:>14}", similarity::LevelName(static_cast<similarity::Level>(p)));
  }
  fmt::print("\n");
  for (int a = 4; a >= 0; --a) {
    fmt::print("  {:>16} |", similarity::LevelName(static_cast<similarity::Level>(a)));
    for (int p = 4; p >= 0; --p) fmt::print(" {:>14}", r.levels.counts[a][p]);
    fmt::print("\n");
  }
}

int RunEval(const std::string& shared, const std::string& pairs, bool per_signal) {
  eval::EvaluationPaths paths;
  paths.sts_dev = SharedPath(shared, "stsb-fr/stsb-fr-dev.csv");
  paths.paws = SharedPath(shared, "paws-x-fr/dev-fr.part1.tsv");
  paths.labeled = pairs;
  for (const std::string& p : {paths.sts_dev, paths.paws, paths.labeled}) {
    if (!std::filesystem::exists(p)) {
      return ReportError(Status::NotFound(p + ": evaluation data missing (--shared-data DIR)"));
    }
  }
  auto comparer = similarity::TextComparer::Create(similarity::TextComparerOptions());
  if (!comparer.ok()) return ReportError(comparer.status());
  auto report = eval::Evaluate(**comparer, paths);
  if (!report.ok()) return ReportError(report.status());
  fmt::print("STS-B-fr dev ({} pairs): Spearman {:.4f}\n", report->sts_pairs,
             report->sts_spearman);
  fmt::print("PAWS-X-fr part 1 ({} pairs): ROC AUC {:.4f}\n", report->paws_pairs,
             report->paws_auc);
  if (per_signal) {
    fmt::print("  {:>18} {:>14} {:>10}\n", "signal alone", "STS Spearman", "PAWS AUC");
    for (int s = 0; s < similarity::kSignalCount; ++s) {
      fmt::print("  {:>18} {:>14.4f} {:>10.4f}\n", similarity::SignalName(s),
                 report->sts_signal_spearman[s], report->paws_signal_auc[s]);
    }
  }
  PrintLevels("corpus/eval held-out third", report->heldout);
  PrintLevels("corpus/eval fit split (used for fitting; for reference)", report->fit);
  return kExitOk;
}

// Cross-validation on the training data only (no file of corpus/model/ is
// written): for choosing signals and fitting options.
int RunCrossValidation(eval::FitPaths paths, int folds) {
  paths.out_term_stats =
      (std::filesystem::temp_directory_path() / "redite-cv-term-stats.tsv").string();
  auto report = eval::CrossValidate(paths, folds);
  if (!report.ok()) return ReportError(report.status());
  double mean = 0;
  for (double r : report->sts_spearman) mean += r;
  mean /= static_cast<double>(report->sts_spearman.size());
  fmt::print("{}-fold cross-validation on the training data\n", folds);
  fmt::print("STS-B-fr train: Spearman {:.4f} (mean over folds:", mean);
  for (double r : report->sts_spearman) fmt::print(" {:.4f}", r);
  fmt::print(")\n");
  PrintLevels("corpus/eval fit split, each pair scored by a model fitted without its fold",
              report->labeled);
  fmt::print("background pairs ({}): {} found redundant\n", report->background.pairs,
             report->background.redundant.false_positives);
  return kExitOk;
}

int RunFit(const std::string& shared, const std::string& pairs, const std::string& out_dir,
           int cv_folds) {
  eval::FitPaths paths;
  paths.sts_train = SharedPath(shared, "stsb-fr/stsb-fr-train.csv");
  paths.labeled = pairs;
  for (const char* feed :
       {"tweets-fr/presidentielle2022/MLP_officiel.csv", "tweets-fr/presidentielle2022/JLMelenchon.csv",
        "tweets-fr/presidentielle2022/vpecresse.csv", "tweets-fr/debat2017/tweets_debat.csv",
        "tweets-fr/debat2017/tweets_debat_20170404.csv", "tweets-fr/axa/axa.csv",
        "tweets-fr/saegus/saegus_tweets.json"}) {
    paths.feeds.push_back(SharedPath(shared, feed));
  }
  if (cv_folds > 0) return RunCrossValidation(paths, cv_folds);
  std::filesystem::create_directories(out_dir);
  paths.out_term_stats = (std::filesystem::path(out_dir) / "term-stats-fr.tsv").string();
  paths.out_model = (std::filesystem::path(out_dir) / "scorer.json").string();
  auto report = eval::FitModel(paths);
  if (!report.ok()) return ReportError(report.status());
  fmt::print("rarity weights from {} texts -> {}\n", report->documents, paths.out_term_stats);
  fmt::print("fitted on {} STS train pairs, {} labeled pairs and {} background pairs (objective {:.4f}) -> {}\n",
             report->sts_pairs, report->labeled_pairs, report->background_pairs, report->objective,
             paths.out_model);
  for (int s = 0; s < similarity::kSignalCount; ++s) {
    fmt::print("  {:>18} {:+.3f}\n", similarity::SignalName(s), report->model.weights[s]);
  }
  fmt::print("  {:>18} {:+.3f}\n", "bias", report->model.bias);
  fmt::print("  thresholds: rewording {:.2f}, same-topic {:.2f}, near-duplicate wording {:.2f}, "
             "exchange {:.2f}\n",
             report->model.rewording, report->model.same_topic, report->model.near_duplicate,
             report->model.exchange);
  return kExitOk;
}

}  // namespace

void RegisterEval(CLI::App& app, int* exit_code) {
  auto shared = std::make_shared<std::string>(REDITE_SHARED_DATA);
  auto pairs = std::make_shared<std::string>(std::string(REDITE_CORPUS_DIR) + "/eval/pairs.tsv");
  auto* cmd = app.add_subcommand("eval", "Evaluate the scorer on STS-B-fr, PAWS-X-fr and labeled pairs");
  cmd->add_option("--shared-data", *shared, "Folder of the external data (stsb-fr/, paws-x-fr/)");
  cmd->add_option("--pairs", *pairs, "Labeled pairs (id split level kind text_a text_b)");
  auto per_signal = std::make_shared<bool>(false);
  cmd->add_flag("--signals", *per_signal, "Also print each signal's Spearman and AUC alone");
  cmd->callback([=] { *exit_code = RunEval(*shared, *pairs, *per_signal); });

  auto out = std::make_shared<std::string>(std::string(REDITE_CORPUS_DIR) + "/model");
  auto* fit = app.add_subcommand("fit", "Refit the scorer model (corpus/model/) from training data");
  fit->add_option("--shared-data", *shared, "Folder of the external data (stsb-fr/, tweets-fr/)");
  fit->add_option("--pairs", *pairs, "Labeled pairs; only the fit split is used");
  fit->add_option("--out", *out, "Folder to write term-stats-fr.tsv and scorer.json to");
  auto cv = std::make_shared<int>(0);
  fit->add_option("--cv", *cv,
                  "Cross-validate on K folds of the training data (writes no model)");
  fit->callback([=] { *exit_code = RunFit(*shared, *pairs, *out, *cv); });
}

}  // namespace redite::cli
