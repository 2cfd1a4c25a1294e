#include "redite/report/report.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/csv.h"
#include "test_support.h"

namespace redite::report {
namespace {

using similarity::Level;
using workflows::CheckedPost;
using workflows::Finding;
using workflows::PostRef;

// Byte range of `word` in `text` (first occurrence).
similarity::Span SpanOf(std::string_view text, std::string_view word) {
  std::size_t pos = text.find(word);
  REQUIRE(pos != std::string_view::npos);
  return {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + word.size())};
}

// Two drafts: one repeating @acme (rewording) and a same-topic echo of another
// post, in a file whose name needs escaping; one over 280 characters, clean.
std::vector<CheckedPost> Sample() {
  PostRef draft;
  draft.id = "brouillons/mars, v2: final.md:3";
  draft.file = "brouillons/mars, v2: final.md";
  draft.line = 3;
  draft.text = "Nous recrutons 1 200 ingénieurs à Lyon 🚀 — 100% en CDI";
  draft.created_at = 1741944600;  // 2025-03-14T09:30:00Z
  PostRef post;
  post.id = "1790000000000000001";
  post.account = "acme";
  post.text = "Acme recrute 1 200 ingénieurs,\nà Lyon";
  post.created_at = 1741944600 - 3 * 86400 - 4 * 3600;
  post.url = "https://x.com/acme/status/1790000000000000001";
  similarity::Comparison c;
  c.level = Level::kRewording;
  c.score = 0.7123;
  c.signals[similarity::kLemmaCosine] = 0.8;
  c.contributions[similarity::kLemmaCosine] = 1.6;
  c.shared = {{SpanOf(draft.text, "1"), SpanOf(post.text, "1")},
              {SpanOf(draft.text, "200"), SpanOf(post.text, "200")},
              {SpanOf(draft.text, "ingénieurs"), SpanOf(post.text, "ingénieurs")},
              {SpanOf(draft.text, "Lyon"), SpanOf(post.text, "Lyon")}};
  c.shared_lemmas = {"ingenieur", "lyon"};
  c.shared_figures = {"1200"};
  PostRef other = post;
  other.id = "1790000000000000002";
  other.text = "Lyon accueille nos équipes";
  similarity::Comparison topic;
  topic.level = Level::kSameTopic;
  topic.score = 0.31;
  CheckedPost first;
  first.post = draft;
  first.weighted_length = 60;
  first.findings = {workflows::MakeFinding(draft, post, c),
                    workflows::MakeFinding(draft, other, topic)};
  CheckedPost second;
  second.post.id = "brouillons/long.txt:1";
  second.post.file = "brouillons/long.txt";
  second.post.line = 1;
  second.post.text = std::string(300, 'x');
  second.weighted_length = 300;
  return {first, second};
}

}  // namespace

