// The profile writers on a Profile made by hand.
#include "redite/report/profile_report.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace redite::report {
namespace {

using profile::TermKind;

profile::Profile HandMade() {
  profile::Profile p;
  p.person_handles = {"ceo"};
  p.corporate_handles = {"groupe"};
  p.since = 1767225600;  // 2026-01-01
  p.until = 1769904000;  // 2026-02-01
  p.person_posts = 30;
  p.corporate_posts = 60;
  p.min_count = 3;
  p.alpha0 = 100;
  p.min_abs_z = 1.96;
  for (TermKind kind : profile::kTermKinds) {
    profile::KindProfile k;
    k.kind = kind;
    if (kind == TermKind::kSubject) {
      k.person = {{"transition énergétique", "transition energetique", 9, 2, 1.5, 3.25},
                  {"<b>\"x\" & 'y'</b>", "bxy", 4, 0, 0.9, 2.0}};
      k.corporate = {{"offre semaine", "offre semaine", 0, 20, -2.0, -4.5}};
      k.shared = {{"pompe chaleur", "pompe chaleur", 5, 11, 0.1, 0.4}};
    }
    p.kinds.push_back(k);
  }
  p.monthly = {{"2025-12", 10, 2, 0.2}, {"2026-01", 0, 0, 0}};
  return p;
}

TEST_SUITE("ProfileReport") {
  TEST_CASE("json: the documented fields, kinds by name, months in order") {
    nlohmann::json j = nlohmann::json::parse(FormatProfileJson(HandMade()));
    CHECK(j.at("format_version") == 1);
    CHECK(j.at("since") == "2026-01-01T00:00:00Z");
    CHECK(j.at("until") == "2026-02-01T00:00:00Z");
    CHECK(j.at("person_posts") == 30);
    CHECK(j.at("min_abs_z") == doctest::Approx(1.96));
    const nlohmann::json& first = j.at("kinds").at("subject").at("person").at(0);
    CHECK(first.at("term") == "transition énergétique");
    CHECK(first.at("key") == "transition energetique");
    CHECK(first.at("person_posts") == 9);
    CHECK(first.at("corporate_posts") == 2);
    CHECK(first.at("delta") == doctest::Approx(1.5));
    CHECK(first.at("z") == doctest::Approx(3.25));
    CHECK(j["kinds"]["domain"]["shared"].empty());
    REQUIRE(j.at("monthly_echoes").size() == 2);
    CHECK(j["monthly_echoes"][0].at("month") == "2025-12");
    CHECK(j["monthly_echoes"][0].at("share") == doctest::Approx(0.2));
  }

  TEST_CASE("text: the counts and z of a list line up under their headers") {
    std::string text = FormatProfileText(HandMade());
    std::istringstream in(text);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::size_t header = 0, row = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].find("Distinctive of @ceo") != std::string::npos && header == 0) header = i;
      if (lines[i].find("transition énergétique") != std::string::npos) row = i;
    }
    REQUIRE(header > 0);
    REQUIRE(row == header + 1);
    // "é" is two bytes: the row is 2 bytes longer than what it shows.
    CHECK(lines[row].size() == lines[header].size() + 2);
    CHECK(lines[row].substr(lines[row].size() - 7) == "   3.25");
    CHECK(text.find("(none)") != std::string::npos);
    CHECK(text.find("2025-12      10        2   20.0%") != std::string::npos);
  }

  TEST_CASE("html: a scoped, escaped, script-free section with bars") {
    std::string html = FormatProfileHtmlSection(HandMade());
    CHECK(html.rfind("<section id=\"profile\">", 0) == 0);
    CHECK(html.find("</section>") != std::string::npos);
    CHECK(html.find("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    // Every CSS rule of the section's style is scoped to #profile.
    std::size_t start = html.find("<style>"), end = html.find("</style>");
    REQUIRE(start != std::string::npos);
    std::istringstream style(html.substr(start + 7, end - start - 7));
    for (std::string line; std::getline(style, line);) {
      if (line.empty()) continue;
      CAPTURE(line);
      CHECK(line.rfind("#profile", 0) == 0);
    }
    // The largest |z| of a kind fills the bar (80 px); 2.0 of 4.5 fills 35.6.
    CHECK(html.find("<svg class=\"bar corporate\"") != std::string::npos);
    CHECK(html.find("<rect width=\"80.0\"") != std::string::npos);
    CHECK(html.find("<rect width=\"35.6\"") != std::string::npos);
    std::string page = FormatProfileHtmlPage(HandMade());
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(page.find(html) != std::string::npos);
  }
}

}  // namespace
}  // namespace redite::report
