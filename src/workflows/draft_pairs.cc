#include "redite/workflows/draft_pairs.h"

#include <utility>

#include "redite/workflows/ignored_phrases.h"

namespace redite::workflows {

similarity::Comparison CompareIgnoring(similarity::TextComparer* comparer,
                                       std::string_view subject, std::string_view match,
                                       const std::vector<std::string>& ignore_phrases) {
  if (ignore_phrases.empty()) return comparer->Compare(subject, match);
  return comparer->Compare(MaskPhrases(subject, ignore_phrases),
                           MaskPhrases(match, ignore_phrases));
}

std::vector<Finding> CompareDraftsWithEachOther(const std::vector<Draft>& drafts,
                                                similarity::TextComparer* comparer,
                                                const std::vector<std::string>& ignore_phrases,
                                                similarity::Level min_level) {
  std::vector<similarity::PostFeatures> features;
  features.reserve(drafts.size());
  for (const Draft& d : drafts) {
    features.push_back(comparer->Features(MaskPhrases(d.text, ignore_phrases)));
  }
  std::vector<Finding> findings;
  for (std::size_t j = 1; j < drafts.size(); ++j) {
    for (std::size_t i = 0; i < j; ++i) {
      similarity::Comparison c = comparer->Compare(features[j], features[i]);
      if (c.level < min_level || c.level == similarity::Level::kDistinct) continue;
      findings.push_back(MakeFinding(RefOf(drafts[j]), RefOf(drafts[i]), std::move(c)));
    }
  }
  SortBestFirst(&findings);
  return findings;
}

}  // namespace redite::workflows