TEST_SUITE("Report") {
  TEST_CASE("SARIF has every field SARIF 2.1.0 requires, and the locations") {
    ReportOptions options;
    options.tool_version = "1.2.3";
    nlohmann::json log = nlohmann::json::parse(FormatSarif(Sample(), options));
    CHECK(log.at("version") == "2.1.0");
    REQUIRE(log.at("$schema").is_string());
    CHECK(log.at("$schema").get<std::string>().find("sarif-schema-2.1.0") != std::string::npos);
    REQUIRE(log.at("runs").is_array());
    REQUIRE(log.at("runs").size() == 1);
    const nlohmann::json& run = log["runs"][0];
    const nlohmann::json& driver = run.at("tool").at("driver");
    CHECK(driver.at("name") == "redite");
    CHECK(driver.at("version") == "1.2.3");
    REQUIRE(driver.at("rules").is_array());
    std::vector<std::string> rule_ids;
    for (const nlohmann::json& rule : driver["rules"]) {
      REQUIRE(rule.at("id").is_string());
      CHECK(rule.at("shortDescription").at("text").is_string());
      rule_ids.push_back(rule["id"]);
    }
    CHECK(std::set<std::string>(rule_ids.begin(), rule_ids.end()).size() == rule_ids.size());
    REQUIRE(run.at("results").is_array());
    // Two findings and one over-length draft.
    REQUIRE(run["results"].size() == 3);
    const std::set<std::string> kLevels = {"none", "note", "warning", "error"};
    for (const nlohmann::json& r : run["results"]) {
      std::string rule = r.at("ruleId");
      int index = r.at("ruleIndex");
      REQUIRE(index >= 0);
      REQUIRE(index < static_cast<int>(rule_ids.size()));
      CHECK(rule_ids[index] == rule);
      CHECK(kLevels.count(r.at("level").get<std::string>()) == 1);
      REQUIRE(r.at("message").at("text").is_string());
      CHECK_FALSE(r["message"]["text"].get<std::string>().empty());
      const nlohmann::json& loc = r.at("locations").at(0).at("physicalLocation");
      std::string uri = loc.at("artifactLocation").at("uri");
      // A relative URI: no space, comma or colon left unescaped.
      CHECK(uri.find_first_of(" ,:") == std::string::npos);
      CHECK(loc.at("region").at("startLine").get<int>() >= 1);
    }
    const nlohmann::json& rewording = run["results"][0];
    CHECK(rewording["ruleId"] == "redite/rewording");
    CHECK(rewording["level"] == "error");
    CHECK(rewording["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "brouillons/mars%2C%20v2%3A%20final.md");
    CHECK(rewording["locations"][0]["physicalLocation"]["region"]["startLine"] == 3);
    CHECK(run["results"][1]["level"] == "warning");  // same-topic, below the fail level
    CHECK(run["results"][2]["ruleId"] == "redite/over-length");
  }

  TEST_CASE("SARIF of a draft repeating another draft relates the earlier one") {
    CheckedPost c = Sample()[0];
    c.findings.resize(1);
    c.findings[0].match.file = "brouillons/avril.md";
    c.findings[0].match.line = 7;
    nlohmann::json log = nlohmann::json::parse(FormatSarif({c}, ReportOptions()));
    const nlohmann::json& r = log["runs"][0]["results"][0];
    REQUIRE(r.contains("relatedLocations"));
    CHECK(r["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "brouillons/avril.md");
    CHECK(r["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 7);
    CHECK(r["message"]["text"].get<std::string>().rfind("rewording: repeats brouillons/avril.md:7",
                                                        0) == 0);
  }

  TEST_CASE("SARIF of a draft read from stdin has no location, and is still valid") {
    CheckedPost c = Sample()[0];
    c.post.file.clear();
    c.post.line = 0;
    for (Finding& f : c.findings) {
      f.subject.file.clear();
      f.subject.line = 0;
    }
    nlohmann::json log = nlohmann::json::parse(FormatSarif({c}, ReportOptions()));
    for (const nlohmann::json& r : log["runs"][0]["results"]) CHECK_FALSE(r.contains("locations"));
  }

  TEST_CASE("GitHub commands escape % CR LF in messages, and : , too in properties") {
    CHECK(EscapeGithubData("100% sûr\r\nligne 2: a,b") == "100%25 sûr%0D%0Aligne 2: a,b");
    CHECK(EscapeGithubProperty("a:b,c%d\ne\r") == "a%3Ab%2Cc%25d%0Ae%0D");
    std::string out = FormatGithub(Sample(), ReportOptions());
    std::vector<std::string> lines = testing::SplitLines(out);
    REQUIRE(lines.size() == 3);  // one command per line: the newline of the post is escaped
    CHECK(lines[0].rfind("::error file=brouillons/mars%2C v2%3A final.md,line=3,title=redite%3A "
                         "rewording::rewording: repeats @acme of 2025-03-11T05:30:00Z",
                         0) == 0);
    CHECK(lines[0].find("100%25 en CDI") == std::string::npos);  // the draft is not in it...
    CHECK(lines[0].find("ingénieurs,%0Aà Lyon") != std::string::npos);  // ...the post is
    CHECK(lines[1].rfind("::warning file=", 0) == 0);
    CHECK(lines[2].rfind("::warning file=brouillons/long.txt,line=1,title=", 0) == 0);
    for (const std::string& line : lines) CHECK(line.find('\r') == std::string::npos);
  }

  TEST_CASE("colour: only on a terminal, never with NO_COLOR, unless forced") {
    CHECK(ShouldColor(ColorMode::kAuto, true, nullptr));
    CHECK(ShouldColor(ColorMode::kAuto, true, ""));  // empty NO_COLOR does not count
    CHECK_FALSE(ShouldColor(ColorMode::kAuto, true, "1"));
    CHECK_FALSE(ShouldColor(ColorMode::kAuto, false, nullptr));
    CHECK(ShouldColor(ColorMode::kAlways, false, "1"));
    CHECK_FALSE(ShouldColor(ColorMode::kNever, true, nullptr));
    ReportOptions plain;
    CHECK(FormatText(Sample(), plain).find('\x1b') == std::string::npos);
    ReportOptions color;
    color.color = true;
    std::string text = FormatText(Sample(), color);
    CHECK(text.find("\x1b[1;33m1 200 ingénieurs\x1b[0m à \x1b[1;33mLyon\x1b[0m 🚀") !=
          std::string::npos);
    CHECK(text.find("\x1b[1;33m1 200 ingénieurs\x1b[0m,\n") != std::string::npos);
  }

  TEST_CASE("text: verdict, over-length warning, matches best first with lag and passages") {
    std::string text = FormatText(Sample(), ReportOptions());
    std::vector<std::string> lines = testing::SplitLines(text);
    REQUIRE(lines.size() > 6);
    CHECK(lines[0] ==
          "brouillons/mars, v2: final.md:3: FAIL: rewording (2 matches; fail level rewording)");
    CHECK(lines[1] ==
          "  1. rewording 0.7123  @acme 2025-03-11T05:30:00Z (@acme said it 3 d 4 h before)");
    CHECK(text.find("shared passages: «1 200 ingénieurs» «Lyon»; figures: 1200") !=
          std::string::npos);
    CHECK(text.find("brouillons/long.txt:1: ok: repeats nothing\n  warning: 300 weighted "
                    "characters, over the 280 X allows") != std::string::npos);
    CHECK(lines.back() == "2 checked, 1 at or above rewording");
    ReportOptions strict;
    strict.fail_level = Level::kDuplicate;
    CHECK(FormatText(Sample(), strict).find(": ok: rewording (2 matches; fail level duplicate)") !=
          std::string::npos);
  }

  TEST_CASE("JSON: the documented fields, spans as byte offsets into the original texts") {
    std::vector<CheckedPost> sample = Sample();
    nlohmann::json j = nlohmann::json::parse(FormatJson(sample, ReportOptions()));
    CHECK(j.at("tool") == "redite");
    CHECK(j.at("format_version") == 1);
    CHECK(j.at("fail_level") == "rewording");
    CHECK(j.at("failed") == true);
    const nlohmann::json& first = j.at("checked").at(0);
    CHECK(first.at("file") == "brouillons/mars, v2: final.md");
    CHECK(first.at("line") == 3);
    CHECK(first.at("created_at") == "2025-03-14T09:30:00Z");
    CHECK(first.at("level") == "rewording");
    CHECK(first.at("over_length") == false);
    const nlohmann::json& f = first.at("findings").at(0);
    CHECK(f.at("match").at("account") == "acme");
    CHECK(f.at("match").at("url") == "https://x.com/acme/status/1790000000000000001");
    CHECK(f.at("lag_seconds") == 3 * 86400 + 4 * 3600);
    CHECK(f.at("first_said") == "match");
    CHECK(f.at("signals").at("lemma_cosine").get<double>() == doctest::Approx(0.8));
    CHECK(f.at("contributions").at("lemma_cosine").get<double>() == doctest::Approx(1.6));
    for (const nlohmann::json& p : f.at("shared_passages")) {
      std::size_t start = p["subject"]["start"], end = p["subject"]["end"];
      CHECK(sample[0].post.text.substr(start, end - start) == p["subject"]["text"]);
      std::size_t ms = p["match"]["start"], me = p["match"]["end"];
      CHECK(sample[0].findings[0].match.text.substr(ms, me - ms) == p["match"]["text"]);
    }
    CHECK(f.at("shared_passages").size() == 2);
    CHECK(f.at("shared_figures") == nlohmann::json::array({"1200"}));
    CHECK(j["checked"][1].at("over_length") == true);
    CHECK(j["checked"][1].at("findings").empty());
  }

  TEST_CASE("CSV: one row per finding that reads back with an RFC 4180 reader") {
    std::string csv = FormatCsv(Sample(), ReportOptions());
    ingest::CsvReader reader(csv);
    std::vector<std::string> header, row;
    REQUIRE(reader.Next(&header));
    std::vector<std::vector<std::string>> rows;
    while (reader.Next(&row)) rows.push_back(row);
    REQUIRE(reader.status().ok());
    REQUIRE(rows.size() == 2);
    for (const auto& r : rows) CHECK(r.size() == header.size());
    auto column = [&](const char* name) {
      return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) -
                                      header.begin());
    };
    CHECK(rows[0][column("subject_file")] == "brouillons/mars, v2: final.md");
    CHECK(rows[0][column("match_text")] == "Acme recrute 1 200 ingénieurs,\nà Lyon");
    CHECK(rows[0][column("level")] == "rewording");
    CHECK(rows[0][column("failed")] == "true");
    CHECK(rows[1][column("failed")] == "false");
    CHECK(rows[0][column("shared_passages")] == "1 200 ingénieurs | Lyon");
  }

  TEST_CASE("formats by name, and durations for people") {
    for (ReportFormat f : {ReportFormat::kText, ReportFormat::kJson, ReportFormat::kGithub,
                           ReportFormat::kSarif, ReportFormat::kCsv}) {
      CHECK(ParseReportFormat(ReportFormatName(f)) == f);
    }
    CHECK_FALSE(ParseReportFormat("xml").has_value());
    CHECK(FormatDuration(12) == "12 s");
    CHECK(FormatDuration(25 * 60) == "25 min");
    CHECK(FormatDuration(2 * 3600 + 60) == "2 h 1 min");
    CHECK(FormatDuration(-(3 * 86400 + 4 * 3600 + 59)) == "3 d 4 h");
    std::ostringstream out;
    WriteReport(ReportFormat::kGithub, Sample(), ReportOptions(), out);
    CHECK(out.str() == FormatGithub(Sample(), ReportOptions()));
  }
}

}  // namespace redite::report
