#include "redite/store/feed_store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include <string>

#include "store/schema.h"
#include "test_support.h"

namespace redite {
namespace {

std::unique_ptr<FeedStore> OpenOrDie(const std::string& path, FeedStoreOptions options = {}) {
  auto store = FeedStore::Open(path, options);
  REQUIRE_MESSAGE(store.ok(), store.status().ToString());
  return std::move(*store);
}

Post MakePost(std::int64_t account_id, std::string id, std::int64_t t, std::string text) {
  Post p;
  p.account_id = account_id;
  p.platform_id = std::move(id);
  p.created_at = t;
  p.text = std::move(text);
  return p;
}

ImportRun Run(std::string file) {
  ImportRun r;
  r.file = std::move(file);
  r.content_hash = "hash-of-" + r.file;
  r.format = "csv";
  return r;
}

}  // namespace

TEST_SUITE("FeedStore") {
  TEST_CASE("a new database has the latest schema, WAL and foreign keys") {
    std::string path = testing::TempDir() + "/s.db";
    auto store = OpenOrDie(path);
    CHECK(*store->SchemaVersion() == FeedStore::LatestSchemaVersion());
    SQLite::Database raw(path);
    CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
    for (const char* table : {"accounts", "posts", "post_links", "post_hashtags", "post_mentions",
                              "post_figures", "post_features", "import_runs", "audit_runs",
                              "findings", "accepted_pairs", "meta", "overlap_postings",
                              "overlap_keys"}) {
      CAPTURE(table);
      CHECK(raw.tableExists(table));
    }
    // Reopening migrates nothing and keeps the version.
    store.reset();
    CHECK(*OpenOrDie(path)->SchemaVersion() == FeedStore::LatestSchemaVersion());
  }

  TEST_CASE("a version 1 database is migrated: the overlap index tables are added, empty") {
    std::string path = testing::TempDir() + "/v1.db";
    {
      SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      raw.exec(std::string(store::Migrations().front().sql));
      raw.exec("INSERT INTO meta(key, value) VALUES ('schema_version', '1')");
    }
    auto store = OpenOrDie(path);
    CHECK(*store->SchemaVersion() == FeedStore::LatestSchemaVersion());
    CHECK(*store->CountRows("overlap_postings") == 0);
    SQLite::Database raw(path);
    CHECK(raw.execAndGet("SELECT posts FROM overlap_keys WHERE key = 0").getInt64() == 0);
  }

  TEST_CASE("a database from a newer redite is refused") {
    std::string path = testing::TempDir() + "/newer.db";
    OpenOrDie(path);
    {
      SQLite::Database raw(path, SQLite::OPEN_READWRITE);
      raw.exec("UPDATE meta SET value = '999' WHERE key = 'schema_version'");
    }
    auto store = FeedStore::Open(path, {});
    REQUIRE_FALSE(store.ok());
    CHECK(store.status().message() ==
          path + ": database schema version 999 is newer than this build of redite (" +
              std::to_string(FeedStore::LatestSchemaVersion()) + "): upgrade redite");
  }

  TEST_CASE("a missing database is NotFound when it must exist") {
    FeedStoreOptions options;
    options.create_if_missing = false;
    auto store = FeedStore::Open(testing::TempDir() + "/none.db", options);
    REQUIRE_FALSE(store.ok());
    CHECK(store.status().code() == Status::Code::kNotFound);
  }

  TEST_CASE("posts, entities and the import run are stored and the same post twice is kept once") {
    auto store = OpenOrDie(":memory:");
    auto writer = store->BeginImport();
    REQUIRE(writer.ok());
    auto account = (*writer)->EnsureAccount(Account{0, Platform::kX, "Entreprise", "", AccountRole::kCorporate});
    REQUIRE(account.ok());
    Post p = MakePost(account->id, "1512391487383871490", 1649417204, "Nous recrutons 1 200 jeunes");
    p.kind = PostKind::kQuote;
    p.referenced_id = "42";
    PostEntities e;
    e.links = {"https://exemple.fr/emploi"};
    e.hashtags = {"emploi"};
    e.mentions = {"marie"};
    e.figures = {{"1200", 1200}};
    CHECK(*(*writer)->AddPost(p, &e) == true);
    CHECK(*(*writer)->AddPost(p, &e) == false);
    ImportRun run = Run("feed.csv");
    run.account_id = account->id;
    run.inserted = 1;
    run.duplicates = 1;
    REQUIRE((*writer)->Commit(run).ok());
    writer->reset();

    PostQuery q;
    q.account_id = account->id;
    auto posts = store->ListPosts(q);
    REQUIRE(posts.ok());
    REQUIRE(posts->size() == 1);
    const Post& stored = (*posts)[0];
    CHECK(stored.platform_id == "1512391487383871490");
    CHECK(stored.kind == PostKind::kQuote);
    CHECK(stored.referenced_id == "42");
    CHECK(stored.source_file == "feed.csv");
    auto entities = store->GetEntities(stored.id);
    REQUIRE(entities.ok());
    CHECK(entities->links == e.links);
    CHECK(entities->hashtags == e.hashtags);
    CHECK(entities->mentions == e.mentions);
    CHECK(entities->figures == e.figures);
    CHECK_FALSE(store->FindImport("hash-of-feed.csv", 0)->has_value());
    auto found = store->FindImport("hash-of-feed.csv", account->id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->inserted == 1);
    CHECK((*found)->duplicates == 1);
    // Handles are case-insensitive; a role conflict is refused.
    auto again = store->BeginImport();
    auto same = (*again)->EnsureAccount(Account{0, Platform::kX, "entreprise", "", AccountRole::kCorporate});
    CHECK(same->id == account->id);
    auto conflict = (*again)->EnsureAccount(Account{0, Platform::kX, "ENTREPRISE", "", AccountRole::kPerson});
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.status().message() == "account @Entreprise (x) is corporate, not person");
  }

