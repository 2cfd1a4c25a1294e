// The keys of the overlap index: which terms of a post can bring it up as a
// candidate for a draft, and how much a shared key counts. Pure logic (the
// store keeps the postings, see redite/store/overlap_index.h).
//
//   for (std::uint64_t key : similarity::IndexKeys(features)) ...
//
// A key is the 64-bit XXH3 of a kind-prefixed term: "l:" content lemma,
// "f:" figure (without currency sign), "u:" canonical link, "h:" hashtag.
// Lemmas include the words of segmented hashtags. Every distinct content term
// is a key, so short posts keep their own few keys (no signature to collide).
#ifndef REDITE_SIMILARITY_INDEX_H_
#define REDITE_SIMILARITY_INDEX_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "redite/similarity/features.h"

namespace redite::similarity {

// Which keys a post has. Changing it changes stored postings: it is part of
// the version the store records (kIndexVersion).
inline constexpr int kIndexVersion = 1;

enum class KeyKind : char { kLemma = 'l', kFigure = 'f', kLink = 'u', kHashtag = 'h' };

// The key of one term; never 0 (the store keeps its totals under key 0).
std::uint64_t IndexKey(KeyKind kind, std::string_view term);

// The distinct keys of a post, sorted.
std::vector<std::uint64_t> IndexKeys(const PostFeatures& features);

// The weight of a shared key held by `df` of `documents` posts:
// ln((documents + 1) / (df + 1)) + 1, as TermStats weighs terms.
double KeyWeight(std::int64_t df, std::int64_t documents);

}  // namespace redite::similarity

#endif  // REDITE_SIMILARITY_INDEX_H_
