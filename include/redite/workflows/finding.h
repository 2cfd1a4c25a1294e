// Finding: one post of a corporate feed (or an earlier post of the leader)
// that a draft or a leader's post repeats, with the comparison that says how.
// What check, audit and hook produce and what the report writers print.
//
//   workflows::CheckedPost checked = workflows::NewCheckedPost(draft_ref, extractor);
//   for (const auto& candidate : candidates) {              // from the index
//     similarity::Comparison c = comparer->Compare(draft_features, candidate.features);
//     if (c.level == similarity::Level::kDistinct) continue;
//     checked.findings.push_back(workflows::MakeFinding(draft_ref, candidate_ref, std::move(c)));
//   }
//   workflows::SortBestFirst(&checked.findings);
#ifndef REDITE_WORKFLOWS_FINDING_H_
#define REDITE_WORKFLOWS_FINDING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "redite/post.h"
#include "redite/similarity/features.h"
#include "redite/similarity/scorer.h"
#include "redite/text/entities.h"
#include "redite/workflows/drafts.h"

namespace redite::workflows {

// A post or a draft as the reports show it. Spans of a Comparison are byte
// offsets into `text`, which must be the ORIGINAL text that was compared.
struct PostRef {
  std::string id;       // platform id of a post, Draft::Id() of a draft
  std::string account;  // handle without '@'; "" when unknown (a draft without front matter)
  std::string text;
  std::string file;       // drafts: the file; posts: "" (or the import file)
  std::int64_t line = 0;  // drafts: 1-based line; posts: 0
  std::optional<std::int64_t> created_at;  // UTC seconds; drafts: their planned date, if any
  std::string url;        // the post's address when known
  std::int64_t row_id = 0;  // stored posts: the store's row id; drafts: 0
};

PostRef RefOf(const Draft& draft);
// `handle` is the account's handle (Post only has the account's row id).
PostRef RefOf(const Post& post, std::string_view handle);

// Who said it first, given both dates.
enum class FirstSaid { kUnknown, kSubject, kMatch, kSameTime };
// "unknown", "subject", "match", "same-time".
const char* FirstSaidName(FirstSaid first);

struct Finding {
  PostRef subject;  // the draft or the leader's post
  PostRef match;    // the post it repeats
  // subject.created_at - match.created_at when both are known: positive when
  // the match came first.
  std::optional<std::int64_t> lag_seconds;
  FirstSaid first = FirstSaid::kUnknown;
  // Compare(subject.text, match.text): spans `a` in subject.text, `b` in match.text.
  similarity::Comparison comparison;
};

// Fills lag_seconds and first from the dates.
Finding MakeFinding(PostRef subject, PostRef match, similarity::Comparison comparison);

// Most severe level first, then highest score, then most recent match.
void SortBestFirst(std::vector<Finding>* findings);

// One checked text and what it repeats: the unit a report prints.
struct CheckedPost {
  PostRef post;
  // twitter-text weighted length (what X compares with 280); -1: not measured.
  int weighted_length = -1;
  std::vector<Finding> findings;  // best first
};

CheckedPost NewCheckedPost(PostRef post, const text::EntityExtractor& extractor);

// The most severe level among the findings (kDistinct when none).
similarity::Level HighestLevel(const CheckedPost& checked);
// True when some finding of `checked` is at or above `fail_level`: the exit
// code is then 1.
bool HasFindingAtOrAbove(const std::vector<CheckedPost>& checked, similarity::Level fail_level);

// A passage both texts share: the union of consecutive shared words, as byte
// ranges of each original text.
struct SharedPassage {
  similarity::Span subject;
  similarity::Span match;
};
// Merges the word pairs of `comparison.shared` that follow each other in both
// texts (only spaces and punctuation between them) into passages.
std::vector<SharedPassage> SharedPassages(const Finding& finding);

// The ranges of `text` to highlight: `spans` sorted, clamped to the text,
// widened to whole UTF-8 characters, and merged where only spaces or
// punctuation separate them.
std::vector<similarity::Span> MergeSpans(std::string_view text,
                                         std::vector<similarity::Span> spans);

}  // namespace redite::workflows

#endif  // REDITE_WORKFLOWS_FINDING_H_
