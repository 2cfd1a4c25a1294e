// End-to-end: `redite drafts` reads draft files as `redite hook` will.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "test_support.h"

namespace redite {
namespace {

using testing::RediteBinary;
using testing::RunCommand;
using testing::TempDir;
using testing::WriteFile;

}  // namespace

TEST_SUITE("e2e drafts") {
  TEST_CASE("Markdown, Buffer CSV and stdin - column mapping and month-first dates by flag") {
    std::string dir = TempDir();
    WriteFile(dir + "/mars.md", "---\naccount: \"@ceo\"\n---\nUn.\n---\nDeux.\nredite: ignore\n");
    WriteFile(dir + "/cal.csv", "Jour,Texte\n03/14/2025 10:00,Bonjour\n");
    std::string out, err;
    int rc = RunCommand(RediteBinary() + " drafts --format json --text-column Texte "
                                         "--date-column Jour --month-first " +
                            dir + "/mars.md " + dir + "/cal.csv",
                        &out, &err);
    REQUIRE_MESSAGE(rc == 0, err);
    nlohmann::json j = nlohmann::json::parse(out);
    REQUIRE(j.size() == 3);
    CHECK(j[0]["line"] == 4);
    CHECK(j[0]["account"] == "ceo");
    CHECK(j[0]["ignored"] == false);
    CHECK(j[1]["text"] == "Deux.\nredite: ignore");
    CHECK(j[1]["ignored"] == true);
    CHECK(j[2]["date"] == "2025-03-14T10:00:00Z");
    CHECK(j[2]["text"] == "Bonjour");
    rc = RunCommand("printf 'Depuis stdin\\n' | " + RediteBinary() + " drafts -", &out, &err);
    REQUIRE_MESSAGE(rc == 0, err);
    CHECK(out == "<stdin>:1: Depuis stdin\n");
  }

  TEST_CASE("bad input: one line naming file and line, exit code 2") {
    std::string dir = TempDir();
    WriteFile(dir + "/b.csv", "Text,Posting Time\nBon,2025-02-30 10:00\n");
    WriteFile(dir + "/vide.md", "Un.\n---\n\n");
    struct Case {
      std::string file;
      std::string expected;
    };
    const Case kCases[] = {
        {dir + "/b.csv", dir + "/b.csv: line 2: column \"Posting Time\":"},
        {dir + "/vide.md", dir + "/vide.md: line 3: empty draft"},
        {dir + "/absent.md", dir + "/absent.md: cannot open"},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.file);
      std::string out, err;
      CHECK(RunCommand(RediteBinary() + " drafts " + c.file, &out, &err) == 2);
      CHECK(out.empty());
      CHECK(err.rfind("redite: " + c.expected, 0) == 0);
      CHECK(err.find('\n') == err.size() - 1);
    }
  }
}

}  // namespace redite
