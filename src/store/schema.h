// The database schema as a list of forward migrations. Private to src/store/.
#ifndef REDITE_STORE_SCHEMA_H_
#define REDITE_STORE_SCHEMA_H_

#include <string_view>
#include <vector>

namespace redite::store {

struct Migration {
  int version;           // the schema version after this migration
  std::string_view sql;  // statements run in the migration's transaction
};

// Every migration in order; the last one's version is the latest schema.
const std::vector<Migration>& Migrations();

}  // namespace redite::store

#endif  // REDITE_STORE_SCHEMA_H_
