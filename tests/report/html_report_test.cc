#include "redite/report/html.h"

#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "redite/report/report.h"
#include "redite/workflows/audit_summary.h"

namespace redite::report {
namespace {

using similarity::Level;
using workflows::AuditResult;
using workflows::CheckedPost;
using workflows::PostRef;

constexpr std::int64_t kT0 = 1767600000;  // 2026-01-05T08:00:00Z, a Monday

similarity::Span SpanOf(std::string_view text, std::string_view word) {
  std::size_t pos = text.find(word);
  REQUIRE(pos != std::string_view::npos);
  return {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + word.size())};
}

PostRef Ref(std::int64_t row, const std::string& account, const std::string& text,
            std::int64_t created_at, const std::string& url = "") {
  PostRef p;
  p.row_id = row;
  p.id = std::to_string(1000 + row);
  p.account = account;
  p.text = text;
  p.created_at = created_at;
  p.url = url;
  return p;
}

// Three posts of the CEO: one rewording a corporate post (with markup in
// both texts), one same-topic, one distinct; the rewording is new, and a
// near-duplicate of the previous run is resolved.
AuditResult Sample() {
  PostRef ceo1 = Ref(1, "ceo", "Nous <script>alert(\"x\")</script> recrutons 1 200 ingénieurs & co à Lyon",
                     kT0 + 7200, "https://x.com/ceo/status/1001");
  PostRef corp1 = Ref(11, "acme", "Acme recrute 1 200 ingénieurs à Lyon <b>bold</b>", kT0,
                      "javascript:alert(1)");
  similarity::Comparison c;
  c.level = Level::kRewording;
  c.score = 0.7123;
  c.shared = {{SpanOf(ceo1.text, "ingénieurs"), SpanOf(corp1.text, "ingénieurs")},
              {SpanOf(ceo1.text, "Lyon"), SpanOf(corp1.text, "Lyon")}};
  c.shared_hashtags = {"emploi"};
  c.shared_figures = {"1200"};
  PostRef ceo2 = Ref(2, "ceo", "Belle journée à Lyon", kT0 + 86400 * 8, "");
  PostRef corp2 = Ref(12, "acme", "Lyon, ville de nos équipes", kT0 + 86400 * 9, "");
  similarity::Comparison topic;
  topic.level = Level::kSameTopic;
  topic.score = 0.31;
  CheckedPost p1, p2, p3;
  p1.post = ceo1;
  p1.findings = {workflows::MakeFinding(ceo1, corp1, c)};
  p2.post = ceo2;
  p2.findings = {workflows::MakeFinding(ceo2, corp2, topic)};
  p3.post = Ref(3, "ceo", "Rien à voir", kT0 + 86400 * 9, "");
  AuditResult result;
  result.run_id = 7;
  result.previous_run_id = 6;
  // Best first within a post, in any order across posts: the page sorts.
  result.checked = {p2, p1, p3};
  result.summary = workflows::SummarizeAudit(result.checked, Level::kRewording);
  result.findings = 2;
  result.new_findings = 1;
  result.new_pairs = {{1, 11}};
  workflows::ResolvedFinding gone;
  gone.subject = Ref(3, "ceo", "Rien à voir", kT0 + 86400 * 9);
  gone.match = Ref(13, "acme", "Une <i>ancienne</i> annonce", kT0);
  gone.level = Level::kNearDuplicate;
  gone.score = 0.9;
  result.resolved = {gone};
  return result;
}

HtmlReportOptions Options() {
  HtmlReportOptions o;
  o.tool_version = "9.9.9";
  o.generated_at = kT0 + 86400 * 30;
  o.scope = "@ceo against @acme";
  return o;
}

// data-figure name -> data-value.
std::map<std::string, std::string> Figures(const std::string& html) {
  std::map<std::string, std::string> out;
  std::regex figure("data-figure=\"([^\"]+)\" data-value=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), figure);
       it != std::sregex_iterator(); ++it) {
    CHECK_MESSAGE(out.count((*it)[1]) == 0, "figure shown twice: " << (*it)[1]);
    out[(*it)[1]] = (*it)[2];
  }
  return out;
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
  return n;
}

}  // namespace

