#include "db_path.h"

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

namespace redite::cli {

std::string ResolveDbPath(const std::string& flag_value) {
  if (!flag_value.empty()) return flag_value;
  const char* env = std::getenv("REDITE_DB");
  if (env != nullptr && *env != '\0') return env;
  return "redite.db";
}

std::unique_ptr<FeedStore> OpenStoreForReading(const std::string& db_flag,
                                               const std::string& command) {
  FeedStoreOptions options;
  options.create_if_missing = false;
  options.read_only = true;
  auto store = FeedStore::Open(ResolveDbPath(db_flag), options);
  if (!store.ok()) {
    fmt::print(stderr, "redite {}: {}\n", command, store.status().message());
    return nullptr;
  }
  return std::move(*store);
}

std::string StripAt(const std::string& handle) {
  return !handle.empty() && handle[0] == '@' ? handle.substr(1) : handle;
}

}  // namespace redite::cli
