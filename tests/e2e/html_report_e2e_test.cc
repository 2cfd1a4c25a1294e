// End-to-end: `redite audit --format html` on the demo corpus, opened in
// headless Chromium (Debian's chromium, installed by tools/bootstrap) kept
// off the network. A harness script appended to a copy of the page (not part
// of the product) reads every [data-figure], drives the level filter and
// lists the page's resource loads; the dumped DOM gives its results, which
// must equal `--format json`. Chromium's net log must hold no request from
// the page. A screenshot of the original page is saved in
// <build>/test-artifacts/.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "e2e/demo_corpus.h"
#include "test_support.h"

namespace redite {
namespace {

namespace fs = std::filesystem;
using testing::kCorporate;
using testing::kPerson;
using testing::Quote;
using testing::ReadFile;
using testing::Redite;
using testing::RunCommand;
using testing::TempDir;
using testing::WriteFile;

constexpr const char* kLevels[] = {"duplicate", "near-duplicate", "rewording", "same-topic"};

// The chromium binary ($REDITE_CHROMIUM, else Debian's), or nullopt after
// the skip-or-fail rule.
std::optional<std::string> Chromium() {
  std::vector<std::string> candidates;
  if (const char* env = std::getenv("REDITE_CHROMIUM"); env != nullptr && env[0] != '\0') {
    candidates.push_back(env);
  }
  candidates.insert(candidates.end(), {"/usr/bin/chromium", "/usr/bin/chromium-browser"});
  for (const std::string& c : candidates) {
    if (fs::exists(c)) return c;
  }
  testing::MissingPrerequisite("chromium (/usr/bin/chromium)",
                               "tools/bootstrap installs Debian's chromium for this test");
  return std::nullopt;
}

// Runs headless Chromium on the file `page` with `mode` ("--dump-dom",
// "--screenshot=PATH --window-size=W,H"), kept off the network: every
// connection goes to a closed local proxy, names do not resolve, background
// services are off. Records the net log into `net_log` when not empty.
// Returns the exit code; stdout into *out, stderr into *err.
int RunChromium(const std::string& chromium, const std::string& page, const std::string& mode,
                const std::string& net_log, std::string* out, std::string* err) {
  std::string profile = TempDir();
  std::string command =
      "timeout 90 " + Quote(chromium) +
      " --headless --no-sandbox --disable-gpu --virtual-time-budget=5000"
      " --proxy-server=127.0.0.1:9 --proxy-bypass-list='<-loopback>'"
      " --host-resolver-rules='MAP * ~NOTFOUND'"
      " --disable-background-networking --disable-component-update --disable-sync"
      " --disable-default-apps --disable-extensions --disable-domain-reliability"
      " --disable-client-side-phishing-detection --disable-breakpad --no-pings"
      " --metrics-recording-only --no-first-run --no-default-browser-check"
      " --user-data-dir=" + Quote(profile) + " " + mode;
  if (!net_log.empty()) command += " --log-net-log=" + Quote(net_log);
  command += " " + Quote("file://" + page) + " < /dev/null";
  return RunCommand(command, out, err);
}

// The requests of a Chromium net log that the page made: every request start
// whose initiator is an origin (the page's is "null" for a file:// page)
// except file: and data: addresses. Chromium's own background requests (no
// initiator origin) are left out; they go to the closed proxy anyway.
std::vector<std::string> PageRequests(const nlohmann::json& log) {
  int start_job = log.at("constants").at("logEventTypes").at("URL_REQUEST_START_JOB").get<int>();
  std::vector<std::string> requests;
  for (const nlohmann::json& e : log.at("events")) {
    if (e.value("type", -1) != start_job || !e.contains("params")) continue;
    const nlohmann::json& p = e["params"];
    std::string url = p.value("url", "");
    if (url.empty() || url.rfind("file:", 0) == 0 || url.rfind("data:", 0) == 0) continue;
    if (p.value("initiator", "") == "not an origin") continue;
    requests.push_back(url + " (initiator " + p.value("initiator", "?") + ")");
  }
  return requests;
}

// Loads `page` with its net log recorded; the page's requests.
std::vector<std::string> RequestsOf(const std::string& chromium, const std::string& page) {
  std::string log_path = TempDir() + "/net-log.json", out, err;
  int rc = RunChromium(chromium, page, "--dump-dom", log_path, &out, &err);
  REQUIRE_MESSAGE(rc == 0, "chromium exit code " << rc << ": " << err);
  nlohmann::json log = nlohmann::json::parse(ReadFile(log_path), nullptr, false);
  REQUIRE_MESSAGE(!log.is_discarded(), "the net log " << log_path << " is not JSON");
  return PageRequests(log);
}

// Appended to a copy of the report: after load, the figures, the filter's
// effect per level, and the resources the page loaded, as JSON in
// <pre id="redite-test-result">.
constexpr const char* kHarness = R"js(
<script>
window.addEventListener('load', function () {
  var out = {figures: {}, filter: {}, resources: []};
  document.querySelectorAll('[data-figure]').forEach(function (e) {
    out.figures[e.getAttribute('data-figure')] = e.getAttribute('data-value');
  });
  var cards = Array.prototype.slice.call(document.querySelectorAll('article.pair'));
  var shown = function (e) { return getComputedStyle(e).display !== 'none'; };
  var visible = function () { return cards.filter(shown); };
  var filter = document.getElementById('filter');
  out.filter_shown = filter !== null && shown(filter);
  out.cards = cards.length;
  out.visible_before = visible().length;
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filter input[data-level]'));
  boxes.forEach(function (only) {
    boxes.forEach(function (b) { if (b.checked !== (b === only)) b.click(); });
    var level = only.getAttribute('data-level');
    out.filter[level] = {
      visible: visible().length,
      other_levels_visible: visible().filter(function (c) {
        return c.getAttribute('data-level') !== level;
      }).length,
      counter: document.getElementById('pairs-visible').textContent
    };
  });
  boxes.forEach(function (b) { if (!b.checked) b.click(); });
  out.visible_after = visible().length;
  var onlyNew = document.getElementById('only-new');
  onlyNew.click();
  out.visible_only_new = visible().length;
  onlyNew.click();
  var root = document.documentElement;
  out.horizontal_overflow = root.scrollWidth - root.clientWidth;
  performance.getEntriesByType('resource').forEach(function (r) { out.resources.push(r.name); });
  var pre = document.createElement('pre');
  pre.id = 'redite-test-result';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>
)js";

std::string Unescape(std::string s) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", " "}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos)) {
      s.replace(pos, std::string(from).size(), to);
      pos += std::string(to).size();
    }
  }
  return s;
}

