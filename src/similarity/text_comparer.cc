#include "redite/similarity/text_comparer.h"

namespace redite::similarity {

struct TextComparer::Rep {
  std::unique_ptr<text::Analyzer> own_analyzer;
  text::Analyzer* analyzer = nullptr;  // own_analyzer, or the one given
  std::unique_ptr<text::Thesaurus> thesaurus;
  TermStats stats;
  std::unique_ptr<Scorer> scorer;
};

TextComparer::TextComparer(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
TextComparer::~TextComparer() = default;

Result<std::unique_ptr<TextComparer>> TextComparer::Create(const TextComparerOptions& options) {
  auto rep = std::make_unique<Rep>();
  auto analyzer = text::Analyzer::GivenOrCreate(options.analyzer_instance, options.analyzer,
                                                &rep->own_analyzer);
  if (!analyzer.ok()) return analyzer.status();
  rep->analyzer = *analyzer;
  if (options.use_thesaurus) {
    auto thesaurus = text::Thesaurus::Open(options.thesaurus);
    if (!thesaurus.ok()) return thesaurus.status();
    rep->thesaurus = std::move(thesaurus).value();
  }
  std::string stats_path =
      options.term_stats_path.empty() ? DefaultTermStatsPath() : options.term_stats_path;
  auto stats = TermStats::Load(stats_path);
  if (!stats.ok()) return stats.status();
  rep->stats = std::move(stats).value();
  ScorerModel model;
  if (options.model != nullptr) {
    model = *options.model;
  } else {
    auto loaded =
        ScorerModel::Load(options.model_path.empty() ? DefaultModelPath() : options.model_path);
    if (!loaded.ok()) return loaded.status();
    model = std::move(loaded).value();
  }
  rep->scorer = std::make_unique<Scorer>(std::move(model), &rep->stats, rep->thesaurus.get());
  return std::unique_ptr<TextComparer>(new TextComparer(std::move(rep)));
}

PostFeatures TextComparer::Features(std::string_view post) {
  return ExtractFeatures(rep_->analyzer->Analyze(post));
}

Comparison TextComparer::Compare(std::string_view a, std::string_view b) {
  return Compare(Features(a), Features(b));
}

Comparison TextComparer::Compare(const PostFeatures& a, const PostFeatures& b) {
  return rep_->scorer->Compare(a, b);
}

text::Analyzer& TextComparer::analyzer() { return *rep_->analyzer; }
Scorer& TextComparer::scorer() { return *rep_->scorer; }
const TermStats& TextComparer::term_stats() const { return rep_->stats; }

}  // namespace redite::similarity
