#include <string>

#include "redite/ingest/importer.h"
#include "redite/text/entities.h"

namespace redite::ingest {

TextPipeline MakeTextPipeline(text::Analyzer* analyzer) {
  TextPipeline pipeline;
  // The text layer has no version of its own yet: the library's version
  // stands for it, so a new build never mixes its derived data with an older
  // build's (a new release asks for a fresh import).
  pipeline.version = std::string("text-") + REDITE_VERSION;
  pipeline.analyze = [analyzer](std::string_view post) { return analyzer->Analyze(post); };
  pipeline.canonical_url = [](std::string_view url) { return text::CanonicalUrl(url); };
  return pipeline;
}

}  // namespace redite::ingest
