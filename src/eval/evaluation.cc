#include "redite/eval/evaluation.h"

#include <fstream>
#include <sstream>

#include "redite/eval/datasets.h"
#include "redite/eval/fit.h"
#include "redite/ingest/importer.h"

namespace redite::eval {
namespace {

// Random pairs drawn from each feed as background (unrelated) examples.
constexpr std::size_t kBackgroundPairsPerFeed = 150;

using similarity::Level;

// How redundant each level is, as a fitting target for the score.
double LevelTarget(Level level) {
  switch (level) {
    case Level::kDuplicate:
      return 1.0;
    case Level::kNearDuplicate:
      return 0.95;
    case Level::kRewording:
      return 0.85;
    case Level::kSameTopic:
      return 0.25;
    case Level::kDistinct:
      return 0.0;
  }
  return 0;
}

void AddLevel(const TextPair& pair, const similarity::Comparison& c, LevelReport* report) {
  ++report->pairs;
  report->redundant.Add(c.level >= Level::kRewording, pair.level >= Level::kRewording);
  report->levels.Add(static_cast<std::size_t>(pair.level), static_cast<std::size_t>(c.level));
}


// The score of each pair, and each signal's values, in the pairs' order.
struct PairScores {
  std::vector<double> scores;
  std::vector<std::vector<double>> signals = std::vector<std::vector<double>>(similarity::kSignalCount);
};

PairScores ScorePairs(similarity::TextComparer& comparer, const std::vector<TextPair>& pairs) {
  PairScores out;
  for (const TextPair& p : pairs) {
    similarity::Comparison c = comparer.Compare(p.a, p.b);
    out.scores.push_back(c.score);
    for (int s = 0; s < similarity::kSignalCount; ++s) out.signals[s].push_back(c.signals[s]);
  }
  return out;
}

}  // namespace

Result<EvaluationReport> Evaluate(similarity::TextComparer& comparer,
                                  const EvaluationPaths& paths) {
  EvaluationReport report;
  if (!paths.sts_dev.empty()) {
    auto pairs = LoadStsPairs(paths.sts_dev);
    if (!pairs.ok()) return pairs.status();
    std::vector<double> gold;
    for (const TextPair& p : *pairs) gold.push_back(p.score);
    PairScores scored = ScorePairs(comparer, *pairs);
    report.sts_pairs = pairs->size();
    report.sts_spearman = Spearman(scored.scores, gold);
    for (int s = 0; s < similarity::kSignalCount; ++s) {
      report.sts_signal_spearman[s] = Spearman(scored.signals[s], gold);
    }
  }
  if (!paths.paws.empty()) {
    auto pairs = LoadPawsPairs(paths.paws);
    if (!pairs.ok()) return pairs.status();
    std::vector<bool> labels;
    for (const TextPair& p : *pairs) labels.push_back(p.positive);
    PairScores scored = ScorePairs(comparer, *pairs);
    report.paws_pairs = pairs->size();
    report.paws_auc = RocAuc(scored.scores, labels);
    for (int s = 0; s < similarity::kSignalCount; ++s) {
      report.paws_signal_auc[s] = RocAuc(scored.signals[s], labels);
    }
  }
  if (!paths.labeled.empty()) {
    auto pairs = LoadLabeledPairs(paths.labeled);
    if (!pairs.ok()) return pairs.status();
    for (const TextPair& p : *pairs) {
      similarity::Comparison c = comparer.Compare(p.a, p.b);
      AddLevel(p, c, p.heldout ? &report.heldout : &report.fit);
    }
  }
  return report;
}

Result<FitReport> FitModel(const FitPaths& paths) {
  FitReport report;
  auto sts = LoadStsPairs(paths.sts_train);
  if (!sts.ok()) return sts.status();
  auto labeled = LoadLabeledPairs(paths.labeled);
  if (!labeled.ok()) return labeled.status();

  // 1. Rarity weights from real French text: the feeds and the STS training
  // sentences (never the dev split, PAWS-X or our held-out pairs).
  auto analyzer = text::Analyzer::Create(text::AnalyzerOptions());
  if (!analyzer.ok()) return analyzer.status();
  similarity::TermStats stats;
  std::vector<std::vector<std::string>> feed_posts;
  for (const std::string& feed : paths.feeds) {
    auto content = ingest::ReadWholeFile(feed);
    if (!content.ok()) return content.status();
    feed_posts.emplace_back();
    auto parsed = ingest::ParseFeed(*content, ingest::ParseOptions(), [&](Post&& post) {
      stats.Add(similarity::ExtractFeatures((*analyzer)->Analyze(post.text)));
      feed_posts.back().push_back(std::move(post.text));
      return Status::OK();
    });
    if (!parsed.ok()) return parsed.status().WithContext(feed);
  }
  for (const TextPair& p : *sts) {
    stats.Add(similarity::ExtractFeatures((*analyzer)->Analyze(p.a)));
    stats.Add(similarity::ExtractFeatures((*analyzer)->Analyze(p.b)));
  }
  report.documents = static_cast<std::size_t>(stats.documents());
  // Terms seen once are left out of the file: they get the top weight anyway,
  // and the file then holds no verbatim rare string of the source texts.
  if (Status s = stats.Save(paths.out_term_stats, 2); !s.ok()) return s;

  // 2. Signals of every training pair, with the saved weights.
  similarity::ScorerModel model;
  similarity::TextComparerOptions options;
  options.term_stats_path = paths.out_term_stats;
  options.model = &model;
  auto comparer = similarity::TextComparer::Create(options);
  if (!comparer.ok()) return comparer.status();
  similarity::Scorer& scorer = (*comparer)->scorer();
  std::vector<FitExample> examples;
  std::vector<LevelExample> levels;
  for (const TextPair& p : *sts) {
    auto fa = (*comparer)->Features(p.a);
    auto fb = (*comparer)->Features(p.b);
    examples.push_back({scorer.ComputeSignals(fa, fb), p.score / 5.0, 0.0});
  }
  report.sts_pairs = sts->size();
  std::size_t fit_pairs = 0;
  for (const TextPair& p : *labeled) {
    if (p.heldout) continue;
    auto fa = (*comparer)->Features(p.a);
    auto fb = (*comparer)->Features(p.b);
    similarity::Signals s = scorer.ComputeSignals(fa, fb);
    examples.push_back({s, LevelTarget(p.level), 0.0});
    levels.push_back({s, similarity::IsDuplicate(fa, fb), p.level});
    ++fit_pairs;
  }
  report.labeled_pairs = fit_pairs;
  // 3. Background: random pairs of posts of one real feed. Posts of one
  // account share its words, hashtags and signature without saying the same
  // thing; the thresholds must sit above that background (the levels of a
  // check against a whole corporate feed depend on it). Drawn with a fixed
  // seed, so a refit gives the same model.
  std::uint64_t seed = 0x5eed2026;
  auto next = [&seed] {  // splitmix64
    std::uint64_t z = (seed += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  std::size_t background = 0;
  for (const std::vector<std::string>& posts : feed_posts) {
    if (posts.size() < 2) continue;
    for (std::size_t k = 0; k < kBackgroundPairsPerFeed; ++k) {
      std::size_t i = next() % posts.size(), j = next() % posts.size();
      if (i == j || posts[i] == posts[j]) continue;
      auto fa = (*comparer)->Features(posts[i]);
      auto fb = (*comparer)->Features(posts[j]);
      similarity::Signals s = scorer.ComputeSignals(fa, fb);
      bool duplicate = similarity::IsDuplicate(fa, fb);
      if (duplicate) continue;  // a repeated tweet is no background
      examples.push_back({s, 0.0, 0.0});
      levels.push_back({s, false, similarity::Level::kDistinct});
      ++background;
    }
  }
  report.background_pairs = background;
  // STS teaches graded similarity on general French, our pairs what
  // redundancy is, the background what an unrelated post of the same feed
  // looks like; each source weighs the same whatever its size.
  for (std::size_t i = 0; i < examples.size(); ++i) {
    std::size_t n = i < sts->size() ? sts->size()
                    : i < sts->size() + fit_pairs ? fit_pairs
                                                  : background;
    double share = i < sts->size() ? 0.4 : i < sts->size() + fit_pairs ? 0.4 : 0.2;
    examples[i].weight = share / static_cast<double>(n);
  }
  FitWeights(examples, FitOptions(), &model);
  FitThresholds(levels, &model);
  report.objective = ThresholdObjective(levels, model);
  model.fitted_on = "stsb-fr train (" + std::to_string(sts->size()) + " pairs) + corpus/eval fit split (" +
                    std::to_string(fit_pairs) + " pairs) + " + std::to_string(background) +
                    " random same-feed pairs of tweets-fr; rarity weights from " +
                    std::to_string(report.documents) + " texts";
  if (Status s = model.Save(paths.out_model); !s.ok()) return s;
  report.model = model;
  return report;
}

}  // namespace redite::eval
