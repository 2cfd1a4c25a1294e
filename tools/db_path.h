// Where the database is: --db, else $REDITE_DB, else ./redite.db. Only the
// tools read the environment; the library takes paths.
#ifndef REDITE_TOOLS_DB_PATH_H_
#define REDITE_TOOLS_DB_PATH_H_

#include <memory>
#include <string>

#include "redite/store/feed_store.h"

namespace redite::cli {

std::string ResolveDbPath(const std::string& flag_value);

// Opens the database read-only (a reader never blocks an import); prints
// "redite COMMAND: why" on stderr and returns null when it cannot.
std::unique_ptr<FeedStore> OpenStoreForReading(const std::string& db_flag,
                                               const std::string& command);

// "@handle" -> "handle".
std::string StripAt(const std::string& handle);

}  // namespace redite::cli

#endif  // REDITE_TOOLS_DB_PATH_H_
