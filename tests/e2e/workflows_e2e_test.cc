// End-to-end: the three workflows (check, hook, audit), accept and the
// configuration, run with the built binary on the demo corpus (corpus/demo).
// One demo database is imported per test binary run; tests that record audit
// runs or accepted pairs work on a copy of it.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "e2e/demo_corpus.h"
#include "test_support.h"

namespace redite {
namespace {

using testing::Demo;
using testing::DemoDb;
using testing::DemoDbCopy;
using testing::Quote;
using testing::ReadFile;
using testing::Redite;
using testing::RediteBinary;
using testing::RunCommand;
using testing::SourcePath;
using testing::SplitLines;
using testing::TempDir;
using testing::WriteFile;
using testing::kCorporate;
using testing::kPerson;

// The audits of most tests: two months of the demo year (65 CEO posts).
constexpr const char* kSince = "2026-01-01";
constexpr const char* kUntil = "2026-03-01";

std::string Draft(const std::string& name) { return SourcePath("corpus/demo/drafts/" + name); }

std::string AuditArgs(const std::string& db) {
  return std::string("audit ") + db + " --person " + kPerson + " --corporate " + kCorporate +
         " --since " + kSince + " --until " + kUntil;
}

// The JSON report of a dry-run audit of the whole demo year (several
// hundred posts) with `extra` options; fails the test unless it exits 1.
nlohmann::json WholeYearAuditJson(const std::string& extra) {
  std::string out, err;
  const int rc = Redite(std::string("audit ") + DemoDb() + " --person " + kPerson +
                            " --corporate " + kCorporate +
                            " --since 2025-01-01 --until 2027-01-01 --dry-run --format json " +
                            extra,
                        &out, &err);
  REQUIRE_MESSAGE(rc == 1, err);
  return nlohmann::json::parse(out);
}

// The required parts of a SARIF 2.1.0 log that redite fills: version, $schema,
// the driver's name and rules, each result's rule, message and location;
// every ruleId is a declared rule. Returns the results.
nlohmann::json CheckSarif(const std::string& text) {
  nlohmann::json log = nlohmann::json::parse(text);
  CHECK(log.at("version") == "2.1.0");
  CHECK(log.at("$schema").get<std::string>().find("sarif-schema-2.1.0") != std::string::npos);
  REQUIRE(log.at("runs").is_array());
  REQUIRE(log["runs"].size() == 1);
  const nlohmann::json& run = log["runs"][0];
  const nlohmann::json& driver = run.at("tool").at("driver");
  CHECK(driver.at("name") == "redite");
  std::set<std::string> rules;
  for (const nlohmann::json& rule : driver.at("rules")) {
    REQUIRE(rule.at("id").is_string());
    rules.insert(rule["id"].get<std::string>());
  }
  CHECK(rules.count("redite/rewording") == 1);
  for (const nlohmann::json& result : run.at("results")) {
    std::string rule = result.at("ruleId");
    CAPTURE(rule);
    CHECK(rules.count(rule) == 1);
    CHECK_FALSE(result.at("message").at("text").get<std::string>().empty());
    std::string level = result.value("level", "warning");
    CHECK((level == "error" || level == "warning" || level == "note" || level == "none"));
    REQUIRE_FALSE(result.at("locations").empty());
    for (const nlohmann::json& location : result["locations"]) {
      const nlohmann::json& physical = location.at("physicalLocation");
      CHECK_FALSE(physical.at("artifactLocation").at("uri").get<std::string>().empty());
      CHECK(physical.at("region").at("startLine").get<int>() >= 1);
    }
  }
  return run["results"];
}

// Each line of a github-format report is a workflow command with file and line.
void CheckGithub(const std::string& text) {
  std::vector<std::string> lines = SplitLines(text);
  REQUIRE_FALSE(lines.empty());
  for (const std::string& line : lines) {
    CAPTURE(line);
    CHECK((line.rfind("::error ", 0) == 0 || line.rfind("::warning ", 0) == 0));
    CHECK(line.find("file=") != std::string::npos);
    CHECK(line.find(",line=") != std::string::npos);
  }
}

// An error: exit code 2, nothing on stdout, one line on stderr containing `expected`.
void CheckOneLineError(int rc, const std::string& out, const std::string& err,
                       const std::string& expected) {
  CHECK(rc == 2);
  CHECK(out.empty());
  CHECK(err.find(expected) != std::string::npos);
  CHECK(std::count(err.begin(), err.end(), '\n') == 1);
  CHECK((!err.empty() && err.back() == '\n'));
}

int LevelRank(const std::string& level) {
  static const std::map<std::string, int> kRanks = {{"distinct", 0},
                                                    {"same-topic", 1},
                                                    {"rewording", 2},
                                                    {"near-duplicate", 3},
                                                    {"duplicate", 4}};
  auto it = kRanks.find(level);
  REQUIRE_MESSAGE(it != kRanks.end(), "unknown level " << level);
  return it->second;
}

}  // namespace

TEST_SUITE("e2e workflows") {
  TEST_CASE(
      "check: the redundant draft fails naming the corporate account, the distinct one passes") {
    std::string db = DemoDb();
    std::string out, err;
    int rc =
        Redite("check " + db + " --window all --file " + Quote(Draft("redondant.md")), &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    CHECK(out.find("FAIL: rewording") != std::string::npos);
    CHECK(out.find(kCorporate) != std::string::npos);
    CHECK(out.find("2026-10-28") != std::string::npos);  // the corporate post it rewords
    rc = Redite("check " + db + " --window all --file " + Quote(Draft("distinct.md")), &out, &err);
    CHECK_MESSAGE(rc == 0, err);
    CHECK(out.find("ok: repeats nothing") != std::string::npos);
  }

  TEST_CASE("check: the draft as an argument and from stdin give the same JSON") {
    std::string db = DemoDb();
    std::string text = ReadFile(Draft("redondant.md"));
    while (!text.empty() && text.back() == '\n') text.pop_back();
    REQUIRE(text.find('\'') == std::string::npos);  // quoted for the shell below
    std::string from_argument, from_stdin, err;
    int rc =
        Redite("check " + db + " --window all --format json " + Quote(text), &from_argument, &err);
    CHECK_MESSAGE(rc == 1, err);
    rc = Redite("check " + db + " --window all --format json -", &from_stdin, &err, "",
                "< " + Quote(Draft("redondant.md")));
    CHECK_MESSAGE(rc == 1, err);
    nlohmann::json a = nlohmann::json::parse(from_argument);
    nlohmann::json b = nlohmann::json::parse(from_stdin);
    CHECK(a["checked"][0]["file"] == "<argument>");
    CHECK(b["checked"][0]["file"] == "<stdin>");
    for (nlohmann::json* j : {&a, &b}) {  // only the draft's name differs
      (*j)["checked"][0].erase("file");
      (*j)["checked"][0].erase("id");
    }
    CHECK(a == b);
  }

  TEST_CASE("check --format json: the documented fields") {
    std::string db = DemoDb();
    std::string out, err;
    int rc =
        Redite("check " + db + " --window all --format json --file " + Quote(Draft("redondant.md")),
               &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    nlohmann::json j = nlohmann::json::parse(out);
    CHECK(j.at("tool") == "redite");
    CHECK(j.at("format_version") == 1);
    CHECK(j.at("version").is_string());
    CHECK(j.at("fail_level") == "rewording");
    CHECK(j.at("failed") == true);
    REQUIRE(j.at("checked").size() == 1);
    const nlohmann::json& c = j["checked"][0];
    for (const char* key : {"id", "account", "file", "line", "created_at", "text",
                            "weighted_length", "over_length", "level", "failed", "findings"}) {
      CAPTURE(key);
      CHECK(c.contains(key));
    }
    CHECK(c["file"] == Draft("redondant.md"));
    CHECK(c["line"] == 1);
    CHECK(c["level"] == "rewording");
    CHECK(c["over_length"] == false);
    CHECK(c["weighted_length"].get<int>() > 100);
    REQUIRE_FALSE(c["findings"].empty());
    const nlohmann::json& f = c["findings"][0];
    for (const char* key : {"level", "score", "failed", "match", "lag_seconds", "first_said",
                            "signals", "contributions", "shared_passages", "shared_lemmas",
                            "shared_links", "shared_hashtags", "shared_figures"}) {
      CAPTURE(key);
      CHECK(f.contains(key));
    }
    for (const char* key : {"id", "account", "created_at", "text", "url"}) {
      CAPTURE(key);
      CHECK(f["match"].contains(key));
    }
    CHECK(f["match"]["id"] == "2115451073741266523");  // corpus/demo/README.md
    CHECK(f["match"]["account"] == "Helvion_Groupe");
    CHECK(f["score"].get<double>() > 0);
    CHECK(f["score"].get<double>() <= 1);
    // Shared passages are byte ranges of the original texts.
    std::string subject = c["text"];
    std::string match = f["match"]["text"];
    REQUIRE_FALSE(f["shared_passages"].empty());
    for (const nlohmann::json& p : f["shared_passages"]) {
      std::size_t start = p["subject"]["start"], end = p["subject"]["end"];
      REQUIRE(end <= subject.size());
      CHECK(subject.substr(start, end - start) == p["subject"]["text"]);
      start = p["match"]["start"];
      end = p["match"]["end"];
      REQUIRE(end <= match.size());
      CHECK(match.substr(start, end - start) == p["match"]["text"]);
    }
  }

  TEST_CASE("check --format github and sarif: workflow commands and a SARIF 2.1.0 log") {
    std::string db = DemoDb();
    std::string out, err;
    int rc = Redite(
        "check " + db + " --window all --format github --file " + Quote(Draft("redondant.md")),
        &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    CheckGithub(out);
    CHECK(out.rfind("::error file=" + Draft("redondant.md") + ",line=1,", 0) == 0);
    rc = Redite(
        "check " + db + " --window all --format sarif --file " + Quote(Draft("redondant.md")), &out,
        &err);
    CHECK_MESSAGE(rc == 1, err);
    nlohmann::json results = CheckSarif(out);
    REQUIRE_FALSE(results.empty());
    CHECK(results[0]["ruleId"] == "redite/rewording");
    CHECK(results[0]["level"] == "error");
    // A draft with nothing to report is a valid log with no result.
    rc =
        Redite("check " + db + " --window all --format sarif --file " + Quote(Draft("distinct.md")),
               &out, &err);
    CHECK_MESSAGE(rc == 0, err);
    CHECK(CheckSarif(out).empty());
  }

  TEST_CASE("check: colour on a terminal unless NO_COLOR - --color always and never decide") {
    std::string db = DemoDb();
    std::string args = "check " + db + " --window all --file " + Quote(Draft("redondant.md"));
    std::string out, err;
    Redite(args + " --color always", &out, &err, "NO_COLOR=1");
    CHECK(out.find('\x1b') != std::string::npos);
    Redite(args + " --color never", &out, &err);
    CHECK(out.find('\x1b') == std::string::npos);
    Redite(args + " --color auto", &out, &err);  // not a terminal
    CHECK(out.find('\x1b') == std::string::npos);
    Redite(args + " --color always --format json", &out, &err);  // machine formats: never
    CHECK(out.find('\x1b') == std::string::npos);
    // On a terminal (script(1) gives one): colour, unless NO_COLOR is set.
    if (RunCommand("command -v script", &out, &err) != 0) {
      MESSAGE("script(1) not found: the terminal cases are not run");
      return;
    }
    std::string on_terminal = "cd " + Quote(TempDir()) + " && script -qec " +
                              Quote("env -u REDITE_CONFIG -u REDITE_DB -u NO_COLOR %s " +
                                    RediteBinary() + " " + args + " --color auto") +
                              " /dev/null < /dev/null";
    std::string with_color = on_terminal, without_color = on_terminal;
    with_color.replace(with_color.find("%s"), 2, "");
    without_color.replace(without_color.find("%s"), 2, "NO_COLOR=1");
    CHECK(RunCommand(with_color, &out, &err) == 1);
    CHECK(out.find('\x1b') != std::string::npos);
    CHECK(RunCommand(without_color, &out, &err) == 1);
    CHECK(out.find("FAIL: rewording") != std::string::npos);
    CHECK(out.find('\x1b') == std::string::npos);
  }

  TEST_CASE("check --against and --self - the text after an account is the draft") {
    std::string db = DemoDb();
    std::string text = ReadFile(Draft("redondant.md"));
    while (!text.empty() && text.back() == '\n') text.pop_back();
    std::string out, err;
    int rc = Redite("check " + db + " --window all --against @Helvion_Groupe " + Quote(text), &out,
                    &err);
    CHECK_MESSAGE(rc == 1, err);
    CHECK(out.find("FAIL: rewording") != std::string::npos);
    rc = Redite("check " + db +
                    " --window all --against Helvion_Groupe,@Helvion_Groupe --format "
                    "json " +
                    Quote(text),
                &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    // --self: the leader's own posts too (the first post of her archive, repeated).
    std::string own =
        "Toussaint. Je passe chaque année au cimetière de Vienne voir la tombe de "
        "mon père, chaudronnier.";
    rc = Redite("check " + db + " --window all " + Quote(own), &out, &err);
    CHECK_MESSAGE(rc == 0, err);
    rc = Redite("check " + db + " --window all --self --person @MathildeVarenne " + Quote(own),
                &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    CHECK(out.find("@MathildeVarenne 2025-11-01") != std::string::npos);
  }

  TEST_CASE("check --fail-level near-duplicate lets the rewording-only draft pass") {
    std::string db = DemoDb();
    std::string args = "check " + db + " --window all --file " + Quote(Draft("redondant.md"));
    std::string out, err;
    CHECK(Redite(args, &out, &err) == 1);
    CHECK(Redite(args + " --fail-level near-duplicate", &out, &err) == 0);
    CHECK(out.find("ok: rewording") != std::string::npos);  // still shown, not failing
    CHECK(Redite(args + " --fail-level same-topic", &out, &err) == 1);
  }

  TEST_CASE("check: a draft over 280 weighted characters gets a warning") {
    std::string db = DemoDb();
    std::string text = ReadFile(Draft("distinct.md"));
    while (!text.empty() && text.back() == '\n') text.pop_back();
    text += " " + text;  // twice the distinct draft: over 280, repeats nothing
    std::string file = TempDir() + "/long.md";
    WriteFile(file, text + "\n");
    std::string out, err;
    int rc = Redite("check " + db + " --window all --file " + Quote(file), &out, &err);
    CHECK_MESSAGE(rc == 0, err);  // a warning, not a failure
    CHECK(out.find("over the 280") != std::string::npos);
    rc = Redite("check " + db + " --window all --format json --file " + Quote(file), &out, &err);
    nlohmann::json j = nlohmann::json::parse(out);
    CHECK(j["checked"][0]["over_length"] == true);
    CHECK(j["checked"][0]["weighted_length"].get<int>() > 280);
    rc = Redite("check " + db + " --window all --format github --file " + Quote(file), &out, &err);
    CHECK(out.rfind("::warning file=" + file + ",line=1,", 0) == 0);
    CHECK(out.find("280") != std::string::npos);
    rc = Redite("check " + db + " --window all --format sarif --file " + Quote(file), &out, &err);
    nlohmann::json results = CheckSarif(out);
    REQUIRE(results.size() == 1);
    CHECK(results[0]["ruleId"] == "redite/over-length");
  }

  TEST_CASE("check --file reads the file as hook does - front matter, ignore marker, one draft") {
    std::string db = DemoDb();
    std::string dir = TempDir();
    std::string text = ReadFile(Draft("redondant.md"));
    WriteFile(dir + "/front.md",
              "---\ndate: 2026-11-02\naccount: \"@MathildeVarenne\"\n---\n" + text);
    WriteFile(dir + "/ignored.md", text + "redite: ignore\n");
    WriteFile(dir + "/two.md", text + "---\n" + ReadFile(Draft("distinct.md")));
    std::string out, err;
    int rc =
        Redite("check " + db + " --window all --format json --file " + Quote(dir + "/front.md"),
               &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    nlohmann::json j = nlohmann::json::parse(out);
    CHECK(j["checked"][0]["line"] == 5);
    CHECK(j["checked"][0]["text"].get<std::string>().find("date:") == std::string::npos);
    CHECK(j["checked"][0]["account"] == "MathildeVarenne");
    rc = Redite("check " + db + " --window all --file " + Quote(dir + "/ignored.md"), &out, &err);
    CHECK_MESSAGE(rc == 0, err);
    rc = Redite("check " + db + " --window all --file " + Quote(dir + "/two.md"), &out, &err);
    CheckOneLineError(rc, out, err, "2 drafts");
  }

  TEST_CASE("hook: the demo drafts fail with file and line, the distinct ones pass") {
    std::string db = DemoDb();
    std::string md = Draft("calendrier.md"), csv = Draft("calendrier-buffer.csv");
    std::string out, err;
    int rc = Redite("hook " + db + " --window all " + Quote(md) + " " + Quote(csv), &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    // corpus/demo/README.md: calendrier.md drafts 1, 3, 5 echo the corporate
    // account, 2 and 4 do not; Buffer rows 1, 3, 5, 10 echo at rewording or above.
    for (const std::string& failing :
         {md + ":5: FAIL", md + ":9: FAIL", md + ":13: FAIL", csv + ":2: FAIL", csv + ":4: FAIL",
          csv + ":6: FAIL", csv + ":11: FAIL"}) {
      CAPTURE(failing);
      CHECK(out.find(failing) != std::string::npos);
    }
    for (const std::string& passing : {md + ":7: ok", md + ":11: ok"}) {
      CAPTURE(passing);
      CHECK(out.find(passing) != std::string::npos);
    }
    rc = Redite("hook " + db + " --window all " + Quote(Draft("distinct.md")), &out, &err);
    CHECK_MESSAGE(rc == 0, err);
  }

  TEST_CASE("hook: a file whose only draft is marked redite: ignore passes") {
    std::string db = DemoDb();
    std::string file = TempDir() + "/ignore.md";
    WriteFile(file, ReadFile(Draft("redondant.md")) + "redite: ignore\n");
    std::string out, err;
    int rc = Redite("hook " + db + " --window all " + Quote(file), &out, &err);
    CHECK_MESSAGE(rc == 0, err);
    CHECK(out.find("0 checked") != std::string::npos);
    // Without the marker, the same draft fails.
    WriteFile(file, ReadFile(Draft("redondant.md")));
    CHECK(Redite("hook " + db + " --window all " + Quote(file), &out, &err) == 1);
  }

  TEST_CASE("hook: two identical drafts of one file are reported against each other") {
    std::string db = DemoDb();
    std::string dir = TempDir();
    std::string draft =
        "Nous ouvrons à Saint-Priest un atelier de formation aux métiers du froid industriel, "
        "douze places pour des personnes en reconversion.\n";
    WriteFile(dir + "/doublon.md", draft + "---\n" + draft);
    std::string out, err;
    int rc = Redite("hook " + db + " --window all doublon.md", &out, &err, "", "< /dev/null", dir);
    CHECK_MESSAGE(rc == 1, err);
    CHECK(out.find("doublon.md:1: ok") != std::string::npos);  // repeats no corporate post
    CHECK(out.find("doublon.md:3: FAIL: duplicate") != std::string::npos);
    CHECK(out.find("duplicate ") != std::string::npos);
    CHECK(out.find("  doublon.md:1: " + draft.substr(0, 20)) != std::string::npos);

    rc = Redite("hook " + db + " --window all --format github doublon.md", &out, &err, "",
                "< /dev/null", dir);
    CHECK(rc == 1);
    CheckGithub(out);
    CHECK(out.rfind("::error file=doublon.md,line=3,", 0) == 0);
    CHECK(out.find("doublon.md:1") != std::string::npos);

    rc = Redite("hook " + db + " --window all --format sarif doublon.md", &out, &err, "",
                "< /dev/null", dir);
    CHECK(rc == 1);
    nlohmann::json results = CheckSarif(out);
    REQUIRE(results.size() == 1);
    CHECK(results[0]["ruleId"] == "redite/duplicate");
    const nlohmann::json& where = results[0]["locations"][0]["physicalLocation"];
    CHECK(where["artifactLocation"]["uri"] == "doublon.md");
    CHECK(where["region"]["startLine"] == 3);
    REQUIRE(results[0].contains("relatedLocations"));
    CHECK(results[0]["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 1);
  }

  TEST_CASE("hook --format github and sarif on the demo drafts") {
    std::string db = DemoDb();
    std::string md = Draft("calendrier.md"), csv = Draft("calendrier-buffer.csv");
    std::string files = Quote(md) + " " + Quote(csv);
    std::string out, err;
    int rc = Redite("hook " + db + " --window all --format github " + files, &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    CheckGithub(out);
    CHECK(out.find("::error file=" + md + ",line=5,") != std::string::npos);
    CHECK(out.find("::error file=" + csv + ",line=2,") != std::string::npos);
    rc = Redite("hook " + db + " --window all --format sarif " + files, &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    nlohmann::json results = CheckSarif(out);
    std::set<std::pair<std::string, int>> errors;
    for (const nlohmann::json& r : results) {
      if (r["level"] != "error") continue;
      const nlohmann::json& where = r["locations"][0]["physicalLocation"];
      errors.emplace(where["artifactLocation"]["uri"].get<std::string>(),
                     where["region"]["startLine"].get<int>());
    }
    CHECK(errors.size() >= 7);
    CHECK(errors.count({md, 5}) == 1);
    CHECK(errors.count({csv, 11}) == 1);
  }

  TEST_CASE("audit: text, json and csv - posts audited is the number of CEO posts of the period") {
    std::string db = DemoDb();
    std::string out, err;
    REQUIRE(Redite("posts " + db + " " + kPerson + " --since " + kSince + " --until " + kUntil +
                       " --format jsonl",
                   &out, &err) == 0);
    const std::size_t posts = SplitLines(out).size();
    REQUIRE(posts > 20);

    int rc = Redite(AuditArgs(db) + " --dry-run", &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    CHECK(out.rfind(std::to_string(posts) + " posts audited", 0) == 0);
    CHECK(out.find("by level") != std::string::npos);
    CHECK(out.find("findings:") != std::string::npos);
    CHECK(err.empty());  // no progress when stderr is not a terminal

    rc = Redite(AuditArgs(db) + " --dry-run --format json", &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    nlohmann::json j = nlohmann::json::parse(out);
    CHECK(j["summary"]["posts_audited"] == posts);
    CHECK(j["report"]["checked"].size() == posts);
    CHECK(j["summary"]["overlapping"].get<int>() > 0);
    CHECK(j["run"]["id"] == 0);  // --dry-run records nothing
    std::size_t findings = 0;
    for (const nlohmann::json& c : j["report"]["checked"]) {
      CHECK(c["account"] == "MathildeVarenne");
      std::string date = c["created_at"];
      CHECK(date >= kSince);
      CHECK(date < kUntil);
      findings += c["findings"].size();
    }
    CHECK(j["run"]["findings"] == findings);

    rc = Redite(AuditArgs(db) + " --dry-run --format csv", &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    std::vector<std::string> lines = SplitLines(out);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines[0].rfind("subject_id,subject_account,", 0) == 0);
    CHECK(lines[0].find(",match_id,") != std::string::npos);
    CHECK(lines[0].find(",level,score,") != std::string::npos);
    std::size_t rows = 0;  // texts may hold quoted newlines: count the rows by their start
    for (const std::string& line : lines) {
      if (line.find(",MathildeVarenne,") != std::string::npos &&
          line.find(",Helvion_Groupe,") != std::string::npos) {
        ++rows;
      }
    }
    CHECK(rows == findings);
  }

  TEST_CASE("audit --jobs: one thread and three give the same report, in the same order") {
    nlohmann::json a = WholeYearAuditJson("--jobs 1"), b = WholeYearAuditJson("--jobs 3");
    REQUIRE(a["report"]["checked"].size() > 300);
    CHECK(a["run"]["findings"].get<int>() > 0);
    CHECK(a == b);
  }

  TEST_CASE("audit --max-per-post: each post keeps its best findings, the rest are counted") {
    nlohmann::json all = WholeYearAuditJson("--max-per-post 0");
    nlohmann::json one = WholeYearAuditJson("--max-per-post 1");
    CHECK(all["run"]["beyond_max_per_post"] == 0);
    std::size_t posts_with_several = 0;
    for (std::size_t k = 0; k < all["report"]["checked"].size(); ++k) {
      const nlohmann::json& a = all["report"]["checked"][k]["findings"];
      const nlohmann::json& o = one["report"]["checked"][k]["findings"];
      CAPTURE(k);
      REQUIRE(o.size() == std::min<std::size_t>(a.size(), 1));
      if (!a.empty()) CHECK(o[0] == a[0]);  // the most severe one is kept
      posts_with_several += a.size() > 1;
    }
    REQUIRE(posts_with_several > 0);  // else the demo would not test the cut
    CHECK(one["run"]["findings"].get<int>() + one["run"]["beyond_max_per_post"].get<int>() ==
          all["run"]["findings"].get<int>());
    CHECK(one["summary"] == all["summary"]);
  }

  TEST_CASE(
      "audit: runs are recorded - --new shows nothing new the second time, -o writes the file") {
    std::string db = DemoDbCopy();
    std::string out, err;
    int rc = Redite(AuditArgs(db) + " --format json", &out, &err);
    CHECK_MESSAGE(rc == 1, err);
    nlohmann::json first = nlohmann::json::parse(out);
    CHECK(first["run"]["id"].get<int>() > 0);
    CHECK(first["run"]["new_findings"] == first["run"]["findings"]);
    CHECK(first["run"]["previous_run"].is_null());

    rc = Redite(AuditArgs(db) + " --new --format json", &out, &err);
    CHECK_MESSAGE(rc == 0, err);  // nothing new: nothing fails
    nlohmann::json second = nlohmann::json::parse(out);
    CHECK(second["run"]["previous_run"] == first["run"]["id"]);
    CHECK(second["run"]["new_findings"] == 0);
    CHECK(second["run"]["resolved"].empty());
    CHECK(second["run"]["findings"] == first["run"]["findings"]);
    for (const nlohmann::json& c : second["report"]["checked"]) CHECK(c["findings"].empty());
    rc = Redite(AuditArgs(db) + " --new", &out, &err);
    CHECK(rc == 0);
    CHECK(out.find("(0 new since the previous run") != std::string::npos);

    std::string file = TempDir() + "/audit.csv";
    rc = Redite(AuditArgs(db) + " --format csv -o " + Quote(file), &out, &err);
    CHECK(rc == 1);
    CHECK(out.empty());
    CHECK(err.find("report written to " + file) != std::string::npos);
    CHECK(ReadFile(file).rfind("subject_id,", 0) == 0);
    file = TempDir() + "/audit.txt";
    rc = Redite(AuditArgs(db) + " --color always -o " + Quote(file), &out, &err);
    std::string written = ReadFile(file);
    CHECK(written.find("posts audited") != std::string::npos);
    CHECK(written.find('\x1b') == std::string::npos);  // a file gets no colour
  }

  TEST_CASE("accept: an accepted pair is not reported by the next audit") {
    std::string db = DemoDbCopy();
    std::string out, err;
    int rc = Redite(AuditArgs(db) + " --format json", &out, &err);
    REQUIRE_MESSAGE(rc == 1, err);
    nlohmann::json before = nlohmann::json::parse(out);
    std::string post, other;
    for (const nlohmann::json& c : before["report"]["checked"]) {
      if (!c["findings"].empty() && c["failed"] == true) {
        post = c["id"];
        other = c["findings"][0]["match"]["id"];
        break;
      }
    }
    REQUIRE_FALSE(post.empty());
    auto reported = [&](const nlohmann::json& audit) {
      for (const nlohmann::json& c : audit["report"]["checked"]) {
        if (c["id"] != post) continue;
        for (const nlohmann::json& f : c["findings"]) {
          if (f["match"]["id"] == other) return true;
        }
      }
      return false;
    };
    REQUIRE(reported(before));

    rc = Redite("accept " + db + " " + post + " " + other + " --reason 'reprise voulue'", &out,
                &err);
    CHECK_MESSAGE(rc == 0, err);
    CHECK(out.find("accepted: post " + post) != std::string::npos);

    rc = Redite(AuditArgs(db) + " --format json", &out, &err);
    nlohmann::json after = nlohmann::json::parse(out);
    CHECK_FALSE(reported(after));
    CHECK(after["run"]["accepted_left_out"] == 1);
    // The previous run reported it: now resolved, by the acceptance.
    REQUIRE(after["run"]["resolved"].size() == 1);
    CHECK(after["run"]["resolved"][0]["post"] == post);
    CHECK(after["run"]["resolved"][0]["match"] == other);
    CHECK(after["run"]["resolved"][0]["accepted"] == true);
    CHECK(after["run"]["findings"].get<int>() == before["run"]["findings"].get<int>() - 1);
    rc = Redite(AuditArgs(db) + " --format csv", &out, &err);
    bool in_csv = false;
    for (const std::string& line : SplitLines(out)) {
      in_csv |= line.rfind(post + ",", 0) == 0 && line.find("," + other + ",") != std::string::npos;
    }
    CHECK_FALSE(in_csv);

    // accept needs a reason and posts that exist.
    rc = Redite("accept " + db + " " + post + " 1 --reason x", &out, &err);
    CheckOneLineError(rc, out, err, "post 1: not in the database");
    rc = Redite("accept " + db + " " + post + " " + other + " --reason ''", &out, &err);
    CheckOneLineError(rc, out, err, "--reason");
  }

  // The planted echoes of corpus/demo (written before the scorer was tuned,
  // never fitted on): duplicates and near-duplicates are found, the CEO's
  // free rewordings of corporate posts much less (18 of 45 when measured,
  // 2026-11-26). The bound guards against a regression; the figure is printed.
  TEST_CASE("audit recall on the planted echoes (rewording or above) is at least 0.6") {
    std::string db = DemoDb();
    std::string out, err;
    int rc =
        Redite(std::string("audit ") + db + " --person " + kPerson + " --corporate " + kCorporate +
                   " --since 2025-10-01 --until 2026-12-01 --dry-run --format json",
               &out, &err);
    REQUIRE_MESSAGE(rc == 1, err);
    nlohmann::json j = nlohmann::json::parse(out);
    CHECK(j["summary"]["posts_audited"] == 333);  // corpus/demo/README.md
    std::map<std::pair<std::string, std::string>, std::string> reported;
    for (const nlohmann::json& c : j["report"]["checked"]) {
      for (const nlohmann::json& f : c["findings"]) {
        reported[{c["id"].get<std::string>(), f["match"]["id"].get<std::string>()}] = f["level"];
      }
    }
    std::vector<std::string> rows = SplitLines(ReadFile(SourcePath("corpus/demo/planted.tsv")));
    REQUIRE(rows.size() > 100);
    REQUIRE(rows[0] == "ceo_id\tcorporate_id\tlevel\tnote");
    int planted = 0, found = 0;
    std::map<std::string, std::pair<int, int>> by_level;  // level -> found, planted
    for (std::size_t k = 1; k < rows.size(); ++k) {
      std::stringstream fields(rows[k]);
      std::string ceo, corporate, level;
      std::getline(fields, ceo, '\t');
      std::getline(fields, corporate, '\t');
      std::getline(fields, level, '\t');
      if (LevelRank(level) < LevelRank("rewording")) continue;
      ++planted;
      ++by_level[level].second;
      auto it = reported.find({ceo, corporate});
      if (it != reported.end() && LevelRank(it->second) >= LevelRank("rewording")) {
        ++found;
        ++by_level[level].first;
      }
    }
    REQUIRE(planted == 14 + 17 + 45);  // corpus/demo/README.md
    double recall = static_cast<double>(found) / planted;
    std::string detail;
    for (const auto& [level, counts] : by_level) {
      detail +=
          " " + level + " " + std::to_string(counts.first) + "/" + std::to_string(counts.second);
    }
    MESSAGE("planted echoes at rewording or above reported at rewording or above: "
            << found << "/" << planted << " = " << recall << " (" << detail << " )");
    CHECK(recall >= 0.6);
  }

  TEST_CASE("config: redite.toml in the current folder gives the database and the fail level") {
    std::string db_path = Demo().path;
    DemoDb();
    std::string dir = TempDir() + "/equipe";
    WriteFile(dir + "/redite.toml", "database = \"" + db_path +
                                        "\"\nwindow = \"all\"\nfail_level = \"near-duplicate\"\n");
    std::string sub = dir + "/brouillons";
    std::filesystem::create_directories(sub);
    std::string out, err;
    // Found by walking up from brouillons/: the database, and a fail level
    // above the draft's rewording.
    int rc =
        Redite("check --file " + Quote(Draft("redondant.md")), &out, &err, "", "< /dev/null", sub);
    CHECK_MESSAGE(rc == 0, err);
    CHECK(out.find("fail level near-duplicate") != std::string::npos);
    CHECK(out.find("ok: rewording") != std::string::npos);
    // A flag overrides the file.
    rc = Redite("check --fail-level rewording --file " + Quote(Draft("redondant.md")), &out, &err,
                "", "< /dev/null", sub);
    CHECK_MESSAGE(rc == 1, err);
    // Without the file: ./redite.db, which does not exist.
    rc = Redite("check --file " + Quote(Draft("redondant.md")), &out, &err);
    CheckOneLineError(rc, out, err, "redite.db: no such database");

    // REDITE_CONFIG names another file, used from any folder.
    std::string other = TempDir() + "/ailleurs.toml";
    WriteFile(other,
              "database = \"" + db_path + "\"\nwindow = \"all\"\nfail_level = \"same-topic\"\n");
    rc = Redite("check --format json --file " + Quote(Draft("distinct.md")), &out, &err,
                "REDITE_CONFIG=" + Quote(other));
    CHECK_MESSAGE(rc == 0, err);
    CHECK(nlohmann::json::parse(out)["fail_level"] == "same-topic");
    rc = Redite(
        "audit --person @MathildeVarenne --corporate @Helvion_Groupe --since 2026-01-01 "
        "--until 2026-01-15 --dry-run --format json",
        &out, &err, "REDITE_CONFIG=" + Quote(other));
    CHECK_MESSAGE(rc == 1, err);
    CHECK(nlohmann::json::parse(out)["summary"]["fail_level"] == "same-topic");
  }

  TEST_CASE("config: ignore_phrases are blanked in the draft and in the corporate posts") {
    std::string db_path = Demo().path;
    DemoDb();
    std::string dir = TempDir() + "/signature";
    WriteFile(
        dir + "/redite.toml",
        "database = \"" + db_path +
            "\"\nwindow = \"all\"\nignore_phrases = [\"Hélvion · L’énergie bien employée 💡\"]\n");
    std::string args = "check --format json --file " + Quote(Draft("redondant.md"));
    std::string with, without, err;
    int rc = Redite(args, &with, &err, "", "< /dev/null", dir);
    REQUIRE_MESSAGE(rc == 1, err);
    rc = Redite(args + " --db " + Quote(db_path) + " --window all", &without, &err);
    REQUIRE_MESSAGE(rc == 1, err);
    const nlohmann::json a = nlohmann::json::parse(with)["checked"][0]["findings"][0];
    const nlohmann::json b = nlohmann::json::parse(without)["checked"][0]["findings"][0];
    REQUIRE(a["match"]["id"] == "2115451073741266523");
    REQUIRE(b["match"]["id"] == "2115451073741266523");
    // The corporate post ends with the signature: without it, the draft
    // covers more of the post.
    CHECK(a["score"].get<double>() > b["score"].get<double>());
    std::string match = a["match"]["text"];
    CHECK(match.find("Hélvion · L’énergie bien employée 💡") != std::string::npos);  // as written
    for (const nlohmann::json& p : a["shared_passages"]) {
      std::size_t start = p["match"]["start"], end = p["match"]["end"];
      REQUIRE(end <= match.size());
      CHECK(match.substr(start, end - start) == p["match"]["text"]);
    }
  }

  TEST_CASE("config: an unknown key is an error naming the file and the line") {
    std::string dir = TempDir() + "/faute";
    WriteFile(dir + "/redite.toml", "window = \"all\"\nfail_levl = \"duplicate\"\n");
    WriteFile(dir + "/x.md", "Bonjour\n");
    std::string out, err;
    for (const std::string& command : {std::string("check bonjour"), std::string("hook x.md"),
                                       std::string("audit --since 2026-01-01")}) {
      CAPTURE(command);
      int rc = Redite(command, &out, &err, "", "< /dev/null", dir);
      CheckOneLineError(rc, out, err, "redite.toml: line 2: unknown key \"fail_levl\"");
    }
  }

  TEST_CASE("bad input: exit code 2 and a one-line message") {
    std::string db = DemoDb();
    std::string dir = TempDir();
    WriteFile(dir + "/vide.md", "");
    WriteFile(dir + "/casse.csv", "Text,Posting Time\n\"guillemet ouvert,2026-11-03 08:30\n");
    std::string audit =
        std::string("audit ") + db + " --person " + kPerson + " --corporate " + kCorporate;
    struct Case {
      std::string args;
      std::string input;
      std::string expected;
    };
    const Case kCases[] = {
        {"check --db " + Quote(dir + "/absent.db") + " bonjour", "", "absent.db: no such database"},
        {"audit --db " + Quote(dir + "/absent.db") + " --since 2026-01-01", "",
         "absent.db: no such database"},
        {"hook --db " + Quote(dir + "/absent.db") + " " + Quote(Draft("distinct.md")), "",
         "absent.db: no such database"},
        {"check " + db + " --against @nobody bonjour", "", "unknown account @nobody"},
        {"hook " + db + " --against @nobody " + Quote(Draft("distinct.md")), "",
         "unknown account @nobody"},
        {"audit " + db + " --person @nobody --corporate @Helvion_Groupe", "",
         "unknown account @nobody"},
        {"audit " + db + " --person @MathildeVarenne --corporate @nobody", "",
         "unknown account @nobody"},
        {"check " + db + " '  '", "", "the draft is empty"},
        {"check " + db + " --file " + Quote(dir + "/vide.md"), "", "vide.md"},
        {"check " + db + " -", "", "<stdin>: the draft is empty"},
        {"check " + db + " -", "< " + Quote(dir + "/vide.md"), "<stdin>: the draft is empty"},
        {"check " + db, "", "no draft"},
        {"check " + db + " --file " + Quote(dir + "/absent.md"), "", "absent.md: cannot open"},
        {"hook " + db + " " + Quote(dir + "/vide.md"), "", "vide.md: line 1: empty draft"},
        {"hook " + db + " " + Quote(dir + "/casse.csv"), "", "casse.csv: line 2"},
        {"check " + db + " --file " + Quote(dir + "/casse.csv"), "", "casse.csv: line 2"},
        {audit + " --since 2025-13-45", "", "--since \"2025-13-45\": not a date"},
        {audit + " --until 2026-02-30", "", "--until \"2026-02-30\": not a date"},
        {audit + " --since 2026-03-01 --until 2026-01-01", "", "the period is empty"},
        {audit + " --since 2026-01-01 --until 2026-01-01", "", "the period is empty"},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.args);
      std::string out, err;
      int rc = Redite(c.args, &out, &err, "", c.input.empty() ? "< /dev/null" : c.input);
      CheckOneLineError(rc, out, err, c.expected);
    }
  }

  TEST_CASE("bad input: an unknown --format is a one-line usage error") {
    std::string db = DemoDb();
    for (const std::string& args :
         {"check " + db + " --format yaml bonjour", "hook " + db + " --format csv x.md",
          "audit " + db + " --format sarif"}) {
      CAPTURE(args);
      std::string out, err;
      int rc = Redite(args, &out, &err);
      CheckOneLineError(rc, out, err, "--format");
    }
  }
}

}  // namespace redite
