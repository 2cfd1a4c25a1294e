// FeedStore: the SQLite database of accounts, posts, what was derived from
// them, and import runs.
//
//   auto store = redite::FeedStore::Open("redite.db", redite::FeedStoreOptions());
//   if (!store.ok()) return store.status();
//   auto writer = (*store)->BeginImport(run);          // one transaction
//   writer->AddPost(post, &entities, &features);       // ...for each post
//   Status s = writer->Commit();                       // or destroy it: rollback
//
// The database is in WAL mode: one writer at a time, while any number of
// readers (other FeedStore objects, other processes) keep reading the last
// committed state. Foreign keys are on. The schema carries a version number
// and is migrated forward on open; a database newer than this build is
// refused. A FeedStore is not thread-safe: open one per thread.
#ifndef REDITE_STORE_FEED_STORE_H_
#define REDITE_STORE_FEED_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "redite/post.h"
#include "redite/status.h"

namespace redite {

namespace similarity {
struct PostFeatures;
}  // namespace similarity

struct FeedStoreOptions {
  // Create the file (and the schema) when it does not exist.
  bool create_if_missing = true;
  // Open for reading only (a pre-publish check); never migrates.
  bool read_only = false;
  // How long a statement waits for another connection's lock before failing.
  int busy_timeout_ms = 5000;
  // SQLite page cache per connection, in KiB (larger speeds up big imports).
  int cache_kib = 64 * 1024;
  // Reads through a memory map of up to this many bytes of the database
  // file (SQLite's mmap_size): a check reads hundreds of scattered pages, and
  // a map spares a system call and a copy for each. 0: read() only.
  std::int64_t mmap_bytes = std::int64_t{1} << 30;
};

// One file's import, as recorded in the import_runs table.
struct ImportRun {
  std::int64_t id = 0;
  std::string file;          // the path as given
  std::string content_hash;  // XXH3-128 of the bytes, hex
  std::string format;        // the format name the importer used
  std::int64_t account_id = 0;  // the account named on the command line; 0 when per record
  std::int64_t started_at = 0;  // unix seconds
  std::int64_t records = 0;     // records read from the file
  std::int64_t inserted = 0;    // new posts
  std::int64_t duplicates = 0;  // posts already in the store (same account and id)
  std::int64_t skipped = 0;     // invalid records skipped (--skip-invalid)
  std::vector<std::string> errors;  // one line per skipped record
};

// One stored audit run (redite audit) and its findings.
struct AuditFindingRow {
  std::int64_t post_id = 0;        // the person's post
  std::int64_t other_post_id = 0;  // the corporate post it repeats
  std::string level;
  double score = 0;
  std::string details;  // JSON
};

struct AuditRunRecord {
  std::int64_t id = 0;
  std::int64_t started_at = 0;   // unix seconds
  std::int64_t finished_at = 0;
  std::string scope;       // which accounts were audited; runs of one scope are compared
  std::string parameters;  // JSON, holding "scope"
  std::string summary;     // JSON
  std::vector<AuditFindingRow> findings;
};

struct AccountSummary {
  Account account;
  std::int64_t posts = 0;
  std::int64_t first_post = 0;  // unix seconds; 0 when there are no posts
  std::int64_t last_post = 0;
};

// Which posts ListPosts returns: one account, created in [since, until).
struct PostQuery {
  std::int64_t account_id = 0;
  std::optional<std::int64_t> since;  // inclusive, unix seconds
  std::optional<std::int64_t> until;  // exclusive, unix seconds
  std::int64_t limit = -1;            // -1: all
};

// Writes one import run in one transaction. Destroying it without Commit()
// rolls everything back, so a failed file leaves the store unchanged.
class ImportWriter {
 public:
  virtual ~ImportWriter() = default;
  // The account for posts of this run (created when new; an existing
  // account keeps its id, and its role must match).
  virtual Result<Account> EnsureAccount(const Account& account) = 0;
  // Adds a post of `post.account_id` with what the text layer derived from it
  // (null: none). Returns false when the account already has a post with that
  // platform id: the store keeps the first one and changes nothing.
  // `features` (null: none) are stored encoded in post_features and the
  // post's keys go into the overlap index, in this same transaction.
  virtual Result<bool> AddPost(const Post& post, const PostEntities* entities,
                               const similarity::PostFeatures* features) = 0;
  Result<bool> AddPost(const Post& post, const PostEntities* entities) {
    return AddPost(post, entities, nullptr);
  }
  // Records the run (counts, errors) and commits.
  virtual Status Commit(const ImportRun& run) = 0;
};

class FeedStore {
 public:
  static Result<std::unique_ptr<FeedStore>> Open(const std::string& path,
                                                 const FeedStoreOptions& options);
  ~FeedStore();
  FeedStore(const FeedStore&) = delete;

