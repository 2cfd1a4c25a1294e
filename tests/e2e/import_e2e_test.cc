// End-to-end: the built `redite` binary's import, accounts and posts.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "test_support.h"

namespace redite {
namespace {

using testing::RediteBinary;
using testing::RunCommand;
using testing::SourcePath;
using testing::TempDir;

std::string Db() { return TempDir() + "/e2e.db"; }

}  // namespace

TEST_SUITE("e2e import") {
  TEST_CASE("import, list accounts and posts, and a re-import is a no-op") {
    std::string db = Db();
    std::string archive = SourcePath("tests/fixtures/x-archive/data/tweets.js");
    std::string out, err;
    int rc = RunCommand(RediteBinary() + " import --db " + db +
                            " --account @dirigeant --role person " + archive,
                        &out, &err);
    CHECK_MESSAGE(rc == 0, err);
    CHECK(out == archive + ": x-archive (4 records): 4 new, 0 already stored, 0 skipped\n");
    rc = RunCommand(RediteBinary() + " import --db " + db + " --account @dirigeant --role person " +
                        archive,
                    &out, &err);
    CHECK(rc == 0);
    CHECK(out == archive + ": already imported (same content), nothing to do\n");
    rc = RunCommand("REDITE_DB=" + db + " " + RediteBinary() + " accounts --format json", &out,
                    &err);
    REQUIRE(rc == 0);
    auto accounts = nlohmann::json::parse(out);
    REQUIRE(accounts.size() == 1);
    CHECK(accounts[0]["handle"] == "dirigeant");
    CHECK(accounts[0]["posts"] == 4);
    CHECK(accounts[0]["first_post"] == "2023-05-08T10:00:00Z");
    rc = RunCommand(RediteBinary() + " posts --db " + db +
                        " @dirigeant --since 2023-05-09 --until 2023-05-13 --format jsonl",
                    &out, &err);
    REQUIRE(rc == 0);
    CHECK(out.find("\"kind\":\"reply\"") != std::string::npos);
    CHECK(out.find("\"kind\":\"retweet\"") != std::string::npos);
    CHECK(std::count(out.begin(), out.end(), '\n') == 2);
  }

  TEST_CASE("a bad record: exit 2, a message naming file, record and field, nothing stored") {
    std::string db = Db();
    std::string bad = SourcePath("tests/fixtures/bad_date.csv");
    std::string out, err;
    int rc = RunCommand(RediteBinary() + " import --db " + db + " --account ceo --role person " + bad,
                        &out, &err);
    CHECK(rc == 2);
    CHECK(err == "redite import: " + bad +
                     ": record 3 (line 5): date: \"2023-02-30T10:00:00Z\": not a date (no such day "
                     "in that month) (--skip-invalid imports the rest)\n");
    rc = RunCommand(RediteBinary() + " accounts --db " + db + " --format json", &out, &err);
    CHECK(rc == 0);
    CHECK(nlohmann::json::parse(out).empty());
    rc = RunCommand(RediteBinary() + " import --db " + db +
                        " --account ceo --role person --skip-invalid " + bad,
                    &out, &err);
    CHECK(rc == 0);
    CHECK(out == bad + ": csv (4 records): 3 new, 0 already stored, 1 skipped\n");
    CHECK(err.find("skipped record 3 (line 5): date:") != std::string::npos);
  }

  TEST_CASE("usage errors exit 2") {
    std::string out, err;
    CHECK(RunCommand(RediteBinary() + " import --db " + Db() + " --role boss x.csv", &out, &err) == 2);
    CHECK(err == "redite import: --role boss: expected person or corporate\n");
    CHECK(RunCommand(RediteBinary() + " import --db " + Db() + " --role person --column foo=bar x.csv",
                     &out, &err) == 2);
    CHECK(RunCommand(RediteBinary() + " import --role person", &out, &err) == 2);
    CHECK(RunCommand(RediteBinary() + " posts --db " + Db() + "-missing @x", &out, &err) == 2);
    CHECK(err.find("no such database") != std::string::npos);
    CHECK(RunCommand(RediteBinary() + " import --db " + Db() + " --role person --account a " +
                         TempDir() + "/absent.csv",
                     &out, &err) == 2);
    CHECK(err.find("absent.csv: cannot open") != std::string::npos);
  }

  TEST_CASE("stdin and --format with --column mapping (a scheduling tool's CSV)") {
    std::string db = Db();
    std::string out, err;
    int rc = RunCommand("printf 'Date,Message,Link\\n2024-01-15 09:00:00,Bonne année à tous !,"
                        "https://exemple.fr\\n' | " +
                            RediteBinary() + " import --db " + db +
                            " --account corp --role corporate --format csv --column date=Date "
                            "--column text=Message --column url=Link -",
                        &out, &err);
    CHECK_MESSAGE(rc == 0, err);
    CHECK(out == "-: csv (1 records): 1 new, 0 already stored, 0 skipped\n");
    rc = RunCommand(RediteBinary() + " posts --db " + db + " @corp", &out, &err);
    CHECK(rc == 0);
    CHECK(out.find("2024-01-15T09:00:00Z  original  h:") == 0);
  }
}

}  // namespace redite
