// The stored form of PostFeatures: a compact binary encoding kept in the
// store's post_features table (name kFeaturesName, version
// kFeaturesCodecVersion). Private to src/ (the store and the tests use it).
//
// Every field of PostFeatures is encoded here and only here: a new field is
// one line in Encode and one in Decode (and a bump of kFeaturesVersion in
// features.h, which the store checks).
#ifndef REDITE_SIMILARITY_FEATURES_CODEC_H_
#define REDITE_SIMILARITY_FEATURES_CODEC_H_

#include <string>
#include <string_view>

#include "redite/similarity/features.h"
#include "redite/status.h"

namespace redite::similarity {

// The name of the encoded features in the post_features table.
inline constexpr std::string_view kFeaturesName = "similarity";

// Appends the encoding of `features` to *out (cleared first). Strings are
// kept once in a per-post table and referred to by number; spans are
// delta-coded varints; shingles are not stored (WordShingles recomputes them).
void EncodeFeatures(const PostFeatures& features, std::string* out);

// The inverse of EncodeFeatures; Corruption when `data` is not an encoding
// of this version (truncated, out-of-range references).
Result<PostFeatures> DecodeFeatures(std::string_view data);

}  // namespace redite::similarity

#endif  // REDITE_SIMILARITY_FEATURES_CODEC_H_
