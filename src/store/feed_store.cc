#include "redite/store/feed_store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <chrono>
#include <algorithm>
#include <filesystem>
#include <sstream>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "redite/similarity/features.h"
#include "redite/similarity/index.h"
#include "similarity/features_codec.h"
#include "store/feed_store_rep.h"
#include "store/schema.h"

namespace redite {
namespace {

using store::FromException;

std::int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Account ReadAccount(SQLite::Statement& q, int first) {
  Account a;
  a.id = q.getColumn(first).getInt64();
  a.platform = ParsePlatform(q.getColumn(first + 1).getString()).value_or(Platform::kOther);
  a.handle = q.getColumn(first + 2).getString();
  a.display_name = q.getColumn(first + 3).getString();
  a.role = ParseAccountRole(q.getColumn(first + 4).getString()).value_or(AccountRole::kPerson);
  return a;
}

constexpr const char* kAccountColumns = "id, platform, handle, display_name, role";

int ReadSchemaVersion(SQLite::Database& db) {
  if (!db.tableExists("meta")) return 0;
  SQLite::Statement q(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  return q.executeStep() ? std::stoi(q.getColumn(0).getString()) : 0;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) {
    if (!out.empty()) out.push_back('\n');
    out += l;
  }
  return out;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

ImportRun ReadImportRun(SQLite::Statement& q) {
  ImportRun r;
  r.id = q.getColumn(0).getInt64();
  r.file = q.getColumn(1).getString();
  r.content_hash = q.getColumn(2).getString();
  r.format = q.getColumn(3).getString();
  r.account_id = q.getColumn(4).isNull() ? 0 : q.getColumn(4).getInt64();
  r.started_at = q.getColumn(5).getInt64();
  r.records = q.getColumn(6).getInt64();
  r.inserted = q.getColumn(7).getInt64();
  r.duplicates = q.getColumn(8).getInt64();
  r.skipped = q.getColumn(9).getInt64();
  r.errors = SplitLines(q.getColumn(10).getString());
  return r;
}

constexpr const char* kImportRunColumns =
    "id, file, content_hash, format, account_id, started_at, records, inserted, duplicates, "
    "skipped, errors";

}  // namespace

namespace {

class SqliteImportWriter : public ImportWriter {
 public:
  // Begins the transaction; the caller catches SQLite exceptions.
  SqliteImportWriter(SQLite::Database& db, bool* writer_open)
      : db_(db),
        writer_open_(writer_open),
        insert_post_(db, R"sql(
INSERT INTO posts(account_id, platform_id, created_at, created_at_utc, text, kind, language, url,
                  referenced_id, import_run_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, platform_id) DO NOTHING)sql"),
        insert_link_(db, "INSERT OR IGNORE INTO post_links(post_id, url) VALUES (?, ?)"),
        insert_hashtag_(db, "INSERT OR IGNORE INTO post_hashtags(post_id, tag) VALUES (?, ?)"),
        insert_mention_(db, "INSERT OR IGNORE INTO post_mentions(post_id, handle) VALUES (?, ?)"),
        insert_figure_(db,
                       "INSERT OR IGNORE INTO post_figures(post_id, figure, value) VALUES (?, ?, ?)"),
        insert_features_(db, "INSERT OR REPLACE INTO post_features(post_id, name, version, data) "
                             "VALUES (?, ?, ?, ?)"),
        features_version_("features-" + std::to_string(similarity::kFeaturesVersion)) {
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so
    // a second writer fails here rather than halfway through a file.
    db_.exec("BEGIN IMMEDIATE");
    try {
      // The run's row comes first: posts reference it. Commit() fills it in.
      SQLite::Statement run(db_, "INSERT INTO import_runs(file, content_hash, format, started_at) "
                                 "VALUES ('', '', '', ?)");
      run.bind(1, NowSeconds());
      run.exec();
      run_id_ = db_.getLastInsertRowid();
    } catch (...) {
      db_.tryExec("ROLLBACK");
      throw;
    }
    in_transaction_ = true;
    *writer_open_ = true;
  }

  ~SqliteImportWriter() override {
    if (in_transaction_) db_.tryExec("ROLLBACK");
    *writer_open_ = false;
  }

