#include <memory>
#include <string>

#include "redite/ingest/importer.h"
#include "redite/text/entities.h"

namespace redite::ingest {

TextPipeline MakeTextPipeline(const text::AnalyzerOptions& options) {
  TextPipeline pipeline;
  // The text layer has no version of its own yet: the library's version
  // stands for it, so a new build never mixes its derived data with an older
  // build's (a new release asks for a fresh import).
  pipeline.version = std::string("text-") + REDITE_VERSION;
  pipeline.make_analyzer = [options]() -> Result<AnalyzeFn> {
    auto analyzer = text::Analyzer::Create(options);
    if (!analyzer.ok()) return analyzer.status();
    std::shared_ptr<text::Analyzer> shared(std::move(*analyzer));
    return AnalyzeFn([shared](std::string_view post) { return shared->Analyze(post); });
  };
  pipeline.canonical_url = [](std::string_view url) { return text::CanonicalUrl(url); };
  return pipeline;
}

}  // namespace redite::ingest
