// Drafts checked against each other: `redite hook` also reports two drafts of
// the same commit that say the same thing. No database or index involved:
// every pair is compared, which suits the tens or hundreds of drafts a hook
// sees (about n^2/2 comparisons).
//
//   auto findings = workflows::CompareDraftsWithEachOther(set.drafts, comparer.get(),
//                                                         config.ignore_phrases.value);
#ifndef REDITE_WORKFLOWS_DRAFT_PAIRS_H_
#define REDITE_WORKFLOWS_DRAFT_PAIRS_H_

#include <string>
#include <string_view>
#include <vector>

#include "redite/similarity/scorer.h"
#include "redite/similarity/text_comparer.h"
#include "redite/workflows/drafts.h"
#include "redite/workflows/finding.h"

namespace redite::workflows {

// Compares `subject` with `match` after blanking `ignore_phrases` in both
// (MaskPhrases): the spans of the result index the ORIGINAL texts.
similarity::Comparison CompareIgnoring(similarity::TextComparer* comparer,
                                       std::string_view subject, std::string_view match,
                                       const std::vector<std::string>& ignore_phrases);

// Every pair of drafts; a Finding for each pair at or above `min_level`,
// whose subject is the later draft in the order given and whose match is the
// earlier one (so each draft's findings point back, like a post repeating an
// older one). Best first.
std::vector<Finding> CompareDraftsWithEachOther(
    const std::vector<Draft>& drafts, similarity::TextComparer* comparer,
    const std::vector<std::string>& ignore_phrases,
    similarity::Level min_level = similarity::Level::kSameTopic);

}  // namespace redite::workflows

#endif  // REDITE_WORKFLOWS_DRAFT_PAIRS_H_
