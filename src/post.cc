#include "redite/post.h"

#include <fmt/format.h>

namespace redite {

const char* PlatformName(Platform platform) {
  switch (platform) {
    case Platform::kX:
      return "x";
    case Platform::kMastodon:
      return "mastodon";
    case Platform::kBluesky:
      return "bluesky";
    case Platform::kLinkedIn:
      return "linkedin";
    case Platform::kOther:
      return "other";
  }
  return "other";
}

std::optional<Platform> ParsePlatform(std::string_view name) {
  if (name == "twitter") return Platform::kX;
  for (Platform p : {Platform::kX, Platform::kMastodon, Platform::kBluesky, Platform::kLinkedIn,
                     Platform::kOther}) {
    if (name == PlatformName(p)) return p;
  }
  return std::nullopt;
}

const char* AccountRoleName(AccountRole role) {
  return role == AccountRole::kPerson ? "person" : "corporate";
}

std::optional<AccountRole> ParseAccountRole(std::string_view name) {
  if (name == "person") return AccountRole::kPerson;
  if (name == "corporate") return AccountRole::kCorporate;
  return std::nullopt;
}

const char* PostKindName(PostKind kind) {
  switch (kind) {
    case PostKind::kOriginal:
      return "original";
    case PostKind::kReply:
      return "reply";
    case PostKind::kRetweet:
      return "retweet";
    case PostKind::kQuote:
      return "quote";
  }
  return "original";
}

std::optional<PostKind> ParsePostKind(std::string_view name) {
  for (PostKind k : {PostKind::kOriginal, PostKind::kReply, PostKind::kRetweet, PostKind::kQuote}) {
    if (name == PostKindName(k)) return k;
  }
  return std::nullopt;
}

std::string FormatUtc(std::int64_t t) {
  // Civil date from days since 1970-01-01 (H. Hinnant's civil_from_days).
  std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  std::int64_t secs = t - days * 86400;
  std::int64_t z = days + 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = yoe + era * 400;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", y, m, d, secs / 3600, secs / 60 % 60,
                     secs % 60);
}

}  // namespace redite
