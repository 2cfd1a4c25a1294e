#include "ingest/post_features.h"

#include <algorithm>
#include <vector>

#include "redite/similarity/features.h"
#include "redite/similarity/index.h"

namespace redite::ingest {
namespace {

template <typename T>
void AddUnique(std::vector<T>* list, T value) {
  if (std::find(list->begin(), list->end(), value) == list->end()) {
    list->push_back(std::move(value));
  }
}

// The expansion of a URL written as `written`: exact, or a display text that
// was cut with an ellipsis ("example.com/article…" shows "example.com/article").
const std::string* FindExpansion(const Post& post, std::string_view written,
                                 std::vector<bool>* used) {
  for (std::size_t i = 0; i < post.link_expansions.size(); ++i) {
    std::string_view shown = post.link_expansions[i].first;
    if (shown == written || (!written.empty() && shown.size() > written.size() &&
                             shown.substr(0, written.size()) == written)) {
      (*used)[i] = true;
      return &post.link_expansions[i].second;
    }
  }
  return nullptr;
}

}  // namespace

const std::string kStoredFeaturesVersion =
    "features-" + std::to_string(similarity::kFeaturesVersion) + "/index-" +
    std::to_string(similarity::kIndexVersion);

std::string StoredDataVersion(const TextPipeline& pipeline) {
  return pipeline.version + "/" + std::string(kPostEntitiesVersion) + "/" + kStoredFeaturesVersion;
}

PostEntities EntitiesFromAnalysis(const text::Analysis& analysis, const Post& post,
                                  const std::function<std::string(std::string_view)>& canonical_url) {
  PostEntities out;
  std::vector<bool> used(post.link_expansions.size(), false);
  for (const text::Entity& e : analysis.entities) {
    if (e.type != text::EntityType::kUrl) continue;
    const std::string* target = FindExpansion(post, e.text, &used);
    AddUnique(&out.links, target != nullptr ? canonical_url(*target) : e.value);
  }
  for (std::size_t i = 0; i < post.link_expansions.size(); ++i) {
    if (!used[i]) AddUnique(&out.links, canonical_url(post.link_expansions[i].second));
  }
  for (const text::Token& t : analysis.tokens) {
    switch (t.type) {
      case text::TokenType::kHashtag:
        AddUnique(&out.hashtags, t.key);
        break;
      case text::TokenType::kMention:
        AddUnique(&out.mentions, t.norm);
        break;
      case text::TokenType::kNumber:
      case text::TokenType::kPercentage:
        AddUnique(&out.figures, Figure{t.norm, t.value});
        break;
      default:
        break;
    }
  }
  return out;
}

}  // namespace redite::ingest
