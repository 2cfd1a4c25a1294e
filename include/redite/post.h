// Posts and accounts: the records redite keeps about each feed.
//
// A Post is what an importer reads from an export and what the FeedStore
// keeps; PostEntities is what the text layer derives from its text (links,
// hashtags, mentions, figures) and what the store indexes for matching.
#ifndef REDITE_POST_H_
#define REDITE_POST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace redite {

enum class Platform { kX, kMastodon, kBluesky, kLinkedIn, kOther };

// "x", "mastodon", "bluesky", "linkedin", "other".
const char* PlatformName(Platform platform);
// The inverse of PlatformName ("twitter" is accepted for kX); nullopt if unknown.
std::optional<Platform> ParsePlatform(std::string_view name);

// Whose voice a feed is: the leader's own account or one speaking for the
// organisation. Checks compare the first with the second.
enum class AccountRole { kPerson, kCorporate };
const char* AccountRoleName(AccountRole role);  // "person", "corporate"
std::optional<AccountRole> ParseAccountRole(std::string_view name);

enum class PostKind { kOriginal, kReply, kRetweet, kQuote };
const char* PostKindName(PostKind kind);  // "original", "reply", "retweet", "quote"
std::optional<PostKind> ParsePostKind(std::string_view name);

struct Account {
  std::int64_t id = 0;  // the store's row id; 0 before it is stored
  Platform platform = Platform::kX;
  std::string handle;  // without '@', as the platform spells it
  std::string display_name;
  AccountRole role = AccountRole::kPerson;
};

struct Post {
  std::int64_t id = 0;          // the store's row id; 0 before it is stored
  std::int64_t account_id = 0;  // the store's account row id
  // The platform's id as text (X ids exceed 2^53). Formats without ids get a
  // stable synthetic one, "h:" + a hash of date and text, so re-imports match.
  std::string platform_id;
  // The author's handle as the file gives it (without '@'); "" when the file
  // does not say (X archives, LinkedIn). Only importers set it.
  std::string author;
  std::int64_t created_at = 0;  // UTC, seconds since the Unix epoch
  std::string text;             // the post as its author wrote it (HTML unescaped/stripped)
  PostKind kind = PostKind::kOriginal;
  std::string language;     // BCP 47 code when the export gives one, else ""
  std::string url;          // the post's own address when known, else ""
  std::string referenced_id;  // the post replied to, retweeted or quoted, when known
  std::string source_file;    // the file it was imported from (set by the store on reads)
  // Short links as written in the text -> the address they stand for, when
  // the export says (X entities.urls[].expanded_url, Bluesky link facets).
  std::vector<std::pair<std::string, std::string>> link_expansions;
};

// A number, amount or percentage as the text layer canonicalizes it
// ("700000", "2400000000€", "12%"), with its value.
struct Figure {
  std::string text;
  double value = 0;
  bool operator==(const Figure&) const = default;
};

// What the text layer derives from a post and the store indexes. Each list is
// in order of first appearance, without repeats.
struct PostEntities {
  std::vector<std::string> links;     // canonical URLs (short links expanded when known)
  std::vector<std::string> hashtags;  // case-folded, accent-insensitive body, no '#'
  std::vector<std::string> mentions;  // case-folded handle, no '@'
  std::vector<Figure> figures;
};

// "2023-05-13T17:20:09Z".
std::string FormatUtc(std::int64_t unix_seconds);

}  // namespace redite

#endif  // REDITE_POST_H_
