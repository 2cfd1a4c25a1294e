// ImportFile: transactions, idempotence, rejection, accounts per author.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "redite/ingest/importer.h"
#include "redite/similarity/features.h"
#include "redite/similarity/index.h"
#include "test_support.h"

namespace redite::ingest {
namespace {

using redite::testing::SharedData;
using redite::testing::SourcePath;
using redite::testing::TempDir;

std::unique_ptr<FeedStore> NewStore() {
  auto store = FeedStore::Open(TempDir() + "/import.db", {});
  REQUIRE(store.ok());
  return std::move(*store);
}

std::string WriteFile(const std::string& name, const std::string& content) {
  std::string path = TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

ImportOptions For(const std::string& account, AccountRole role = AccountRole::kPerson) {
  ImportOptions o;
  o.account = account;
  o.role = role;
  return o;
}

std::int64_t Count(FeedStore& store, const char* table) { return *store.CountRows(table); }

// A stand-in for the text layer in these tests: words starting with "http"
// are URL entities, "#x" hashtags, "@x" mentions, digit runs numbers.
text::Analysis WordAnalysis(std::string_view post) {
  text::Analysis a;
  std::istringstream in{std::string(post)};
  for (std::string w; in >> w;) {
    text::Token t;
    if (w.rfind("http", 0) == 0) {
      text::Entity e;
      e.type = text::EntityType::kUrl;
      e.text = w;
      e.value = w;
      a.entities.push_back(e);
      continue;
    }
    if (w[0] == '#' || w[0] == '@') {
      t.type = w[0] == '#' ? text::TokenType::kHashtag : text::TokenType::kMention;
      for (char c : w.substr(1)) t.norm.push_back(static_cast<char>(std::tolower(c)));
      t.key = t.norm;
    } else if (std::isdigit(static_cast<unsigned char>(w[0]))) {
      t.type = text::TokenType::kNumber;
      t.norm = t.key = w;
      t.value = std::stod(w);
    } else {
      continue;
    }
    a.tokens.push_back(t);
  }
  return a;
}

}  // namespace

TEST_SUITE("ImportFile") {
  TEST_CASE("importing the same file twice changes nothing") {
    auto store = NewStore();
    std::string path = SourcePath("tests/fixtures/x-archive/data/tweets.js");
    auto first = ImportFile(*store, path, For("ceo"));
    REQUIRE_MESSAGE(first.ok(), first.status().ToString());
    CHECK(first->run.inserted == 4);
    CHECK(first->format == Format::kXArchive);
    auto second = ImportFile(*store, path, For("ceo"));
    REQUIRE(second.ok());
    CHECK(second->already_imported);
    CHECK(Count(*store, "posts") == 4);
    CHECK(Count(*store, "import_runs") == 1);
  }

  TEST_CASE("the same posts in another file are kept once") {
    auto store = NewStore();
    std::string a = WriteFile("a.csv", "id,date,text\n1,2023-01-01T10:00:00Z,Un\n2,2023-01-02T10:00:00Z,Deux\n");
    std::string b = WriteFile("b.csv", "id,date,text\n2,2023-01-02T10:00:00Z,Deux\n3,2023-01-03T10:00:00Z,Trois\n");
    REQUIRE(ImportFile(*store, a, For("corp", AccountRole::kCorporate)).ok());
    auto report = ImportFile(*store, b, For("corp", AccountRole::kCorporate));
    REQUIRE(report.ok());
    CHECK(report->run.inserted == 1);
    CHECK(report->run.duplicates == 1);
    CHECK(Count(*store, "posts") == 3);
  }

  TEST_CASE("a file with a bad record is rejected whole and the store is unchanged") {
    auto store = NewStore();
    REQUIRE(ImportFile(*store, SourcePath("tests/fixtures/tweets_legacy.csv"), For("ceo")).ok());
    std::string path = SourcePath("tests/fixtures/bad_date.csv");
    auto report = ImportFile(*store, path, For("newcomer"));
    REQUIRE_FALSE(report.ok());
    CHECK(report.status().message() ==
          path + ": record 3 (line 5): date: \"2023-02-30T10:00:00Z\": not a date (no such day "
                 "in that month) (--skip-invalid imports the rest)");
    CHECK(Count(*store, "posts") == 3);
    CHECK(Count(*store, "accounts") == 1);  // not even the new account
    CHECK(Count(*store, "import_runs") == 1);
  }

  TEST_CASE("a rejected file leaves the features and the overlap index unchanged") {
    auto store = NewStore();
    ImportOptions options = For("ceo");
    options.text.version = "test-words-1";
    options.text.make_analyzer = []() -> Result<AnalyzeFn> { return AnalyzeFn(WordAnalysis); };
    options.text.canonical_url = [](std::string_view url) { return std::string(url); };
    REQUIRE(ImportFile(*store, SourcePath("tests/fixtures/tweets_legacy.csv"), options).ok());
    auto counts = [&] {
      return std::vector<std::int64_t>{Count(*store, "post_features"),
                                       Count(*store, "overlap_postings"),
                                       Count(*store, "overlap_keys")};
    };
    std::vector<std::int64_t> before = counts();
    CHECK(before[1] > 0);
    // Its first record has new keys (a hashtag, a figure); the second is invalid.
    std::string bad = WriteFile("bad_keys.csv",
                                "id,date,text\n"
                                "1,2023-02-27T10:00:00Z,#Nouveau 4242 message\n"
                                "2,2023-02-30T10:00:00Z,mauvaise date\n");
    options.account = "newcomer";
    CHECK_FALSE(ImportFile(*store, bad, options).ok());
    CHECK(counts() == before);
  }

  TEST_CASE("--skip-invalid imports the rest and records what was skipped") {
    auto store = NewStore();
    ImportOptions options = For("ceo");
    options.skip_invalid = true;
    auto report = ImportFile(*store, SourcePath("tests/fixtures/bad_date.csv"), options);
    REQUIRE(report.ok());
    CHECK(report->run.inserted == 3);
    CHECK(report->run.skipped == 1);
    REQUIRE(report->skipped.size() == 1);
    CHECK(report->skipped[0].record == 3);
    auto runs = store->ListImports();
    REQUIRE(runs->size() == 1);
    CHECK((*runs)[0].errors ==
          std::vector<std::string>{"record 3 (line 5): date: \"2023-02-30T10:00:00Z\": not a "
                                   "date (no such day in that month)"});
  }

  TEST_CASE("files of several accounts: one account per author, or only the one asked for") {
    auto store = NewStore();
    std::string path = SourcePath("tests/fixtures/mapped.jsonl");
    auto corp = ImportFile(*store, path, For("entreprise", AccountRole::kCorporate));
    REQUIRE(corp.ok());
    CHECK(corp->run.inserted == 2);
    CHECK(corp->other_authors == 1);
    // The same file for another of its authors is another import, not a repeat.
    auto ceo = ImportFile(*store, path, For("dirigeant", AccountRole::kPerson));
    REQUIRE(ceo.ok());
    CHECK_FALSE(ceo->already_imported);
    CHECK(ceo->run.inserted == 1);
    CHECK(ImportFile(*store, path, For("dirigeant", AccountRole::kPerson))->already_imported);
    auto store2 = NewStore();
    auto all = ImportFile(*store2, path, For("", AccountRole::kCorporate));
    REQUIRE(all.ok());
    CHECK(all->run.inserted == 3);
    CHECK(Count(*store2, "accounts") == 2);
  }

  TEST_CASE("a format without authors needs --account") {
    auto store = NewStore();
    auto report = ImportFile(*store, SourcePath("tests/fixtures/x-archive/data/tweets.js"), For(""));
    REQUIRE_FALSE(report.ok());
    CHECK(report.status().message().find("say whose posts these are with --account @handle") !=
          std::string::npos);
    CHECK(Count(*store, "posts") == 0);
  }

  TEST_CASE("note-tweet.js is read beside tweets.js, never alone") {
    auto store = NewStore();
    auto report = ImportFile(*store, SourcePath("tests/fixtures/x-archive/data/tweets.js"), For("ceo"));
    REQUIRE(report.ok());
    PostQuery q;
    q.account_id = (*store->FindAccount(Platform::kX, "ceo"))->id;
    auto posts = store->ListPosts(q);
    REQUIRE(posts->size() == 4);
    CHECK((*posts)[0].text.find("200 000 véhicules par an.") != std::string::npos);
    auto alone = ImportFile(*store, SourcePath("tests/fixtures/x-archive/data/note-tweet.js"), For("ceo"));
    CHECK_FALSE(alone.ok());
  }

  TEST_CASE("with a text pipeline, derived data is stored and its version recorded") {
    auto store = NewStore();
    ImportOptions options = For("ceo");
    options.text.version = "test-words-1";
    options.text.make_analyzer = []() -> Result<AnalyzeFn> { return AnalyzeFn(WordAnalysis); };
    options.text.canonical_url = [](std::string_view url) {
      std::string u(url);
      std::size_t q = u.find('?');
      return q == std::string::npos ? u : u.substr(0, q);
    };
    auto report = ImportFile(*store, SourcePath("tests/fixtures/x-archive/data/tweets.js"), options);
    REQUIRE(report.ok());
    CHECK(*store->GetMeta("text_pipeline") ==
          "test-words-1/entities-1/features-" + std::to_string(similarity::kFeaturesVersion) +
              "/index-" + std::to_string(similarity::kIndexVersion));
    // Every post has its features and its keys in the overlap index.
    CHECK(Count(*store, "post_features") == Count(*store, "posts"));
    CHECK(Count(*store, "overlap_postings") > 0);
    PostQuery q;
    q.account_id = (*store->FindAccount(Platform::kX, "ceo"))->id;
    auto posts = store->ListPosts(q);
    const Post& hiring = posts->back();
    REQUIRE(hiring.platform_id == "1657435576369332225");
    auto e = store->GetEntities(hiring.id);
    REQUIRE(e.ok());
    CHECK(e->links == std::vector<std::string>{"https://www.exemple.fr/recrutement"});
    CHECK(e->hashtags == std::vector<std::string>{"emploi"});
    CHECK(e->figures == std::vector<Figure>{{"1", 1}, {"200", 200}});
  }

  TEST_CASE("with the real text layer: expanded links, hashtags, mentions and figures") {
    auto store = NewStore();
    ImportOptions options = For("ceo");
    options.text = MakeTextPipeline();
    options.analysis_threads = 2;
    Importer importer(store.get(), options);  // one pool of analyzers for both files
    for (const char* fixture : {"tests/fixtures/x-archive/data/tweets.js",
                                "tests/fixtures/bluesky_posts.json"}) {
      auto report = importer.Import(SourcePath(fixture));
      REQUIRE_MESSAGE(report.ok(), report.status().ToString());
    }
    auto entities_of = [&](Platform platform, const std::string& id) {
      PostQuery q;
      q.account_id = (*store->FindAccount(platform, "ceo"))->id;
      auto posts = store->ListPosts(q);
      for (const Post& p : *posts) {
        if (p.platform_id == id) return *store->GetEntities(p.id);
      }
      FAIL("no post " << id);
      return PostEntities();
    };
    PostEntities hiring = entities_of(Platform::kX, "1657435576369332225");
    CHECK(hiring.links == std::vector<std::string>{"https://exemple.fr/recrutement"});
    CHECK(hiring.hashtags == std::vector<std::string>{"emploi"});
    CHECK(hiring.figures == std::vector<Figure>{{"1200", 1200}});
    PostEntities retweet = entities_of(Platform::kX, "1657000000000000001");
    CHECK(retweet.mentions == std::vector<std::string>{"entreprise_sa"});
    CHECK(retweet.figures == std::vector<Figure>{{"12%", 12}});
    // Bluesky: the link facet's byte range shows "exemple.fr/annonce…".
    PostEntities bsky = entities_of(Platform::kBluesky, "3k2aaaaaaa2");
    CHECK(bsky.links == std::vector<std::string>{"https://exemple.fr/annonce-complete"});
    CHECK(bsky.hashtags == std::vector<std::string>{"innovation"});
    CHECK(store->GetMeta("text_pipeline")->rfind("text-", 0) == 0);
  }

  TEST_CASE("analysis threads keep file order and give each post its own entities") {
    auto path = SharedData("tweets-fr/presidentielle2022/vpecresse.csv");
    if (!path) return;
    std::vector<std::vector<std::string>> runs;
    for (int threads : {1, 3}) {
      auto store = NewStore();
      ImportOptions options = For("vpecresse");
      options.text.version = "test-words-1";
      options.text.make_analyzer = []() -> Result<AnalyzeFn> { return AnalyzeFn(WordAnalysis); };
      options.text.canonical_url = [](std::string_view url) { return std::string(url); };
      options.analysis_threads = threads;
      Importer importer(store.get(), options);
      // A rejected file first: its pending work is dropped, the pool serves on.
      CHECK_FALSE(importer.Import(SourcePath("tests/fixtures/bad_date.csv")).ok());
      auto report = importer.Import(*path);
      REQUIRE(report.ok());
      CHECK(report->run.inserted == 3745);
      PostQuery q;
      q.account_id = (*store->FindAccount(Platform::kX, "vpecresse"))->id;
      auto posts = store->ListPosts(q);
      std::vector<std::string> rows;
      for (const Post& p : *posts) {
        PostEntities e = *store->GetEntities(p.id);
        // What the stand-in analyzer gives for this very text, recomputed.
        std::set<std::string> expected;
        for (const auto& t : WordAnalysis(p.text).tokens) {
          if (t.type == text::TokenType::kHashtag) expected.insert(t.key);
        }
        CHECK(std::set<std::string>(e.hashtags.begin(), e.hashtags.end()) == expected);
        rows.push_back(p.platform_id + " " + std::to_string(p.id) + " " +
                       std::to_string(e.links.size()) + " " + std::to_string(e.hashtags.size()));
      }
      runs.push_back(rows);
    }
    CHECK(runs[0] == runs[1]);
  }

  TEST_CASE("every shared format sample and French feed imports") {
    struct Case {
      const char* path;
      const char* account;  // "" for files naming their authors
      bool skip_invalid;
      std::int64_t inserted;
    };
    const Case kCases[] = {
        {"formats/twitter-archive/tweets.sample40.js", "archive_owner", false, 40},
        {"formats/twitter-api-v2/single_tweet_tweet_fields.json", "TwitterDev", false, 1},
        {"formats/twitter-api-v2/multiple_tweets_tweet_fields.json", "api", false, 58},
        {"formats/twitter-api-v2/recent_search_default.json", "search", false, 10},
        {"formats/twitter-api-v2/recent_search_tweet_fields.json", "search", false, 10},
        {"formats/twitter-api-v2/recent_search_tweet_and_user_fields.json", "", false, 4},
        {"formats/twitter-api-v2/user_by_username_pinned_tweet.json", "", false, 1},
        // Its one tweet (id 20, 2006) has no date: importable only as "skip it".
        {"formats/twitter-api-v2/multiple_tweets_one_deleted.json", "api", true, 0},
        {"formats/mastodon/outbox.sample25.json", "dealingwith", false, 25},
        {"formats/linkedin/Shares.sample40.csv", "sanand", false, 40},
        {"tweets-fr/axa/axa.csv", "AXA", false, 200},
        {"tweets-fr/saegus/saegus_tweets.json", "saegus_france", false, 100},
        {"tweets-fr/debat2017/tweets_debat.csv", "", false, 345},
        {"tweets-fr/debat2017/tweets_debat_20170404.csv", "", false, 423},
        {"tweets-fr/presidentielle2022/MLP_officiel.csv", "MLP_officiel", false, 4317},
        {"tweets-fr/presidentielle2022/JLMelenchon.csv", "JLMelenchon", false, 4639},
        {"tweets-fr/presidentielle2022/vpecresse.csv", "vpecresse", false, 3745},
    };
    auto store = NewStore();
    for (const Case& c : kCases) {
      CAPTURE(c.path);
      auto path = SharedData(c.path);
      if (!path) return;
      ImportOptions options = For(c.account);
      options.skip_invalid = c.skip_invalid;
      auto report = ImportFile(*store, *path, options);
      REQUIRE_MESSAGE(report.ok(), report.status().ToString());
      // debat2017's two nights share no tweet, and 2022's feeds overlap it not.
      CHECK(report->run.inserted == c.inserted);
    }
  }
}

}  // namespace redite::ingest