  // Changes FeedStoreOptions::mmap_bytes of this connection (an audit on
  // several connections shares one budget of mapped memory among them).
  Status SetMemoryMap(std::int64_t bytes);
  FeedStore& operator=(const FeedStore&) = delete;

  // The schema version this build writes, and the one the database has.
  static int LatestSchemaVersion();
  Result<int> SchemaVersion();

  // Values of the meta table ("" when the key is absent). Anything that
  // changes stored derived data (the text pipeline version) is kept here.
  Result<std::string> GetMeta(const std::string& key);
  Status SetMeta(const std::string& key, const std::string& value);

  // Checks that derived data in the store was made by `version` of the text
  // pipeline: records it when the store has none yet, and fails (naming both)
  // when posts were analyzed by another version, so old and new fingerprints
  // are never mixed.
  Status CheckTextPipeline(const std::string& version);

  // The completed import of a file with these bytes for this account (0: the
  // import that took each post's author from the file), if any.
  Result<std::optional<ImportRun>> FindImport(const std::string& content_hash,
                                              std::int64_t account_id);

  // Starts the one write transaction of an import. Fails when another
  // connection holds the write lock longer than busy_timeout_ms.
  Result<std::unique_ptr<ImportWriter>> BeginImport();

  Result<std::optional<Account>> FindAccount(Platform platform, const std::string& handle);
  // One account by its row id (NotFound when absent): cheap, unlike
  // ListAccounts, which counts every post.
  Result<Account> GetAccount(std::int64_t account_id);
  // Accounts of one role, without counting their posts.
  Result<std::vector<Account>> AccountsWithRole(AccountRole role);
  // Accounts with that handle on any platform (a handle alone is ambiguous).
  Result<std::vector<Account>> FindAccountsByHandle(const std::string& handle);
  Result<std::vector<AccountSummary>> ListAccounts();

  // Posts of one account, oldest first.
  Result<std::vector<Post>> ListPosts(const PostQuery& query);
  // ListPosts of each account in turn, created in [since, until).
  Result<std::vector<Post>> ListPostsOf(const std::vector<std::int64_t>& account_ids,
                                        std::int64_t since, std::int64_t until);
  // What was derived from a post (empty lists when nothing was).
  Result<PostEntities> GetEntities(std::int64_t post_id);
  Result<std::vector<ImportRun>> ListImports();

  // One post by its row id (NotFound when absent), or every post with a
  // platform id (several accounts may share one).
  Result<Post> GetPost(std::int64_t post_id);
  Result<std::vector<Post>> FindPostsByPlatformId(const std::string& platform_id);

  // Audit runs: recorded with their findings in one transaction (returns the
  // run's id); the last run of a scope, findings included.
  Result<std::int64_t> RecordAuditRun(const AuditRunRecord& run);
  Result<std::optional<AuditRunRecord>> LastAuditRun(const std::string& scope);

  // Deliberate echoes (redite accept): (post, other post) pairs never
  // reported again. Accepting a pair twice keeps the first reason.
  Status AcceptPair(std::int64_t post_id, std::int64_t other_post_id, const std::string& reason,
                    std::int64_t accepted_at);
  Result<std::vector<std::pair<std::int64_t, std::int64_t>>> AcceptedPairs();

  // Counts rows of a table (for reports and tests); table must be a schema table.
  Result<std::int64_t> CountRows(const std::string& table);

  // The encoded similarity features stored with a post (see
  // similarity/features_codec.h); NotFound when it has none.
  Result<similarity::PostFeatures> GetFeatures(std::int64_t post_id);

  // Moves the WAL into the main file and truncates it (after a big import).
  Status Checkpoint();

 private:
  friend class OverlapIndex;  // reads the index tables directly
  struct Rep;
  explicit FeedStore(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace redite

#endif  // REDITE_STORE_FEED_STORE_H_