  Result<Account> EnsureAccount(const Account& account) override {
    try {
      SQLite::Statement find(db_, std::string("SELECT ") + kAccountColumns +
                                      " FROM accounts WHERE platform = ? AND handle = ?");
      find.bind(1, PlatformName(account.platform));
      find.bind(2, account.handle);
      if (find.executeStep()) {
        Account existing = ReadAccount(find, 0);
        if (existing.role != account.role) {
          return Status::InvalidArgument(
              "account @" + existing.handle + " (" + PlatformName(existing.platform) + ") is " +
              AccountRoleName(existing.role) + ", not " + AccountRoleName(account.role));
        }
        return existing;
      }
      SQLite::Statement insert(
          db_, "INSERT INTO accounts(platform, handle, display_name, role) VALUES (?, ?, ?, ?)");
      insert.bind(1, PlatformName(account.platform));
      insert.bind(2, account.handle);
      insert.bind(3, account.display_name);
      insert.bind(4, AccountRoleName(account.role));
      insert.exec();
      Account created = account;
      created.id = db_.getLastInsertRowid();
      return created;
    } catch (const std::exception& e) {
      return FromException("account @" + account.handle, e);
    }
  }

  Result<bool> AddPost(const Post& post, const PostEntities* entities,
                       const similarity::PostFeatures* features) override {
    try {
      insert_post_.bind(1, post.account_id);
      insert_post_.bind(2, post.platform_id);
      insert_post_.bind(3, post.created_at);
      insert_post_.bind(4, FormatUtc(post.created_at));
      insert_post_.bindNoCopy(5, post.text);
      insert_post_.bind(6, PostKindName(post.kind));
      insert_post_.bind(7, post.language);
      insert_post_.bind(8, post.url);
      insert_post_.bind(9, post.referenced_id);
      insert_post_.bind(10, run_id_);
      insert_post_.exec();
      insert_post_.reset();
      if (db_.getChanges() == 0) return false;
      const std::int64_t id = db_.getLastInsertRowid();
      if (features != nullptr) AddFeatures(post, id, *features);
      if (entities != nullptr) {
        InsertAll(insert_link_, id, entities->links);
        InsertAll(insert_hashtag_, id, entities->hashtags);
        InsertAll(insert_mention_, id, entities->mentions);
        for (const Figure& f : entities->figures) {
          insert_figure_.bind(1, id);
          insert_figure_.bind(2, f.text);
          insert_figure_.bind(3, f.value);
          insert_figure_.exec();
          insert_figure_.reset();
        }
      }
      return true;
    } catch (const std::exception& e) {
      insert_post_.tryReset();
      return FromException("post " + post.platform_id, e);
    }
  }

  Status Commit(const ImportRun& run) override {
    try {
      FlushIndex();
      SQLite::Statement update(db_, R"sql(
UPDATE import_runs SET file = ?, content_hash = ?, format = ?, account_id = ?, finished_at = ?,
       records = ?, inserted = ?, duplicates = ?, skipped = ?, errors = ?
WHERE id = ?)sql");
      update.bind(1, run.file);
      update.bind(2, run.content_hash);
      update.bind(3, run.format);
      if (run.account_id != 0) {
        update.bind(4, run.account_id);
      } else {
        update.bind(4);
      }
      update.bind(5, NowSeconds());
      update.bind(6, run.records);
      update.bind(7, run.inserted);
      update.bind(8, run.duplicates);
      update.bind(9, run.skipped);
      update.bind(10, JoinLines(run.errors));
      update.bind(11, run_id_);
      update.exec();
      db_.exec("COMMIT");
      in_transaction_ = false;
      return Status::OK();
    } catch (const std::exception& e) {
      return FromException("committing the import of " + run.file, e);
    }
  }

 private:
  // A posting of the overlap index, in the table's key order.
  using Posting =
      std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t>;
  // Postings held in memory before they are written (40 bytes each).
  static constexpr std::size_t kMaxBufferedPostings = 4 << 20;

