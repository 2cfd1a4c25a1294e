// Tweet entities (URLs, @mentions, #hashtags, $cashtags) by the twitter-text
// rules, the weighted tweet length, and canonical URLs.
//
//   redite::text::EntityExtractor extractor;   // compiles the patterns once
//   for (const auto& e : extractor.Extract(post)) { ... e.start, e.end ... }
//
// Offsets are byte offsets in the UTF-8 input. An EntityExtractor is
// immutable after construction and safe to share between threads.
#ifndef REDITE_TEXT_ENTITIES_H_
#define REDITE_TEXT_ENTITIES_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace redite::text {

enum class EntityType { kUrl, kMention, kHashtag, kCashtag };

// "url", "mention", "hashtag", "cashtag".
const char* EntityTypeName(EntityType type);

struct Entity {
  EntityType type = EntityType::kUrl;
  std::size_t start = 0;  // byte offset of the first byte (the sigil for #@$)
  std::size_t end = 0;    // byte offset one past the last byte
  std::string text;       // input.substr(start, end - start), sigil included
  // Without the sigil: the screen name, hashtag or cashtag symbol as written;
  // for a URL, the URL as written (see CanonicalUrl for the matching form).
  std::string value;
  std::string list_slug;  // "/list-name" for @user/list-name mentions, else ""
};

class EntityExtractor {
 public:
  EntityExtractor();
  ~EntityExtractor();
  EntityExtractor(const EntityExtractor&) = delete;
  EntityExtractor& operator=(const EntityExtractor&) = delete;

  // All entities, sorted by start, non-overlapping (twitter-text's
  // extractEntitiesWithIndices: URLs win over hashtags/mentions inside them).
  std::vector<Entity> Extract(std::string_view text) const;

  std::vector<Entity> ExtractUrls(std::string_view text) const;
  std::vector<Entity> ExtractMentions(std::string_view text) const;  // no lists
  std::vector<Entity> ExtractMentionsOrLists(std::string_view text) const;
  std::vector<Entity> ExtractHashtags(std::string_view text) const;
  std::vector<Entity> ExtractCashtags(std::string_view text) const;
  // The screen name a tweet replies to ("" when it is not a reply).
  std::string ExtractReplyScreenName(std::string_view text) const;

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

// Lowercase scheme and host, no default port, no fragment, no "www.",
// tracking parameters (utm_*, fbclid, gclid, igshid, mc_cid, mc_eid, ...)
// removed, remaining parameters sorted. A URL without a scheme gets "https://".
std::string CanonicalUrl(std::string_view url);

// The weighted length of a post by twitter-text's v3 configuration (URLs count
// 23, CJK/emoji weights, NFC first): what X compares with 280.
int WeightedTweetLength(std::string_view text, const EntityExtractor& extractor);
constexpr int kMaxWeightedTweetLength = 280;

}  // namespace redite::text

#endif  // REDITE_TEXT_ENTITIES_H_
