// FeedStore's private state, shared by the files of src/store/ that read the
// database directly (the overlap index). Private to src/store/.
#ifndef REDITE_STORE_FEED_STORE_REP_H_
#define REDITE_STORE_FEED_STORE_REP_H_

#include <SQLiteCpp/SQLiteCpp.h>

#include <exception>
#include <string>

#include "redite/store/feed_store.h"

namespace redite {

struct FeedStore::Rep {
  Rep(const std::string& path, int flags) : db(path, flags) {}
  SQLite::Database db;
  FeedStoreOptions options;
  bool writer_open = false;  // one ImportWriter at a time per connection
};

namespace store {

// Turns an exception from SQLite into a Status that keeps its message; every
// public method catches at this edge so no exception leaves the store.
inline Status FromException(const std::string& what_doing, const std::exception& e) {
  return Status::IOError(what_doing + ": " + e.what());
}

// SQLite integers are signed: keys are stored bit for bit.
inline std::int64_t KeyToSql(std::uint64_t key) { return static_cast<std::int64_t>(key); }

}  // namespace store
}  // namespace redite

#endif  // REDITE_STORE_FEED_STORE_REP_H_