  // Stores the encoded features and queues the post's index keys.
  void AddFeatures(const Post& post, std::int64_t id, const similarity::PostFeatures& features) {
    similarity::EncodeFeatures(features, &encoded_);
    insert_features_.bind(1, id);
    insert_features_.bind(2, std::string(similarity::kFeaturesName));
    insert_features_.bind(3, features_version_);
    insert_features_.bind(4, encoded_.data(), static_cast<int>(encoded_.size()));
    insert_features_.exec();
    insert_features_.reset();
    const bool corporate = IsCorporate(post.account_id);
    const std::vector<std::uint64_t> keys = similarity::IndexKeys(features);
    const auto key_count = static_cast<std::int64_t>(keys.size());
    for (std::uint64_t key : keys) {
      postings_.emplace_back(store::KeyToSql(key), post.account_id, post.created_at, id,
                             key_count);
      auto& [posts, corporate_posts] = key_counts_[key];
      ++posts;
      corporate_posts += corporate ? 1 : 0;
    }
    ++indexed_posts_;
    indexed_corporate_posts_ += corporate ? 1 : 0;
    if (postings_.size() >= kMaxBufferedPostings) WritePostings();
  }

  bool IsCorporate(std::int64_t account_id) {
    auto it = corporate_.find(account_id);
    if (it != corporate_.end()) return it->second;
    SQLite::Statement q(db_, "SELECT role FROM accounts WHERE id = ?");
    q.bind(1, account_id);
    bool corporate = q.executeStep() && q.getColumn(0).getString() == "corporate";
    corporate_.emplace(account_id, corporate);
    return corporate;
  }

  // Postings go in sorted, in the table's order: each page of the index is
  // then written once per batch instead of once per posting.
  void WritePostings() {
    std::sort(postings_.begin(), postings_.end());
    SQLite::Statement insert(db_, "INSERT OR IGNORE INTO overlap_postings(key, account_id, "
                                  "created_at, post_id, key_count) VALUES (?, ?, ?, ?, ?)");
    for (const auto& [key, account, created_at, post, key_count] : postings_) {
      insert.bind(1, key);
      insert.bind(2, account);
      insert.bind(3, created_at);
      insert.bind(4, post);
      insert.bind(5, key_count);
      insert.exec();
      insert.reset();
    }
    postings_.clear();
    postings_.shrink_to_fit();
  }

  // Writes the queued postings and adds this run's counts to overlap_keys.
  void FlushIndex() {
    WritePostings();
    if (indexed_posts_ == 0) return;
    std::vector<std::pair<std::uint64_t, std::pair<std::int64_t, std::int64_t>>> counts(
        key_counts_.begin(), key_counts_.end());
    counts.emplace_back(0, std::pair(indexed_posts_, indexed_corporate_posts_));
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
      return store::KeyToSql(a.first) < store::KeyToSql(b.first);
    });
    SQLite::Statement upsert(db_, R"sql(
INSERT INTO overlap_keys(key, posts, corporate_posts) VALUES (?, ?, ?)
ON CONFLICT (key) DO UPDATE SET posts = posts + excluded.posts,
                                corporate_posts = corporate_posts + excluded.corporate_posts)sql");
    for (const auto& [key, n] : counts) {
      upsert.bind(1, store::KeyToSql(key));
      upsert.bind(2, n.first);
      upsert.bind(3, n.second);
      upsert.exec();
      upsert.reset();
    }
    key_counts_.clear();
    indexed_posts_ = indexed_corporate_posts_ = 0;
  }

  static void InsertAll(SQLite::Statement& insert, std::int64_t id,
                        const std::vector<std::string>& values) {
    for (const std::string& v : values) {
      insert.bind(1, id);
      insert.bind(2, v);
      insert.exec();
      insert.reset();
    }
  }

