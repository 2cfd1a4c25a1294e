#include "redite/workflows/config.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace redite::workflows {
namespace {

using similarity::Level;

constexpr const char* kFullConfig = R"(# redite configuration
database = "data/redite.db"
window = "30d"
fail_level = "near-duplicate"
extra_stopwords = ["Groupe", "acme"]
ignore_phrases = ["Suivez-nous sur LinkedIn"]

[[accounts]]
handle = "@acme"
role = "corporate"

[[accounts]]
handle = "ceo_acme"
role = "person"
platform = "bluesky"

[thresholds]
rewording = 0.6
same_topic = 0.3
)";

}  // namespace

TEST_SUITE("Config") {
  TEST_CASE("reads every key and remembers the line of each value") {
    auto c = ParseConfig(kFullConfig, "conf/redite.toml");
    REQUIRE_MESSAGE(c.ok(), c.status().message());
    CHECK(c->file == "conf/redite.toml");
    // Relative to the file's folder.
    CHECK(c->database.value == "conf/data/redite.db");
    CHECK(c->database.from.ToString() == "conf/redite.toml:2");
    CHECK(c->window.value.seconds == 30 * 86400);
    CHECK_FALSE(c->window.value.all);
    CHECK(c->window.from.line == 3);
    CHECK(c->fail_level.value == Level::kNearDuplicate);
    CHECK(c->fail_level.from.line == 4);
    CHECK(c->extra_stopwords.value == std::vector<std::string>{"groupe", "acme"});
    CHECK(c->ignore_phrases.value == std::vector<std::string>{"Suivez-nous sur LinkedIn"});
    REQUIRE(c->accounts.value.size() == 2);
    CHECK(c->accounts.value[0].handle == "acme");
    CHECK(c->accounts.value[0].role == AccountRole::kCorporate);
    CHECK(c->accounts.value[0].platform == Platform::kX);
    CHECK(c->accounts.value[1].handle == "ceo_acme");
    CHECK(c->accounts.value[1].role == AccountRole::kPerson);
    CHECK(c->accounts.value[1].platform == Platform::kBluesky);
    CHECK(AccountsWithRole(*c, AccountRole::kCorporate).size() == 1);
    REQUIRE(c->rewording_threshold.value.has_value());
    CHECK(*c->rewording_threshold.value == doctest::Approx(0.6));
    CHECK(c->rewording_threshold.from.line == 18);
    CHECK_FALSE(c->near_duplicate_threshold.value.has_value());
    CHECK(c->near_duplicate_threshold.from.origin == Provenance::Origin::kDefault);
  }

  TEST_CASE("an empty file keeps the defaults") {
    auto c = ParseConfig("", "redite.toml");
    REQUIRE(c.ok());
    CHECK(c->database.value == "redite.db");
    CHECK(c->database.from.ToString() == "default");
    CHECK(c->window.value.seconds == 90 * 86400);
    CHECK(c->fail_level.value == Level::kRewording);
    CHECK(c->accounts.value.empty());
  }

  TEST_CASE("unknown keys and bad values name the file and the line") {
    struct Case {
      const char* name;
      const char* toml;
      const char* expected;  // a part of the message
    };
    const Case kCases[] = {
        {"unknown top-level key", "database = \"x.db\"\nwindw = \"30d\"\n",
         "cfg.toml: line 2: unknown key \"windw\""},
        {"bad window", "\n\nwindow = \"30 days\"\n", "cfg.toml: line 3: window \"30 days\""},
        {"window of the wrong type", "window = 30\n", "cfg.toml: line 1: window: expected a string"},
        {"bad fail level", "fail_level = \"distinct\"\n", "cfg.toml: line 1: fail_level \"distinct\""},
        {"threshold out of range", "[thresholds]\nrewording = 1.5\n",
         "cfg.toml: line 2: thresholds.rewording 1.5"},
        {"unknown threshold", "[thresholds]\nrewrding = 0.5\n",
         "cfg.toml: line 2: thresholds: unknown key \"rewrding\""},
        {"threshold not a number", "[thresholds]\nrewording = \"high\"\n",
         "cfg.toml: line 2: thresholds.rewording: expected a number"},
        {"account without role", "[[accounts]]\nhandle = \"acme\"\n",
         "cfg.toml: line 1: accounts: missing role"},
        {"bad role", "[[accounts]]\nhandle = \"acme\"\nrole = \"boss\"\n",
         "cfg.toml: line 3: accounts.role \"boss\""},
        {"unknown account key", "[[accounts]]\nhandle = \"acme\"\nrole = \"person\"\nname = \"A\"\n",
         "cfg.toml: line 4: accounts: unknown key \"name\""},
        {"account listed twice",
         "[[accounts]]\nhandle = \"acme\"\nrole = \"person\"\n[[accounts]]\nhandle = "
         "\"@acme\"\nrole = \"corporate\"\n",
         "listed twice"},
        {"stopwords not strings", "extra_stopwords = [\"a\", 2]\n",
         "cfg.toml: line 1: extra_stopwords: expected an array of strings"},
        {"TOML syntax error", "database = \"x.db\"\nwindow = \n", "cfg.toml: line 2:"},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.name);
      auto r = ParseConfig(c.toml, "cfg.toml");
      REQUIRE_FALSE(r.ok());
      CHECK(r.status().code() == Status::Code::kInvalidArgument);
      CHECK_MESSAGE(r.status().message().find(c.expected) != std::string::npos,
                    r.status().message());
    }
  }

  TEST_CASE("windows: all, hours, days, weeks, years - anything else is refused") {
    CHECK(ParseWindow("all")->all);
    CHECK(ParseWindow("24h")->seconds == 86400);
    CHECK(ParseWindow("90d")->seconds == 90 * 86400);
    CHECK(ParseWindow("2w")->seconds == 14 * 86400);
    CHECK(ParseWindow("1y")->seconds == 365 * 86400);
    CHECK(WindowStart(*ParseWindow("2d"), 1000000) == 1000000 - 2 * 86400);
    CHECK_FALSE(WindowStart(*ParseWindow("all"), 1000000).has_value());
    for (const char* bad : {"", "d", "0d", "-3d", "3", "3m", "3 d", "1.5d", "ALL"}) {
      CAPTURE(bad);
      CHECK_FALSE(ParseWindow(bad).ok());
    }
  }

  TEST_CASE("values set by flags and environment replace the file's and say so") {
    auto c = ParseConfig(kFullConfig, "redite.toml");
    REQUIRE(c.ok());
    REQUIRE(SetConfigValue(&*c, "window", "all", Provenance::Flag("--window")).ok());
    CHECK(c->window.value.all);
    CHECK(c->window.from.ToString() == "flag --window");
    REQUIRE(SetConfigValue(&*c, "database", "/tmp/x.db", Provenance::Env("REDITE_DB")).ok());
    CHECK(c->database.value == "/tmp/x.db");
    CHECK(c->database.from.ToString() == "env REDITE_DB");
    REQUIRE(SetConfigValue(&*c, "thresholds.near_duplicate", "0.8", Provenance::Flag("--x")).ok());
    CHECK(*c->near_duplicate_threshold.value == doctest::Approx(0.8));
    Status bad = SetConfigValue(&*c, "fail_level", "grave", Provenance::Flag("--fail-level"));
    CHECK_FALSE(bad.ok());
    CHECK(bad.message().find("flag --fail-level: fail_level \"grave\"") != std::string::npos);
    CHECK_FALSE(SetConfigValue(&*c, "colour", "x", Provenance::Flag("--colour")).ok());
    // The failed calls changed nothing.
    CHECK(c->fail_level.value == Level::kNearDuplicate);
  }

  TEST_CASE("threshold overrides apply to the fitted model and must stay ordered") {
    similarity::ScorerModel model;
    model.rewording = 0.5;
    model.same_topic = 0.25;
    model.near_duplicate = 0.75;
    auto c = ParseConfig("[thresholds]\nsame_topic = 0.55\n", "t.toml");
    REQUIRE(c.ok());
    Status s = ValidateThresholds(*c, model);
    CHECK_FALSE(s.ok());
    CHECK(s.message().find("t.toml: line 2") != std::string::npos);
    auto ok = ParseConfig("[thresholds]\nrewording = 0.6\nnear_duplicate = 0.9\n", "t.toml");
    REQUIRE(ok.ok());
    CHECK(ValidateThresholds(*ok, model).ok());
    ApplyThresholds(*ok, &model);
    CHECK(model.rewording == doctest::Approx(0.6));
    CHECK(model.same_topic == doctest::Approx(0.25));
    CHECK(model.near_duplicate == doctest::Approx(0.9));
  }

  TEST_CASE("extra stopwords reach the lexicon options") {
    auto c = ParseConfig("extra_stopwords = [\"Groupe\"]\n", "s.toml");
    REQUIRE(c.ok());
    text::AnalyzerOptions options;
    options.lexicon.extra_stopwords = {"déjà"};
    ApplyStopwords(*c, &options);
    CHECK(options.lexicon.extra_stopwords == std::vector<std::string>{"déjà", "groupe"});
  }

  TEST_CASE("the file is found in the folder or the nearest parent") {
    std::string root = testing::TempDir();
    testing::WriteFile(root + "/projet/redite.toml", "window = \"7d\"\n");
    std::filesystem::create_directories(root + "/projet/brouillons/mars");
    auto found = FindConfigFile(root + "/projet/brouillons/mars");
    REQUIRE(found.has_value());
    CHECK(std::filesystem::equivalent(*found, root + "/projet/redite.toml"));
    auto loaded = LoadConfigFile(*found);
    REQUIRE(loaded.ok());
    CHECK(loaded->window.value.seconds == 7 * 86400);
    std::filesystem::create_directories(root + "/ailleurs");
    // Nothing in `ailleurs` nor above it (the temporary folder has no redite.toml).
    auto none = FindConfigFile(root + "/ailleurs");
    if (none) CHECK(std::filesystem::path(*none).parent_path() != root + "/ailleurs");
    CHECK(LoadConfigFile(root + "/absent.toml").status().code() == Status::Code::kNotFound);
  }

  TEST_CASE("DescribeConfig lists each value with its origin") {
    auto c = ParseConfig(kFullConfig, "redite.toml");
    REQUIRE(c.ok());
    bool saw_window = false, saw_account = false, saw_default = false;
    for (const ConfigEntry& e : DescribeConfig(*c)) {
      if (e.key == "window") {
        saw_window = true;
        CHECK(e.value == "\"30d\"");
        CHECK(e.from.ToString() == "redite.toml:3");
      }
      if (e.key == "accounts" && e.value.find("@ceo_acme person (bluesky)") == 0) {
        saw_account = true;
        CHECK(e.from.line == 12);
      }
      if (e.key == "thresholds.near_duplicate") {
        saw_default = e.from.origin == Provenance::Origin::kDefault;
      }
    }
    CHECK(saw_window);
    CHECK(saw_account);
    CHECK(saw_default);
  }
}

}  // namespace redite::workflows
