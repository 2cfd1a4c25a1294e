// redite accounts: the accounts in the database with counts and date ranges.
#include <cstdio>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "db_path.h"
#include "redite/store/feed_store.h"

namespace redite::cli {
namespace {

struct AccountsArgs {
  std::string db;
  std::string format = "text";
};

int RunAccounts(const AccountsArgs& args) {
  if (args.format != "text" && args.format != "json") {
    fmt::print(stderr, "redite accounts: --format {}: expected text or json\n", args.format);
    return 2;
  }
  std::unique_ptr<FeedStore> store = OpenStoreForReading(args.db, "accounts");
  if (store == nullptr) return 2;
  auto accounts = store->ListAccounts();
  if (!accounts.ok()) {
    fmt::print(stderr, "redite accounts: {}\n", accounts.status().message());
    return 2;
  }
  auto day = [](std::int64_t t, std::int64_t posts) {
    return posts == 0 ? std::string("-") : FormatUtc(t).substr(0, 10);
  };
  if (args.format == "json") {
    nlohmann::json out = nlohmann::json::array();
    for (const AccountSummary& s : *accounts) {
      nlohmann::json a = {{"handle", s.account.handle},
                          {"platform", PlatformName(s.account.platform)},
                          {"role", AccountRoleName(s.account.role)},
                          {"posts", s.posts}};
      a["first_post"] = s.posts ? nlohmann::json(FormatUtc(s.first_post)) : nlohmann::json();
      a["last_post"] = s.posts ? nlohmann::json(FormatUtc(s.last_post)) : nlohmann::json();
      out.push_back(std::move(a));
    }
    fmt::print("{}\n", out.dump(2));
    return 0;
  }
  fmt::print("{:<24} {:<9} {:<10} {:>8}  {:<10}  {:<10}\n", "ACCOUNT", "PLATFORM", "ROLE",
             "POSTS", "FIRST", "LAST");
  for (const AccountSummary& s : *accounts) {
    fmt::print("{:<24} {:<9} {:<10} {:>8}  {:<10}  {:<10}\n", "@" + s.account.handle,
               PlatformName(s.account.platform), AccountRoleName(s.account.role), s.posts,
               day(s.first_post, s.posts), day(s.last_post, s.posts));
  }
  return 0;
}

}  // namespace

void RegisterAccounts(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<AccountsArgs>();
  CLI::App* cmd = app.add_subcommand("accounts", "List the accounts with post counts and dates");
  cmd->add_option("--db", args->db, "Database file (default: $REDITE_DB, else ./redite.db)");
  cmd->add_option("--format", args->format, "text or json");
  cmd->callback([args, exit_code] { *exit_code = RunAccounts(*args); });
}

}  // namespace redite::cli
