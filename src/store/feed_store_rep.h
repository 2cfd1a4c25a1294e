// FeedStore's private state, shared by the files of src/store/ that read the
// database directly (the overlap index). Private to src/store/.
#ifndef REDITE_STORE_FEED_STORE_REP_H_
#define REDITE_STORE_FEED_STORE_REP_H_

#include <SQLiteCpp/SQLiteCpp.h>

#include <exception>
#include <optional>
#include <string>

#include "redite/similarity/features.h"
#include "redite/store/feed_store.h"

namespace redite {

struct FeedStore::Rep {
  Rep(const std::string& path, int flags) : db(path, flags) {}
  SQLite::Database db;
  FeedStoreOptions options;
  bool writer_open = false;  // one ImportWriter at a time per connection
  // Statements a check or an audit runs once per finding or per post,
  // prepared on first use (compiling one costs more than running it).
  std::optional<SQLite::Statement> get_post;
  std::optional<SQLite::Statement> get_features;
};

namespace store {

// `*statement`, prepared from `sql` on first use (callers reset it before
// binding: a statement kept across calls may have stopped mid-way).
inline SQLite::Statement& PrepareOnce(SQLite::Database& db,
                                      std::optional<SQLite::Statement>* statement,
                                      const char* sql) {
  if (!statement->has_value()) statement->emplace(db, sql);
  return **statement;
}

// Turns an exception from SQLite into a Status that keeps its message; every
// public method catches at this edge so no exception leaves the store.
inline Status FromException(const std::string& what_doing, const std::exception& e) {
  return Status::IOError(what_doing + ": " + e.what());
}

// SQLite integers are signed: keys are stored bit for bit.
inline std::int64_t KeyToSql(std::uint64_t key) { return static_cast<std::int64_t>(key); }

// The SQL that reads a post's stored similarity features, and the read
// itself with `q` prepared from it (kept prepared by the overlap index, made
// once by FeedStore::GetFeatures): NotFound when the post has none.
inline constexpr const char* kReadFeaturesSql =
    "SELECT data FROM post_features WHERE post_id = ?1 AND name = ?2";
Result<similarity::PostFeatures> ReadFeatures(SQLite::Statement& q, std::int64_t post_id);

}  // namespace store
}  // namespace redite

#endif  // REDITE_STORE_FEED_STORE_REP_H_
