// Phrases set aside before comparing: slogans, legal lines, recurring
// signatures ("ignore_phrases" of redite.toml). Without this, every post
// signed "#TeamAcme - Suivez-nous sur LinkedIn" looks like every other one.
#ifndef REDITE_WORKFLOWS_IGNORED_PHRASES_H_
#define REDITE_WORKFLOWS_IGNORED_PHRASES_H_

#include <string>
#include <string_view>
#include <vector>

namespace redite::workflows {

// `text` with every occurrence of every phrase (ASCII letters compared
// without case, other bytes exactly) replaced by as many spaces as it has
// bytes, so byte offsets into the result are offsets into `text`: spans of a
// comparison of masked texts still highlight the original. Empty phrases are
// ignored; overlapping occurrences are all masked.
std::string MaskPhrases(std::string_view text, const std::vector<std::string>& phrases);

}  // namespace redite::workflows

#endif  // REDITE_WORKFLOWS_IGNORED_PHRASES_H_