// The figures --format json gives, by data-figure name (see kHtmlFiguresDoc).
std::map<std::string, std::string> ExpectedFigures(const nlohmann::json& audit) {
  const nlohmann::json& s = audit.at("summary");
  const nlohmann::json& run = audit.at("run");
  std::map<std::string, std::string> f;
  auto integer = [](const nlohmann::json& j) { return std::to_string(j.get<std::int64_t>()); };
  f["posts_audited"] = integer(s.at("posts_audited"));
  f["overlapping"] = integer(s.at("overlapping"));
  f["overlap_rate"] = s.at("overlap_rate").dump();
  for (const auto& [level, count] : s.at("posts_by_level").items()) f["level." + level] = integer(count);
  for (const auto& [who, count] : s.at("said_first").items()) f["said_first." + who] = integer(count);
  if (!s.at("lag_seconds").is_null()) f["lag_seconds.median"] = integer(s["lag_seconds"].at("median"));
  for (std::size_t i = 0; i < s.at("lag_histogram").size(); ++i) {
    f["lag_histogram." + std::to_string(i)] = integer(s["lag_histogram"][i].at("count"));
  }
  for (const nlohmann::json& w : s.at("weeks")) {
    std::string week = w.at("week");
    f["week." + week + ".posts"] = integer(w.at("posts"));
    f["week." + week + ".overlapping"] = integer(w.at("overlapping"));
  }
  if (run.at("id").get<std::int64_t>() != 0) f["run.id"] = integer(run["id"]);
  if (!run.at("previous_run").is_null()) f["run.previous_run"] = integer(run["previous_run"]);
  for (const char* name : {"findings", "new_findings", "accepted_left_out"}) {
    f[std::string("run.") + name] = integer(run.at(name));
  }
  f["run.resolved"] = std::to_string(run.at("resolved").size());
  std::size_t pairs = 0;
  for (const nlohmann::json& c : audit.at("report").at("checked")) pairs += c.at("findings").size();
  f["pairs.shown"] = std::to_string(pairs);
  return f;
}