  SQLite::Database& db_;
  bool* writer_open_;
  bool in_transaction_ = false;
  std::int64_t run_id_ = 0;
  SQLite::Statement insert_post_;
  SQLite::Statement insert_link_;
  SQLite::Statement insert_hashtag_;
  SQLite::Statement insert_mention_;
  SQLite::Statement insert_figure_;
  SQLite::Statement insert_features_;
  const std::string features_version_;
  std::string encoded_;  // reused buffer
  std::unordered_map<std::int64_t, bool> corporate_;  // account id -> corporate role
  std::vector<Posting> postings_;                     // not yet written
  // Per key: posts of this run holding it (all, corporate).
  std::unordered_map<std::uint64_t, std::pair<std::int64_t, std::int64_t>> key_counts_;
  std::int64_t indexed_posts_ = 0;
  std::int64_t indexed_corporate_posts_ = 0;
};

Status Migrate(SQLite::Database& db) {
  // An up-to-date database needs no write lock: opening one never waits for
  // (or blocks) an import running in another process.
  if (ReadSchemaVersion(db) == FeedStore::LatestSchemaVersion()) return Status::OK();
  db.exec("BEGIN IMMEDIATE");
  try {
    int version = ReadSchemaVersion(db);
    if (version > FeedStore::LatestSchemaVersion()) {
      db.exec("ROLLBACK");
      return Status::InvalidArgument("database schema version " + std::to_string(version) +
                                     " is newer than this build of redite (" +
                                     std::to_string(FeedStore::LatestSchemaVersion()) +
                                     "): upgrade redite");
    }
    for (const store::Migration& m : store::Migrations()) {
      if (m.version <= version) continue;
      db.exec(std::string(m.sql));
      SQLite::Statement set(db, "INSERT OR REPLACE INTO meta(key, value) VALUES "
                                "('schema_version', ?)");
      set.bind(1, std::to_string(m.version));
      set.exec();
    }
    db.exec("COMMIT");
    return Status::OK();
  } catch (...) {
    db.tryExec("ROLLBACK");
    throw;
  }
}

}  // namespace