TEST_SUITE("HtmlReport") {
  TEST_CASE("html: EscapeHtml replaces the five characters that matter") {
    CHECK(EscapeHtml("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
    CHECK(EscapeHtml("Hélvion 🚀") == "Hélvion 🚀");
  }

  TEST_CASE("html: posts are escaped - a post holding <script> is text, the only script is the filter") {
    std::string html = FormatAuditHtml(Sample(), Options());
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("<b>bold</b>") == std::string::npos);
    CHECK(html.find("&lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("&lt;i&gt;ancienne&lt;/i&gt;") != std::string::npos);  // a resolved post
    CHECK(Count(html, "<script") == 1);
    // A javascript: address is not made a link; a web address is.
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(html.find("href=\"https://x.com/ceo/status/1001\"") != std::string::npos);
  }

  TEST_CASE("html: the shared passages are marked in both original texts") {
    std::string html = FormatAuditHtml(Sample(), Options());
    CHECK(Count(html, "<mark>ingénieurs</mark>") == 2);
    CHECK(Count(html, "<mark>Lyon</mark>") == 2);
    CHECK(html.find("<mark>1 200") == std::string::npos);  // not a shared span here
    CHECK(html.find("#emploi") != std::string::npos);
    CHECK(html.find("<dt>figures</dt><dd>1200</dd>") != std::string::npos);
  }

  TEST_CASE("html: every data-figure value is the summary's") {
    AuditResult r = Sample();
    std::map<std::string, std::string> f = Figures(FormatAuditHtml(r, Options()));
    CHECK(f.at("posts_audited") == "3");
    CHECK(f.at("overlapping") == std::to_string(r.summary.overlapping));
    CHECK(std::stod(f.at("overlap_rate")) == r.summary.overlap_rate);  // exact, as JSON writes it
    for (int level = 0; level < 5; ++level) {
      std::string name = similarity::LevelName(static_cast<Level>(level));
      CAPTURE(name);
      CHECK(f.at("level." + name) == std::to_string(r.summary.posts_by_level[level]));
    }
    CHECK(f.at("level.rewording") == "1");
    CHECK(f.at("level.same-topic") == "1");
    CHECK(f.at("level.distinct") == "1");
    CHECK(f.at("said_first.match") == "1");
    CHECK(f.at("lag_seconds.median") == "7200");
    CHECK(f.at("lag_histogram.1") == "1");  // 2 h: the 1-6 h bucket
    CHECK(f.at("week.2026-01-05.posts") == "1");
    CHECK(f.at("week.2026-01-12.posts") == "2");
    CHECK(f.at("run.id") == "7");
    CHECK(f.at("run.previous_run") == "6");
    CHECK(f.at("run.new_findings") == "1");
    CHECK(f.at("run.resolved") == "1");
    CHECK(f.at("pairs.shown") == "2");
  }

  TEST_CASE("html: pair cards most severe first, with their level and whether they are new") {
    std::string html = FormatAuditHtml(Sample(), Options());
    std::size_t rewording = html.find("data-level=\"rewording\" data-new=\"true\"");
    std::size_t topic = html.find("data-level=\"same-topic\" data-new=\"false\"");
    REQUIRE(rewording != std::string::npos);
    REQUIRE(topic != std::string::npos);
    CHECK(rewording < topic);
    CHECK(Count(html, "<article class=\"pair\"") == 2);
    CHECK(html.find("<tr data-resolved=\"near-duplicate\">") != std::string::npos);
    CHECK(html.find("@acme said it first, 2 h before") != std::string::npos);
  }

  TEST_CASE("html: the page is self-contained - CSP forbids fetches, no remote reference") {
    std::string html = FormatAuditHtml(Sample(), Options());
    CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';") !=
          std::string::npos);
    for (const char* remote : {"<link", " src=", "url(", "@import", "<iframe", "<object", "<embed"}) {
      CAPTURE(remote);
      CHECK(html.find(remote) == std::string::npos);
    }
    // Addresses appear only as links to the posts (followed on a click, never fetched).
    std::regex href("<([a-z]+)[^>]* href=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href);
         it != std::sregex_iterator(); ++it) {
      CAPTURE(it->str());
      CHECK((*it)[1] == "a");
    }
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("name=\"viewport\"") != std::string::npos);
  }

  TEST_CASE("html: an extra section goes before the footer and no previous run says so") {
    AuditResult r = Sample();
    r.previous_run_id.reset();
    r.resolved.clear();
    HtmlReportOptions o = Options();
    o.extra_section_html = "<section id=\"editorial\"><h2>Editorial line</h2></section>\n";
    std::string html = FormatAuditHtml(r, o);
    std::size_t extra = html.find("<section id=\"editorial\">");
    REQUIRE(extra != std::string::npos);
    CHECK(extra > html.find("<section id=\"pairs\">"));
    CHECK(extra < html.find("<footer"));
    CHECK(html.find("No previous run of these accounts") != std::string::npos);
    CHECK(html.find("data-figure=\"run.previous_run\"") == std::string::npos);
  }

  TEST_CASE("html: WriteReport's html is the escaped text report in a page") {
    REQUIRE(ParseReportFormat("html") == ReportFormat::kHtml);
    CHECK(std::string(ReportFormatName(ReportFormat::kHtml)) == "html");
    std::ostringstream out;
    ReportOptions options;
    options.color = true;  // never ANSI escapes in a page
    WriteReport(ReportFormat::kHtml, Sample().checked, options, out);
    std::string html = out.str();
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<pre>") != std::string::npos);
    CHECK(html.find("&lt;script&gt;alert") != std::string::npos);
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("\x1b[") == std::string::npos);
  }

  TEST_CASE("html: an empty audit still makes a page") {
    AuditResult empty;
    empty.summary = workflows::SummarizeAudit({}, Level::kRewording);
    std::string html = FormatAuditHtml(empty, Options());
    CHECK(html.find("No pair to show.") != std::string::npos);
    CHECK(Figures(html).at("posts_audited") == "0");
    CHECK(html.find("no data") != std::string::npos);  // the weekly chart
    CHECK(html.rfind("</html>\n") == html.size() - 8);
  }
}

}  // namespace redite::report
