// Tweet entities (URLs, @mentions, #hashtags, $cashtags) by the twitter-text
// rules, the weighted tweet length, and canonical URLs.
//
//   redite::text::EntityExtractor extractor;   // compiles the patterns once
//   for (const auto& e : extractor.Extract(post)) { ... e.start, e.end ... }
//
// Offsets are byte offsets in the UTF-8 input. An EntityExtractor is
// immutable after construction and safe to share between threads.
//
// The rules are those of twitter-text 3.x (Regex.java / Extractor.java), kept
// exact where its conformance suite tests them. The valid top-level domains
// come from the ICANN section of the Public Suffix List (Debian package
// `publicsuffix`) instead of twitter-text's own frozen list. Ill-formed UTF-8
// never throws: such bytes act as separators and are never part of an entity.
#ifndef REDITE_TEXT_ENTITIES_H_
#define REDITE_TEXT_ENTITIES_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redite/status.h"

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

struct EntityExtractorOptions {
  // The Public Suffix List; the last label of every rule of its ICANN section
  // is a valid TLD (Unicode and punycode forms are both accepted).
  std::string public_suffix_list = "/usr/share/publicsuffix/public_suffix_list.dat";
};

class EntityExtractor {
 public:
  EntityExtractor();  // default options
  explicit EntityExtractor(const EntityExtractorOptions& options);
  ~EntityExtractor();
  EntityExtractor(const EntityExtractor&) = delete;
  EntityExtractor& operator=(const EntityExtractor&) = delete;

  // OK, or why the extractor is degraded: the TLD list could not be read (then
  // only URLs with a punycode TLD are found; mentions, hashtags and cashtags
  // are unaffected) or a pattern failed to compile (then nothing is found).
  const Status& status() const;

  // All entities, sorted by start, non-overlapping (twitter-text's
  // extractEntitiesWithIndices: URLs win over hashtags/mentions inside them).
  std::vector<Entity> Extract(std::string_view text) const;

  std::vector<Entity> ExtractUrls(std::string_view text) const;
  std::vector<Entity> ExtractMentions(std::string_view text) const;  // no lists
  std::vector<Entity> ExtractMentionsOrLists(std::string_view text) const;
  // Hashtags that are not part of a URL ("exemple.fr/#ancre" has none).
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
// Also: an internationalized host is shown in its Unicode form (punycode
// decoded, UTS #46 mapping), the path keeps its case and percent-escapes, and
// a lone "/" path is dropped. http and https stay distinct. The full list of
// removed parameters is in src/text/canonical_url.cc.
std::string CanonicalUrl(std::string_view url);

// A weighted range of code points of a twitter-text configuration.
struct WeightedRange {
  char32_t first = 0;  // inclusive
  char32_t last = 0;   // inclusive
  int weight = 0;
};

// A twitter-text weighted-length configuration (config/v*.json). The defaults
// are v3, what X uses since 2019: v2 plus emoji sequences counted as one.
struct TweetLengthConfig {
  int max_weighted_tweet_length = 280;
  int scale = 100;
  int default_weight = 200;         // code points outside every range
  int transformed_url_length = 23;  // every URL counts as a t.co link
  bool emoji_parsing_enabled = true;
  std::vector<WeightedRange> ranges = {
      {0, 4351, 100}, {8192, 8205, 100}, {8208, 8223, 100}, {8242, 8247, 100}};
};

// twitter-text's parseTweet() result for a post.
struct TweetLength {
  int weighted_length = 0;  // what X compares with max_weighted_tweet_length
  int permillage = 0;       // weighted_length * 1000 / max_weighted_tweet_length
  // Not blank, within the maximum, and without U+FFFE, U+FEFF or U+FFFF.
  bool valid = false;
};

// The weighted length of a post by twitter-text's rules: NFC first, every URL
// counts transformed_url_length, an emoji sequence counts default_weight once
// (when emoji_parsing_enabled), any other code point the weight of its range.
TweetLength ParseTweetLength(std::string_view text, const EntityExtractor& extractor,
                             const TweetLengthConfig& config = TweetLengthConfig());

// The weighted length of a post by twitter-text's v3 configuration (URLs count
// 23, CJK/emoji weights, NFC first): what X compares with 280.
int WeightedTweetLength(std::string_view text, const EntityExtractor& extractor);
constexpr int kMaxWeightedTweetLength = 280;

// The byte length of the emoji sequence that starts at byte `pos` of `text`
// (UTS #51: keycap, flag, tag, modifier and RGI ZWJ sequences, an emoji with
// its variation selector), or 0 when none starts there. A text-style emoji
// (©, ☺, ❤: Emoji without Emoji_Presentation) is one only with U+FE0F or a
// skin tone; U+FE0E makes any emoji text. Requires pos <= text.size();
// ill-formed UTF-8 gives 0.
std::size_t EmojiSequenceLength(std::string_view text, std::size_t pos);

}  // namespace redite::text

#endif  // REDITE_TEXT_ENTITIES_H_