FeedStore::FeedStore(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
FeedStore::~FeedStore() = default;

int FeedStore::LatestSchemaVersion() { return store::Migrations().back().version; }

Result<std::unique_ptr<FeedStore>> FeedStore::Open(const std::string& path,
                                                   const FeedStoreOptions& options) {
  const bool in_memory = path == ":memory:" || path.empty();
  if (!in_memory && !options.create_if_missing && !std::filesystem::exists(path)) {
    return Status::NotFound(path + ": no such database");
  }
  try {
    // One connection serves one thread (FeedStore is not thread-safe): SQLite
    // need not lock it around every call (a check makes tens of thousands).
    int flags = SQLite::OPEN_NOMUTEX | (options.read_only
                                            ? SQLite::OPEN_READONLY
                                            : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    auto rep = std::make_unique<Rep>(in_memory ? ":memory:" : path, flags);
    rep->options = options;
    SQLite::Database& db = rep->db;
    db.setBusyTimeout(options.busy_timeout_ms);
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA cache_size = -" + std::to_string(options.cache_kib));
    if (!in_memory) db.exec("PRAGMA mmap_size = " + std::to_string(options.mmap_bytes));
    if (!options.read_only) {
      if (!in_memory) db.exec("PRAGMA journal_mode = WAL");
      // In WAL mode NORMAL loses at most the last commits on power loss, never
      // consistency; FULL would sync on every commit.
      db.exec("PRAGMA synchronous = NORMAL");
      Status migrated = Migrate(db);
      if (!migrated.ok()) return migrated.WithContext(path);
    } else {
      int version = ReadSchemaVersion(db);
      if (version != LatestSchemaVersion()) {
        return Status::InvalidArgument(path + ": database schema version " +
                                       std::to_string(version) + ", this build reads " +
                                       std::to_string(LatestSchemaVersion()) +
                                       " (open it for writing once to migrate)");
      }
    }
    return std::unique_ptr<FeedStore>(new FeedStore(std::move(rep)));
  } catch (const std::exception& e) {
    return FromException(path, e);
  }
}

Status FeedStore::SetMemoryMap(std::int64_t bytes) {
  if (bytes < 0) return Status::InvalidArgument("memory map size must not be negative");
  try {
    if (rep_->db.getFilename() == ":memory:") return Status::OK();  // nothing to map
    rep_->db.exec("PRAGMA mmap_size = " + std::to_string(bytes));
    rep_->options.mmap_bytes = bytes;
    return Status::OK();
  } catch (const std::exception& e) {
    return FromException("setting the memory map", e);
  }
}

Result<int> FeedStore::SchemaVersion() {
  try {
    return ReadSchemaVersion(rep_->db);
  } catch (const std::exception& e) {
    return FromException("reading the schema version", e);
  }
}

Result<std::string> FeedStore::GetMeta(const std::string& key) {
  try {
    SQLite::Statement q(rep_->db, "SELECT value FROM meta WHERE key = ?");
    q.bind(1, key);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
  } catch (const std::exception& e) {
    return FromException("meta " + key, e);
  }
}

Status FeedStore::SetMeta(const std::string& key, const std::string& value) {
  try {
    SQLite::Statement q(rep_->db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    q.bind(1, key);
    q.bind(2, value);
    q.exec();
    return Status::OK();
  } catch (const std::exception& e) {
    return FromException("meta " + key, e);
  }
}

Status FeedStore::CheckTextPipeline(const std::string& version) {
  Result<std::string> stored = GetMeta("text_pipeline");
  if (!stored.ok()) return stored.status();
  if (*stored == version) return Status::OK();
  if (!stored->empty()) {
    std::int64_t total = 0;
    for (const char* table : {"post_links", "post_hashtags", "post_mentions", "post_figures",
                              "post_features", "overlap_postings"}) {
      Result<std::int64_t> n = CountRows(table);
      if (!n.ok()) return n.status();
      total += *n;
    }
    if (total > 0) {
      return Status::InvalidArgument("the posts in this database were analyzed by text pipeline " +
                                     *stored + " and this build runs " + version +
                                     ": re-create the database and import the feeds again");
    }
  }
  return SetMeta("text_pipeline", version);
}

Result<std::optional<ImportRun>> FeedStore::FindImport(const std::string& content_hash,
                                                      std::int64_t account_id) {
  try {
    SQLite::Statement q(rep_->db, std::string("SELECT ") + kImportRunColumns +
                                      " FROM import_runs WHERE content_hash = ? AND "
                                      "COALESCE(account_id, 0) = ? AND "
                                      "finished_at IS NOT NULL ORDER BY id LIMIT 1");
    q.bind(1, content_hash);
    q.bind(2, account_id);
    if (!q.executeStep()) return std::optional<ImportRun>();
    return std::optional<ImportRun>(ReadImportRun(q));
  } catch (const std::exception& e) {
    return FromException("finding an import", e);
  }
}

Result<std::unique_ptr<ImportWriter>> FeedStore::BeginImport() {
  if (rep_->options.read_only) return Status::InvalidArgument("the store is open read-only");
  if (rep_->writer_open) return Status::InvalidArgument("an import is already open on this store");
  try {
    return std::unique_ptr<ImportWriter>(new SqliteImportWriter(rep_->db, &rep_->writer_open));
  } catch (const std::exception& e) {
    return FromException("starting an import", e);
  }
}

Result<std::optional<Account>> FeedStore::FindAccount(Platform platform,
                                                      const std::string& handle) {
  try {
    SQLite::Statement q(rep_->db, std::string("SELECT ") + kAccountColumns +
                                      " FROM accounts WHERE platform = ? AND handle = ?");
    q.bind(1, PlatformName(platform));
    q.bind(2, handle);
    if (!q.executeStep()) return std::optional<Account>();
    return std::optional<Account>(ReadAccount(q, 0));
  } catch (const std::exception& e) {
    return FromException("account @" + handle, e);
  }
}

Result<Account> FeedStore::GetAccount(std::int64_t account_id) {
  try {
    SQLite::Statement q(rep_->db, std::string("SELECT ") + kAccountColumns +
                                      " FROM accounts WHERE id = ?");
    q.bind(1, account_id);
    if (!q.executeStep()) {
      return Status::NotFound("account #" + std::to_string(account_id) + ": not in the store");
    }
    return ReadAccount(q, 0);
  } catch (const std::exception& e) {
    return FromException("account #" + std::to_string(account_id), e);
  }
}

Result<std::vector<Account>> FeedStore::AccountsWithRole(AccountRole role) {
  try {
    SQLite::Statement q(rep_->db, std::string("SELECT ") + kAccountColumns +
                                      " FROM accounts WHERE role = ? ORDER BY id");
    q.bind(1, AccountRoleName(role));
    std::vector<Account> accounts;
    while (q.executeStep()) accounts.push_back(ReadAccount(q, 0));
    return accounts;
  } catch (const std::exception& e) {
    return FromException(std::string(AccountRoleName(role)) + " accounts", e);
  }
}

Result<std::vector<Account>> FeedStore::FindAccountsByHandle(const std::string& handle) {
  try {
    SQLite::Statement q(rep_->db, std::string("SELECT ") + kAccountColumns +
                                      " FROM accounts WHERE handle = ? ORDER BY id");
    q.bind(1, handle);
    std::vector<Account> accounts;
    while (q.executeStep()) accounts.push_back(ReadAccount(q, 0));
    return accounts;
  } catch (const std::exception& e) {
    return FromException("account @" + handle, e);
  }
}

Result<std::vector<AccountSummary>> FeedStore::ListAccounts() {
  try {
    SQLite::Statement q(rep_->db, R"sql(
SELECT a.id, a.platform, a.handle, a.display_name, a.role,
       COUNT(p.id), COALESCE(MIN(p.created_at), 0), COALESCE(MAX(p.created_at), 0)
FROM accounts a LEFT JOIN posts p ON p.account_id = a.id
GROUP BY a.id ORDER BY a.role, a.handle COLLATE NOCASE, a.platform)sql");
    std::vector<AccountSummary> out;
    while (q.executeStep()) {
      AccountSummary s;
      s.account = ReadAccount(q, 0);
      s.posts = q.getColumn(5).getInt64();
      s.first_post = q.getColumn(6).getInt64();
      s.last_post = q.getColumn(7).getInt64();
      out.push_back(std::move(s));
    }
    return out;
  } catch (const std::exception& e) {
    return FromException("listing accounts", e);
  }
}

namespace {

constexpr const char* kPostColumns = R"sql(
SELECT p.id, p.account_id, p.platform_id, p.created_at, p.text, p.kind, p.language, p.url,
       p.referenced_id, r.file
FROM posts p JOIN import_runs r ON r.id = p.import_run_id)sql";

Post ReadPost(SQLite::Statement& q) {
  Post p;
  p.id = q.getColumn(0).getInt64();
  p.account_id = q.getColumn(1).getInt64();
  p.platform_id = q.getColumn(2).getString();
  p.created_at = q.getColumn(3).getInt64();
  p.text = q.getColumn(4).getString();
  p.kind = ParsePostKind(q.getColumn(5).getString()).value_or(PostKind::kOriginal);
  p.language = q.getColumn(6).getString();
  p.url = q.getColumn(7).getString();
  p.referenced_id = q.getColumn(8).getString();
  p.source_file = q.getColumn(9).getString();
  return p;
}

}  // namespace

Result<std::vector<Post>> FeedStore::ListPosts(const PostQuery& query) {
  try {
    SQLite::Statement q(rep_->db, std::string(kPostColumns) + R"sql(
WHERE p.account_id = ?1 AND p.created_at >= ?2 AND p.created_at < ?3
ORDER BY p.created_at, p.id LIMIT ?4)sql");
    q.bind(1, query.account_id);
    q.bind(2, query.since.value_or(INT64_MIN));
    q.bind(3, query.until.value_or(INT64_MAX));
    q.bind(4, query.limit);
    std::vector<Post> posts;
    while (q.executeStep()) posts.push_back(ReadPost(q));
    return posts;
  } catch (const std::exception& e) {
    return FromException("listing posts", e);
  }
}

Result<std::vector<Post>> FeedStore::ListPostsOf(const std::vector<std::int64_t>& account_ids,
                                                 std::int64_t since, std::int64_t until) {
  std::vector<Post> posts;
  for (std::int64_t account_id : account_ids) {
    PostQuery query;
    query.account_id = account_id;
    query.since = since;
    query.until = until;
    auto listed = ListPosts(query);
    if (!listed.ok()) return listed.status();
    for (Post& p : *listed) posts.push_back(std::move(p));
  }
  return posts;
}

Result<PostEntities> FeedStore::GetEntities(std::int64_t post_id) {
  try {
    PostEntities e;
    // rowid order of WITHOUT ROWID tables is key order; keep it (sorted).
    auto read = [&](const char* sql, std::vector<std::string>* out) {
      SQLite::Statement q(rep_->db, sql);
      q.bind(1, post_id);
      while (q.executeStep()) out->push_back(q.getColumn(0).getString());
    };
    read("SELECT url FROM post_links WHERE post_id = ?", &e.links);
    read("SELECT tag FROM post_hashtags WHERE post_id = ?", &e.hashtags);
    read("SELECT handle FROM post_mentions WHERE post_id = ?", &e.mentions);
    SQLite::Statement q(rep_->db, "SELECT figure, value FROM post_figures WHERE post_id = ?");
    q.bind(1, post_id);
    while (q.executeStep()) {
      e.figures.push_back(Figure{q.getColumn(0).getString(), q.getColumn(1).getDouble()});
    }
    return e;
  } catch (const std::exception& e) {
    return FromException("post " + std::to_string(post_id), e);
  }
}

Result<std::vector<ImportRun>> FeedStore::ListImports() {
  try {
    SQLite::Statement q(rep_->db, std::string("SELECT ") + kImportRunColumns +
                                      " FROM import_runs WHERE finished_at IS NOT NULL "
                                      "ORDER BY id");
    std::vector<ImportRun> runs;
    while (q.executeStep()) runs.push_back(ReadImportRun(q));
    return runs;
  } catch (const std::exception& e) {
    return FromException("listing imports", e);
  }
}

Result<Post> FeedStore::GetPost(std::int64_t post_id) {
  try {
    static const std::string kSql = std::string(kPostColumns) + " WHERE p.id = ?1";
    SQLite::Statement& q = store::PrepareOnce(rep_->db, &rep_->get_post, kSql.c_str());
    q.reset();
    q.bind(1, post_id);
    if (!q.executeStep()) return Status::NotFound("post #" + std::to_string(post_id) + ": not in the store");
    Post post = ReadPost(q);
    q.reset();
    return post;
  } catch (const std::exception& e) {
    return FromException("reading a post", e);
  }
}

Result<std::vector<Post>> FeedStore::FindPostsByPlatformId(const std::string& platform_id) {
  try {
    SQLite::Statement q(rep_->db, std::string(kPostColumns) + " WHERE p.platform_id = ?1 ORDER BY p.id");
    q.bind(1, platform_id);
    std::vector<Post> posts;
    while (q.executeStep()) posts.push_back(ReadPost(q));
    return posts;
  } catch (const std::exception& e) {
    return FromException("finding a post", e);
  }
}

Result<std::int64_t> FeedStore::RecordAuditRun(const AuditRunRecord& run) {
  try {
    SQLite::Transaction tx(rep_->db);
    SQLite::Statement r(rep_->db,
                        "INSERT INTO audit_runs(started_at, finished_at, parameters, summary) "
                        "VALUES (?1, ?2, ?3, ?4)");
    r.bind(1, run.started_at);
    r.bind(2, run.finished_at);
    r.bind(3, run.parameters);
    r.bind(4, run.summary);
    r.exec();
    std::int64_t id = rep_->db.getLastInsertRowid();
    SQLite::Statement f(rep_->db,
                        "INSERT INTO findings(audit_run_id, post_id, other_post_id, level, score, "
                        "details) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const AuditFindingRow& row : run.findings) {
      f.reset();
      f.bind(1, id);
      f.bind(2, row.post_id);
      f.bind(3, row.other_post_id);
      f.bind(4, row.level);
      f.bind(5, row.score);
      f.bind(6, row.details);
      f.exec();
    }
    tx.commit();
    return id;
  } catch (const std::exception& e) {
    return FromException("recording the audit run", e);
  }
}

Result<std::optional<AuditRunRecord>> FeedStore::LastAuditRun(const std::string& scope) {
  try {
    SQLite::Statement q(rep_->db, R"sql(
SELECT id, started_at, coalesce(finished_at, 0), parameters, summary FROM audit_runs
WHERE json_extract(parameters, '$.scope') = ?1 ORDER BY id DESC LIMIT 1)sql");
    q.bind(1, scope);
    if (!q.executeStep()) return std::optional<AuditRunRecord>();
    AuditRunRecord run;
    run.id = q.getColumn(0).getInt64();
    run.started_at = q.getColumn(1).getInt64();
    run.finished_at = q.getColumn(2).getInt64();
    run.scope = scope;
    run.parameters = q.getColumn(3).getString();
    run.summary = q.getColumn(4).getString();
    SQLite::Statement f(rep_->db,
                        "SELECT post_id, other_post_id, level, score, details FROM findings "
                        "WHERE audit_run_id = ?1 ORDER BY id");
    f.bind(1, run.id);
    while (f.executeStep()) {
      AuditFindingRow row;
      row.post_id = f.getColumn(0).getInt64();
      row.other_post_id = f.getColumn(1).getInt64();
      row.level = f.getColumn(2).getString();
      row.score = f.getColumn(3).getDouble();
      row.details = f.getColumn(4).getString();
      run.findings.push_back(std::move(row));
    }
    return std::optional<AuditRunRecord>(std::move(run));
  } catch (const std::exception& e) {
    return FromException("reading the last audit run", e);
  }
}

Status FeedStore::AcceptPair(std::int64_t post_id, std::int64_t other_post_id,
                             const std::string& reason, std::int64_t accepted_at) {
  try {
    SQLite::Statement q(rep_->db,
                        "INSERT OR IGNORE INTO accepted_pairs(post_id, other_post_id, reason, "
                        "accepted_at) VALUES (?1, ?2, ?3, ?4)");
    q.bind(1, post_id);
    q.bind(2, other_post_id);
    q.bind(3, reason);
    q.bind(4, accepted_at);
    q.exec();
    return Status::OK();
  } catch (const std::exception& e) {
    return FromException("accepting a pair", e);
  }
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> FeedStore::AcceptedPairs() {
  try {
    SQLite::Statement q(rep_->db, "SELECT post_id, other_post_id FROM accepted_pairs");
    std::vector<std::pair<std::int64_t, std::int64_t>> pairs;
    while (q.executeStep()) pairs.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getInt64());
    return pairs;
  } catch (const std::exception& e) {
    return FromException("reading accepted pairs", e);
  }
}

Result<std::int64_t> FeedStore::CountRows(const std::string& table) {
  try {
    SQLite::Statement check(rep_->db,
                            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    check.bind(1, table);
    if (!check.executeStep()) return Status::InvalidArgument("no table " + table);
    SQLite::Statement q(rep_->db, "SELECT COUNT(*) FROM \"" + table + "\"");
    q.executeStep();
    return q.getColumn(0).getInt64();
  } catch (const std::exception& e) {
    return FromException("counting " + table, e);
  }
}

Result<similarity::PostFeatures> store::ReadFeatures(SQLite::Statement& q, std::int64_t post_id) {
  try {
    static const std::string kName(similarity::kFeaturesName);  // bound as text, not a blob
    q.reset();
    q.bind(1, post_id);
    q.bindNoCopy(2, kName);
    if (!q.executeStep()) {
      q.reset();
      return Status::NotFound("post " + std::to_string(post_id) + ": no stored features");
    }
    SQLite::Column data = q.getColumn(0);
    Result<similarity::PostFeatures> f = similarity::DecodeFeatures(
        std::string_view(static_cast<const char*>(data.getBlob()), data.getBytes()));
    q.reset();
    if (!f.ok()) return f.status().WithContext("post " + std::to_string(post_id));
    return f;
  } catch (const std::exception& e) {
    return FromException("post " + std::to_string(post_id), e);
  }
}

Result<similarity::PostFeatures> FeedStore::GetFeatures(std::int64_t post_id) {
  try {
    return store::ReadFeatures(
        store::PrepareOnce(rep_->db, &rep_->get_features, store::kReadFeaturesSql), post_id);
  } catch (const std::exception& e) {
    return FromException("post " + std::to_string(post_id), e);
  }
}

Status FeedStore::Checkpoint() {
  try {
    rep_->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return Status::OK();
  } catch (const std::exception& e) {
    return FromException("checkpoint", e);
  }
}

}  // namespace redite