  TEST_CASE("an import dropped without Commit leaves the store unchanged") {
    auto store = OpenOrDie(":memory:");
    {
      auto writer = store->BeginImport();
      auto account = (*writer)->EnsureAccount(Account{0, Platform::kX, "ceo", "", AccountRole::kPerson});
      REQUIRE((*writer)->AddPost(MakePost(account->id, "1", 100, "a"), nullptr).ok());
    }
    CHECK(*store->CountRows("posts") == 0);
    CHECK(*store->CountRows("accounts") == 0);
    CHECK(*store->CountRows("import_runs") == 0);
  }

  TEST_CASE("ListPosts keeps since <= date < until and sorts by date") {
    auto store = OpenOrDie(":memory:");
    auto writer = store->BeginImport();
    auto account = (*writer)->EnsureAccount(Account{0, Platform::kX, "ceo", "", AccountRole::kPerson});
    for (int i : {3, 1, 2, 4}) {
      REQUIRE((*writer)->AddPost(MakePost(account->id, std::to_string(i), i * 100, "p"), nullptr).ok());
    }
    REQUIRE((*writer)->Commit(Run("f")).ok());
    PostQuery q;
    q.account_id = account->id;
    q.since = 200;
    q.until = 400;
    auto posts = store->ListPosts(q);
    REQUIRE(posts->size() == 2);
    CHECK((*posts)[0].platform_id == "2");
    CHECK((*posts)[1].platform_id == "3");
    auto summary = store->ListAccounts();
    REQUIRE(summary->size() == 1);
    CHECK((*summary)[0].posts == 4);
    CHECK((*summary)[0].first_post == 100);
    CHECK((*summary)[0].last_post == 400);
  }

  TEST_CASE("a reader works while an import is being written, and sees it once committed") {
    std::string path = testing::TempDir() + "/concurrent.db";
    auto writer_store = OpenOrDie(path);
    FeedStoreOptions read_only;
    read_only.read_only = true;
    read_only.busy_timeout_ms = 100;
    {
      auto seed = writer_store->BeginImport();
      auto account = (*seed)->EnsureAccount(Account{0, Platform::kX, "corp", "", AccountRole::kCorporate});
      REQUIRE((*seed)->AddPost(MakePost(account->id, "1", 100, "déjà là"), nullptr).ok());
      REQUIRE((*seed)->Commit(Run("seed")).ok());
    }
    auto writer = writer_store->BeginImport();
    REQUIRE(writer.ok());
    auto account = (*writer)->EnsureAccount(Account{0, Platform::kX, "corp", "", AccountRole::kCorporate});
    for (int i = 2; i < 1000; ++i) {
      REQUIRE((*writer)->AddPost(MakePost(account->id, std::to_string(i), i, "nouveau"), nullptr).ok());
    }
    // Mid-import, a second connection reads the last committed state at once.
    auto reader = OpenOrDie(path, read_only);
    auto accounts = reader->ListAccounts();
    REQUIRE(accounts.ok());
    REQUIRE(accounts->size() == 1);
    CHECK((*accounts)[0].posts == 1);
    // A second writer cannot start while the first holds the lock.
    auto other_writer_store = OpenOrDie(path, FeedStoreOptions{true, false, 100, 1024});
    auto blocked = other_writer_store->BeginImport();
    CHECK_FALSE(blocked.ok());
    REQUIRE((*writer)->Commit(Run("big")).ok());
    writer->reset();
    accounts = reader->ListAccounts();
    CHECK((*accounts)[0].posts == 999);
  }

  TEST_CASE("the text pipeline version is recorded and a different one refused once used") {
    auto store = OpenOrDie(":memory:");
    REQUIRE(store->CheckTextPipeline("text-1/entities-1").ok());
    CHECK(*store->GetMeta("text_pipeline") == "text-1/entities-1");
    // No derived data yet: a new version simply replaces it.
    REQUIRE(store->CheckTextPipeline("text-2/entities-1").ok());
    auto writer = store->BeginImport();
    auto account = (*writer)->EnsureAccount(Account{0, Platform::kX, "ceo", "", AccountRole::kPerson});
    PostEntities e;
    e.hashtags = {"emploi"};
    REQUIRE((*writer)->AddPost(MakePost(account->id, "1", 1, "#Emploi"), &e).ok());
    REQUIRE((*writer)->Commit(Run("f")).ok());
    writer->reset();
    CHECK(store->CheckTextPipeline("text-2/entities-1").ok());
    Status s = store->CheckTextPipeline("text-3/entities-1");
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() ==
          "the posts in this database were analyzed by text pipeline text-2/entities-1 and this "
          "build runs text-3/entities-1: re-create the database and import the feeds again");
  }
}

}  // namespace redite