std::string PngInfo(const std::string& png, int* width, int* height) {
  if (png.size() < 24 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) return "not a PNG";
  auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
           (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
  };
  *width = static_cast<int>(be32(16));
  *height = static_cast<int>(be32(20));
  return "";
}

}  // namespace

TEST_SUITE("HtmlReportE2E") {
  TEST_CASE("html report in headless Chromium: figures equal --format json, the filter works, nothing is fetched") {
    std::optional<std::string> chromium = Chromium();
    if (!chromium) return;
    const std::string db = testing::DemoDbCopy();
    const std::string dir = TempDir();
    std::string out, err;
    auto audit = [&](const std::string& until, const std::string& extra) {
      return Redite(std::string("audit ") + db + " --person " + kPerson + " --corporate " +
                        kCorporate + " --since 2026-01-01 --until " + until + " " + extra,
                    &out, &err);
    };
    // A first recorded run on January only, then one accepted pair: the
    // report of January-February has new findings (February) and a resolved one.
    int rc = audit("2026-02-01", "--format json -o " + Quote(dir + "/first.json"));
    REQUIRE_MESSAGE(rc == 1, "first audit: exit code " << rc << ": " << err);
    nlohmann::json first = nlohmann::json::parse(ReadFile(dir + "/first.json"));
    std::string accepted_post, accepted_match;
    for (const nlohmann::json& c : first["report"]["checked"]) {
      if (!c["findings"].empty()) {
        accepted_post = c["id"];
        accepted_match = c["findings"][0]["match"]["id"];
        break;
      }
    }
    REQUIRE_FALSE(accepted_post.empty());
    REQUIRE(Redite("accept " + db + " " + accepted_post + " " + accepted_match +
                       " --reason 'html e2e test'",
                   &out, &err) == 0);
    const std::string json_path = dir + "/audit.json", html_path = dir + "/audit.html";
    rc = audit("2026-03-01", "--dry-run --format json -o " + Quote(json_path));
    REQUIRE_MESSAGE(rc == 1, "json audit: exit code " << rc << ": " << err);
    rc = audit("2026-03-01", "--dry-run --format html -o " + Quote(html_path));
    REQUIRE_MESSAGE(rc == 1, "html audit: exit code " << rc << ": " << err);
    CHECK(err.find("report written to " + html_path) != std::string::npos);
    const nlohmann::json json = nlohmann::json::parse(ReadFile(json_path));
    REQUIRE(json["run"]["resolved"].size() >= 1);
    CHECK(json["run"]["resolved"][0]["accepted"] == true);
    CHECK(json["run"]["new_findings"].get<int>() > 0);
    const std::string html = ReadFile(html_path);
    REQUIRE(html.rfind("<!DOCTYPE html>", 0) == 0);

    // The page with the harness appended, in Chromium.
    const std::string harness_page = dir + "/audit-harness.html";
    std::size_t body_end = html.rfind("</body>");
    REQUIRE(body_end != std::string::npos);
    WriteFile(harness_page, html.substr(0, body_end) + kHarness + html.substr(body_end));
    const std::string net_log = dir + "/net-log.json";
    std::string dom, chromium_err;
    // Narrow (headless Chromium's narrowest window is 500 px): the phone layout.
    rc = RunChromium(*chromium, harness_page, "--dump-dom --window-size=500,2000", net_log, &dom,
                     &chromium_err);
    REQUIRE_MESSAGE(rc == 0, "chromium exit code " << rc << ": " << chromium_err);
    const std::string open_tag = "<pre id=\"redite-test-result\">";
    std::size_t at = dom.find(open_tag);
    REQUIRE_MESSAGE(at != std::string::npos,
                    "the harness left no result: scripts did not run? DOM: " << dom.substr(0, 500));
    std::size_t end = dom.find("</pre>", at);
    REQUIRE(end != std::string::npos);
    const nlohmann::json result =
        nlohmann::json::parse(Unescape(dom.substr(at + open_tag.size(), end - at - open_tag.size())));

    {  // every figure equals --format json, and none is missing or extra
      std::map<std::string, std::string> expected = ExpectedFigures(json);
      std::map<std::string, std::string> shown;
      for (const auto& [name, value] : result.at("figures").items()) shown[name] = value;
      for (const auto& [name, value] : expected) {
        CAPTURE(name);
        REQUIRE_MESSAGE(shown.count(name) == 1, "figure not in the page: " << name);
        if (name == "overlap_rate") {
          CHECK(std::stod(shown[name]) == json["summary"]["overlap_rate"].get<double>());
        } else {
          CHECK(shown[name] == value);
        }
      }
      for (const auto& [name, value] : shown) {
        CHECK_MESSAGE(expected.count(name) == 1, "figure in the page, not in the JSON: " << name);
      }
      CHECK(std::stoi(shown["posts_audited"]) > 0);
    }

    {  // the level filter shows exactly the cards of the chosen level
      std::map<std::string, int> per_level;
      int total = 0;
      for (const nlohmann::json& c : json["report"]["checked"]) {
        for (const nlohmann::json& f : c["findings"]) {
          ++per_level[f["level"].get<std::string>()];
          ++total;
        }
      }
      int levels_present = 0;
      for (const auto& [level, n] : per_level) levels_present += n > 0;
      REQUIRE_MESSAGE(levels_present >= 2, "the demo audit should have two levels to filter");
      CHECK(result["filter_shown"] == true);
      CHECK(result["cards"] == total);
      CHECK(result["visible_before"] == total);
      for (const char* level : kLevels) {
        CAPTURE(level);
        REQUIRE(result["filter"].contains(level));
        const nlohmann::json& f = result["filter"][level];
        CHECK(f["visible"] == per_level[level]);
        CHECK(f["other_levels_visible"] == 0);
        CHECK(f["counter"] == std::to_string(per_level[level]));
      }
      CHECK(result["visible_after"] == total);
      // "new only" shows the findings the previous run did not report.
      CHECK(result["visible_only_new"] == json["run"]["new_findings"]);
      CHECK(result["visible_only_new"].get<int>() < total);
    }

    {  // on a narrow screen nothing is wider than the window
      CHECK(result["horizontal_overflow"] == 0);
    }

    {  // no request leaves the page
      CHECK(result["resources"].empty());
      nlohmann::json log = nlohmann::json::parse(ReadFile(net_log), nullptr, false);
      REQUIRE_MESSAGE(!log.is_discarded(), "the net log " << net_log << " is not JSON");
      std::string requests;
      for (const std::string& r : PageRequests(log)) requests += "\n  " + r;
      CHECK_MESSAGE(requests.empty(), "the page made requests:" << requests);
    }

    {  // a screenshot of the report is saved as a test artifact
      fs::path artifacts = fs::path(testing::RediteBinary()).parent_path() / "test-artifacts";
      fs::create_directories(artifacts);
      for (const auto& [name, size] : {std::pair<std::string, std::pair<int, int>>{
                                           "audit-report.png", {1280, 2000}},
                                       {"audit-report-narrow.png", {500, 1600}}}) {
        std::string png_path = (artifacts / name).string();
        fs::remove(png_path);
        std::string shot_out, shot_err;
        rc = RunChromium(*chromium, html_path,
                         "--screenshot=" + Quote(png_path) + " --window-size=" +
                             std::to_string(size.first) + "," + std::to_string(size.second),
                         "", &shot_out, &shot_err);
        REQUIRE_MESSAGE(rc == 0, "chromium --screenshot exit code " << rc << ": " << shot_err);
        std::string png = ReadFile(png_path);
        int width = 0, height = 0;
        std::string problem = PngInfo(png, &width, &height);
        CHECK_MESSAGE(problem.empty(), png_path << ": " << problem);
        CHECK(width == size.first);
        CHECK(height == size.second);
        CHECK(png.size() > 20000);  // a blank page is a few kB
        std::cout << "screenshot: " << png_path << std::endl;
      }
    }
  }

  TEST_CASE("html report e2e control: the net-log check sees a page that fetches") {
    std::optional<std::string> chromium = Chromium();
    if (!chromium) return;
    std::string page = TempDir() + "/fetching.html";
    WriteFile(page,
              "<!DOCTYPE html><html><body><img src=\"http://redite-test.invalid/x.png\">"
              "<script>fetch('https://redite-test.invalid/y').catch(function () {});</script>"
              "</body></html>\n");
    std::vector<std::string> requests = RequestsOf(*chromium, page);
    CHECK(requests.size() >= 2);
    bool image = false;
    for (const std::string& r : requests) image = image || r.rfind("http://redite-test.invalid/x.png", 0) == 0;
    CHECK(image);
  }
}

}  // namespace redite
