// The one place where per-post derived data is computed from the text
// layer's Analysis: canonical links, hashtags, mentions and figures now, the
// similarity features later. Everything stored about a post's content goes
// through here, so a change of rule is one change (and one version bump).
#ifndef REDITE_INGEST_POST_FEATURES_H_
#define REDITE_INGEST_POST_FEATURES_H_

#include <functional>
#include <string>
#include <string_view>

#include "redite/ingest/importer.h"
#include "redite/post.h"
#include "redite/text/tokens.h"

namespace redite::ingest {

// The version of the rules below; part of the text pipeline version that the
// store records (bump it when the stored result of a post would change).
inline constexpr std::string_view kPostEntitiesVersion = "entities-1";

// The version of the similarity features stored with each post and of the
// overlap index keys made from them (similarity::kFeaturesVersion,
// similarity::kIndexVersion): "features-1/index-1".
extern const std::string kStoredFeaturesVersion;

// What the store records as the version of everything derived from a post:
// "<pipeline.version>/entities-1/features-1/index-1". A store holding data
// of another version refuses the import (FeedStore::CheckTextPipeline).
std::string StoredDataVersion(const TextPipeline& pipeline);

// Derives the store's per-post data from `analysis` (of post.text):
// - links: each URL entity's canonical form; a short link that the export
//   expanded (post.link_expansions, matched on the text as written, or as a
//   prefix of a truncated display text) is replaced by its canonical target,
//   and expansions the text does not show are links of the post too;
// - hashtags: the accent-insensitive key of each hashtag token;
// - mentions: the case-folded handle of each mention token;
// - figures: number and percentage tokens, canonical text and value.
// `canonical_url` is text::CanonicalUrl (injected so that this stays a pure
// function of its inputs).
PostEntities EntitiesFromAnalysis(const text::Analysis& analysis, const Post& post,
                                  const std::function<std::string(std::string_view)>& canonical_url);

}  // namespace redite::ingest

#endif  // REDITE_INGEST_POST_FEATURES_H_
