// redite posts @handle: the posts of one account, oldest first.
#include <cstdio>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "db_path.h"
#include "ingest/dates.h"
#include "redite/store/feed_store.h"

namespace redite::cli {
namespace {

struct PostsArgs {
  std::string db;
  std::string handle;
  std::string platform;
  std::string since;
  std::string until;
  std::string format = "text";
};

// "2023-05-13" (midnight UTC) or a full ISO 8601 date-time.
Result<std::int64_t> ParseBound(const std::string& flag, const std::string& value) {
  std::string text = value.size() == 10 ? value + "T00:00:00Z" : value;
  Result<std::int64_t> t = ingest::ParseIsoDate(text);
  if (!t.ok()) return t.status().WithContext(flag);
  return t;
}

int RunPosts(const PostsArgs& args) {
  if (args.format != "text" && args.format != "json" && args.format != "jsonl") {
    fmt::print(stderr, "redite posts: --format {}: expected text, json or jsonl\n", args.format);
    return 2;
  }
  PostQuery query;
  for (auto [flag, value, bound] : {std::tuple{"--since", &args.since, &query.since},
                                    std::tuple{"--until", &args.until, &query.until}}) {
    if (value->empty()) continue;
    Result<std::int64_t> t = ParseBound(flag, *value);
    if (!t.ok()) {
      fmt::print(stderr, "redite posts: {}\n", t.status().message());
      return 2;
    }
    *bound = *t;
  }
  std::unique_ptr<FeedStore> store = OpenStoreForReading(args.db, "posts");
  if (store == nullptr) return 2;
  std::string handle = StripAt(args.handle);
  auto accounts = store->FindAccountsByHandle(handle);
  if (!accounts.ok()) {
    fmt::print(stderr, "redite posts: {}\n", accounts.status().message());
    return 2;
  }
  std::vector<Account> matching;
  for (const Account& a : *accounts) {
    if (args.platform.empty() || args.platform == PlatformName(a.platform)) matching.push_back(a);
  }
  if (matching.empty()) {
    fmt::print(stderr, "redite posts: no account @{}{} in the database (see redite accounts)\n",
               handle, args.platform.empty() ? "" : " on " + args.platform);
    return 2;
  }
  if (matching.size() > 1) {
    fmt::print(stderr, "redite posts: @{} exists on several platforms: add --platform\n", handle);
    return 2;
  }
  query.account_id = matching[0].id;
  auto posts = store->ListPosts(query);
  if (!posts.ok()) {
    fmt::print(stderr, "redite posts: {}\n", posts.status().message());
    return 2;
  }
  nlohmann::json all = nlohmann::json::array();
  for (const Post& p : *posts) {
    if (args.format == "text") {
      std::string text = p.text;
      for (char& c : text) {
        if (c == '\n' || c == '\r') c = ' ';
      }
      fmt::print("{}  {:<8}  {}  {}\n", FormatUtc(p.created_at), PostKindName(p.kind),
                 p.platform_id, text);
      continue;
    }
    nlohmann::json j = {{"id", p.platform_id},         {"created_at", FormatUtc(p.created_at)},
                        {"kind", PostKindName(p.kind)}, {"text", p.text},
                        {"language", p.language},       {"url", p.url},
                        {"referenced_id", p.referenced_id}, {"source_file", p.source_file}};
    if (args.format == "jsonl") {
      fmt::print("{}\n", j.dump());
    } else {
      all.push_back(std::move(j));
    }
  }
  if (args.format == "json") fmt::print("{}\n", all.dump(2));
  return 0;
}

}  // namespace

void RegisterPosts(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<PostsArgs>();
  CLI::App* cmd = app.add_subcommand("posts", "List the posts of one account, oldest first");
  cmd->add_option("--db", args->db, "Database file (default: $REDITE_DB, else ./redite.db)");
  cmd->add_option("HANDLE", args->handle, "The account (@handle)")->required();
  cmd->add_option("--platform", args->platform, "When the handle exists on several platforms");
  cmd->add_option("--since", args->since, "From this date (YYYY-MM-DD or ISO 8601, UTC)");
  cmd->add_option("--until", args->until, "Before this date (YYYY-MM-DD or ISO 8601, UTC)");
  cmd->add_option("--format", args->format, "text, json or jsonl");
  cmd->callback([args, exit_code] { *exit_code = RunPosts(*args); });
}

}  // namespace redite::cli
