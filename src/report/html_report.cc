#include "redite/report/html.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "redite/post.h"
#include "redite/report/report.h"
#include "redite/report/svg_chart.h"

namespace redite::report {
namespace {

using similarity::Level;
using workflows::AuditResult;
using workflows::AuditSummary;
using workflows::CheckedPost;
using workflows::Finding;
using workflows::FirstSaid;
using workflows::PostRef;
using workflows::ResolvedFinding;

// The levels a finding can have, most severe first.
constexpr Level kFindingLevels[] = {Level::kDuplicate, Level::kNearDuplicate, Level::kRewording,
                                    Level::kSameTopic};

// Everything remote is forbidden: the page only runs its own inline script
// and style, and shows data: images at most.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'";

constexpr const char* kStyle = R"css(
:root{--fg:#1d2127;--muted:#5c6570;--bg:#fff;--card:#f6f7f9;--line:#d8dce1;--accent:#2b5797;
--dup:#b3261e;--near:#d9480f;--rew:#b7791f;--topic:#4a6fa5;--mark:#ffe58a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:1100px;padding:1rem;color:var(--fg);background:var(--bg);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .6rem;border-bottom:1px solid var(--line)}
h3{font-size:.95rem;margin:0 0 .3rem;font-weight:600}
.meta,.muted{color:var(--muted);font-size:.9rem}
nav.contents{font-size:.9rem;margin:.5rem 0 1rem}
@media print{nav.contents{display:none}}
[hidden]{display:none!important}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:.6rem;margin:0}
.figures div{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem}
.figures dt{font-size:.8rem;color:var(--muted)}.figures dd{margin:0;font-size:1.4rem;font-weight:600}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
figure{margin:0;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.6rem}
figcaption{font-weight:600;margin-bottom:.3rem}
svg.chart{width:100%;height:auto;display:block}
svg .bar{fill:#b9c6da}svg .bar-part{fill:var(--accent)}svg .grid{stroke:var(--line);stroke-width:1}
svg .axis{stroke:var(--muted);stroke-width:1}svg text{font-size:11px;fill:var(--muted)}
.legend{font-size:.85rem;color:var(--muted)}.key-bar{background:#b9c6da}.key-part{background:var(--accent)}
.legend i{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 .8em;vertical-align:middle}
table{border-collapse:collapse;font-size:.85rem;margin:.4rem 0}th,td{border:1px solid var(--line);padding:.15rem .45rem;text-align:left;vertical-align:top}
td{font-variant-numeric:tabular-nums}caption{text-align:left;color:var(--muted)}
details summary{cursor:pointer;color:var(--accent)}
.filter{border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;margin:.6rem 0}
.filter label{margin-right:1rem;white-space:nowrap}
.pair{border:1px solid var(--line);border-left:6px solid var(--topic);border-radius:6px;padding:.6rem .8rem;margin:.8rem 0;break-inside:avoid}
.pair[data-level=duplicate]{border-left-color:var(--dup)}.pair[data-level=near-duplicate]{border-left-color:var(--near)}
.pair[data-level=rewording]{border-left-color:var(--rew)}
.pair-head{display:flex;flex-wrap:wrap;gap:.3rem .8rem;align-items:baseline;margin-bottom:.4rem}
.level{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
.new{background:var(--accent);color:#fff;border-radius:3px;padding:0 .35rem;font-size:.75rem;font-weight:700}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
.side{background:var(--card);border-radius:4px;padding:.5rem .6rem;min-width:0}
.text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;padding:0 .05em;border-radius:2px}
.shared{margin:.4rem 0 0;font-size:.85rem}.shared dt{display:inline;color:var(--muted)}.shared dd{display:inline;margin:0 .8rem 0 .2rem;overflow-wrap:anywhere}
footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.5rem}
a{color:var(--accent)}
@media (max-width:720px){body{padding:.6rem;font-size:14px}.charts,.sides{grid-template-columns:1fr}
table.resolved{display:block;overflow-x:auto}
.figures{grid-template-columns:repeat(2,1fr)}}
@media print{body{max-width:none;font-size:11pt}.filter,.no-print{display:none!important}
.pair[hidden]{display:block!important}a{color:inherit;text-decoration:none}
.figures div,figure,.side{background:none}.charts{grid-template-columns:1fr 1fr}}
)css";

// Shows the level filter (useless without a script, so hidden in the markup)
// and hides the pair cards whose level is unchecked; opens the number tables
// before printing.
constexpr const char* kFilterScript = R"js(
(function () {
  var filter = document.getElementById('filter');
  if (filter) {
    filter.hidden = false;
    var boxes = filter.querySelectorAll('input[data-level]');
    var onlyNew = document.getElementById('only-new');
    var apply = function () {
      var on = {};
      boxes.forEach(function (b) { on[b.getAttribute('data-level')] = b.checked; });
      var shown = 0;
      document.querySelectorAll('article.pair').forEach(function (card) {
        var visible = on[card.getAttribute('data-level')] === true &&
            (!onlyNew || !onlyNew.checked || card.getAttribute('data-new') === 'true');
        card.hidden = !visible;
        if (visible) shown++;
      });
      var count = document.getElementById('pairs-visible');
      if (count) count.textContent = String(shown);
    };
    boxes.forEach(function (b) { b.addEventListener('change', apply); });
    if (onlyNew) onlyNew.addEventListener('change', apply);
    apply();
  }
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
})();
)js";

// A figure a program can read: data-value is what --format json says.
std::string Figure(std::string_view name, std::string_view value, std::string_view shown) {
  return fmt::format("<span data-figure=\"{}\" data-value=\"{}\">{}</span>", EscapeHtml(name),
                     EscapeHtml(value), EscapeHtml(shown));
}

std::string Figure(std::string_view name, std::int64_t value) {
  std::string v = std::to_string(value);
  return Figure(name, v, v);
}

// The shortest text that reads back as the same double (as nlohmann::json writes it).
std::string ExactDouble(double value) { return fmt::format("{}", value); }

std::string Percent(double rate) { return fmt::format("{:.1f} %", 100.0 * rate); }

std::string Day(std::int64_t t) { return FormatUtc(t).substr(0, 10); }

// <time> with the ISO date, shown as "2026-01-03 10:00 UTC".
std::string TimeElement(const std::optional<std::int64_t>& t) {
  if (!t) return "<span class=\"muted\">date unknown</span>";
  std::string iso = FormatUtc(*t);
  return fmt::format("<time datetime=\"{}\">{} {} UTC</time>", iso, iso.substr(0, 10),
                     iso.substr(11, 5));
}

std::string Handle(const PostRef& p) {
  return p.account.empty() ? std::string("(unknown account)") : "@" + p.account;
}

// Only web addresses become links (never javascript: or data:).
std::string PostLink(const PostRef& p) {
  if (p.url.rfind("https://", 0) != 0 && p.url.rfind("http://", 0) != 0) return "";
  return fmt::format(" <a href=\"{}\" rel=\"noopener noreferrer\" class=\"no-print\">open</a>",
                     EscapeHtml(p.url));
}

std::string Marked(std::string_view text, const std::vector<similarity::Span>& spans) {
  return WrapSpans(text, spans, "<mark>", "</mark>", &EscapeHtml);
}

// "@acme said it first, 3 d 4 h before".
std::string FirstSaidPhrase(const Finding& f) {
  std::string lag = f.lag_seconds ? FormatDuration(*f.lag_seconds) : "";
  switch (f.first) {
    case FirstSaid::kMatch:
      return fmt::format("{} said it first, {} before", Handle(f.match), lag);
    case FirstSaid::kSubject:
      return fmt::format("{} said it first, {} before", Handle(f.subject), lag);
    case FirstSaid::kSameTime:
      return "posted at the same time";
    case FirstSaid::kUnknown:
      break;
  }
  return "order unknown";
}

std::string SharedList(const std::vector<std::string>& items, std::string_view prefix) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ", ";
    out += EscapeHtml(std::string(prefix) + item);
  }
  return out;
}

std::string Side(const char* role, const PostRef& p, const std::vector<similarity::Span>& spans) {
  return fmt::format(
      "<section class=\"side {}\"><h3>{} · {}{}</h3><p class=\"text\">{}</p></section>", role,
      EscapeHtml(Handle(p)), TimeElement(p.created_at), PostLink(p), Marked(p.text, spans));
}

std::string PairCard(const Finding& f, int index, bool is_new) {
  const char* level = similarity::LevelName(f.comparison.level);
  PassageSpans spans = HighlightSpans(f);
  std::string out = fmt::format(
      "<article class=\"pair\" id=\"pair-{}\" data-level=\"{}\" data-new=\"{}\" data-score=\"{}\">\n"
      "<header class=\"pair-head\"><span class=\"level\">{}</span><span>score {:.4f}</span>{}"
      "<span class=\"muted\">{}</span></header>\n<div class=\"sides\">\n{}\n{}\n</div>\n",
      index, level, is_new ? "true" : "false", ExactDouble(f.comparison.score), level,
      f.comparison.score, is_new ? "<span class=\"new\">new</span>" : "",
      EscapeHtml(FirstSaidPhrase(f)), Side("subject", f.subject, spans.subject),
      Side("match", f.match, spans.match));
  std::string shared;
  auto add = [&](const char* name, const std::vector<std::string>& items, const char* prefix) {
    if (!items.empty()) shared += fmt::format("<dt>{}</dt><dd>{}</dd>", name, SharedList(items, prefix));
  };
  add("shared links", f.comparison.shared_links, "");
  add("hashtags", f.comparison.shared_hashtags, "#");
  add("figures", f.comparison.shared_figures, "");
  if (!shared.empty()) out += "<dl class=\"shared\">" + shared + "</dl>\n";
  return out + "</article>\n";
}

std::string FigureBox(std::string_view label, std::string_view figure_html) {
  return fmt::format("<div><dt>{}</dt><dd>{}</dd></div>\n", EscapeHtml(label), figure_html);
}

std::string Glance(const AuditSummary& s) {
  std::string out = "<section id=\"glance\">\n<h2>At a glance</h2>\n<dl class=\"figures\">\n";
  out += FigureBox("Posts audited", Figure("posts_audited", s.posts_audited));
  out += FigureBox(fmt::format("Overlapping (at or above {})", similarity::LevelName(s.fail_level)),
                   Figure("overlapping", s.overlapping));
  out += FigureBox("Overlap rate",
                   Figure("overlap_rate", ExactDouble(s.overlap_rate), Percent(s.overlap_rate)));
  for (int level = 4; level >= 0; --level) {
    const char* name = similarity::LevelName(static_cast<Level>(level));
    out += FigureBox(level == 0 ? "Distinct (no finding)" : name,
                     Figure(std::string("level.") + name, s.posts_by_level[level]));
  }
  out += "</dl>\n<p class=\"muted\">Posts are counted once, at the highest level of their "
         "findings.</p>\n</section>\n";
  return out;
}

std::string ChartFigure(const BarChart& chart, std::string_view legend, bool table_open) {
  return fmt::format("<figure>\n<figcaption>{}</figcaption>\n{}{}<details{}><summary>The numbers"
                     "</summary>\n{}</details>\n</figure>\n",
                     EscapeHtml(chart.title), BarChartSvg(chart), legend,
                     table_open ? " open" : "", BarChartTable(chart));
}

std::string Trend(const AuditSummary& s) {
  BarChart chart;
  chart.id = "chart-weeks";
  chart.title = "Posts per week, and those overlapping";
  chart.value_name = "posts";
  chart.part_name = "overlapping";
  chart.width = 720;
  for (const workflows::WeekTrend& w : s.weeks) {
    std::string week = "week." + Day(w.week_start);
    Bar& bar = chart.bars.emplace_back(Day(w.week_start), static_cast<double>(w.posts),
                                       static_cast<double>(w.overlapping));
    bar.value_figure = week + ".posts";
    bar.part_figure = week + ".overlapping";
  }
  chart.label_every = static_cast<int>((chart.bars.size() + 5) / 6);
  std::string legend =
      "<p class=\"legend\"><i class=\"key-bar\"></i>posts<i class=\"key-part\"></i>overlapping "
      "(at or above the fail level)</p>\n";
  std::string out = "<section id=\"trend\">\n<h2>Trend per week</h2>\n";
  out += ChartFigure(chart, legend, false);
  return out + "</section>\n";
}

std::string Lags(const AuditSummary& s) {
  BarChart first;
  first.id = "chart-first";
  first.title = "Who said it first (overlapping posts)";
  first.value_name = "posts";
  first.width = 360;  // half the page: a smaller viewBox keeps the text readable
  first.bars = {{"corporate first", static_cast<double>(s.match_first), 0},
                {"leader first", static_cast<double>(s.subject_first), 0},
                {"same time", static_cast<double>(s.same_time), 0},
                {"unknown", static_cast<double>(s.order_unknown), 0}};
  BarChart lags;
  lags.id = "chart-lags";
  lags.title = "How long after the corporate post";
  lags.value_name = "posts";
  lags.width = 360;
  for (std::size_t i = 0; i < s.lag_histogram.size(); ++i) {
    const workflows::LagBucket& b = s.lag_histogram[i];
    lags.bars.emplace_back(b.label, static_cast<double>(b.count))
        .value_figure = fmt::format("lag_histogram.{}", i);
  }
  std::string out = "<section id=\"lag\">\n<h2>Who said it first, and how long after</h2>\n";
  out += "<p>Corporate account first: " + Figure("said_first.match", s.match_first) +
         " · leader first: " + Figure("said_first.subject", s.subject_first) +
         " · same time: " + Figure("said_first.same_time", s.same_time) +
         " · unknown: " + Figure("said_first.unknown", s.order_unknown) + "</p>\n";
  if (s.lag) {
    out += fmt::format(
        "<p>When the corporate account said it first, the leader repeated it after {} "
        "(median; quartiles {} to {}, shortest {}, longest {}).</p>\n",
        Figure("lag_seconds.median", std::to_string(s.lag->median), FormatDuration(s.lag->median)),
        FormatDuration(s.lag->p25), FormatDuration(s.lag->p75), FormatDuration(s.lag->min),
        FormatDuration(s.lag->max));
  }
  out += "<div class=\"charts\">\n" + ChartFigure(first, "", true) + ChartFigure(lags, "", true);
  return out + "</div>\n</section>\n";
}

std::string ResolvedRow(const ResolvedFinding& r) {
  return fmt::format(
      "<tr data-resolved=\"{}\"><td>{}</td><td>{:.4f}</td><td>{} · {}<br>{}</td><td>{} · {}<br>{}"
      "</td><td>{}</td></tr>\n",
      similarity::LevelName(r.level), similarity::LevelName(r.level), r.score,
      EscapeHtml(Handle(r.subject)), TimeElement(r.subject.created_at), EscapeHtml(r.subject.text),
      EscapeHtml(Handle(r.match)), TimeElement(r.match.created_at),
      r.match.text.empty() ? std::string("<span class=\"muted\">no longer stored</span>")
                           : EscapeHtml(r.match.text),
      r.accepted ? "accepted as deliberate" : "no longer found");
}

std::string Changes(const AuditResult& result, const std::vector<std::pair<int, const Finding*>>& fresh) {
  std::string out = "<section id=\"changes\">\n<h2>What changed since the previous run</h2>\n";
  if (!result.previous_run_id) {
    out += "<p>No previous run of these accounts: every finding is new.</p>\n";
  } else {
    out += fmt::format("<p>Compared with run #{}.</p>\n",
                       Figure("run.previous_run", *result.previous_run_id));
  }
  out += "<p>New findings: " + Figure("run.new_findings", static_cast<std::int64_t>(result.new_findings)) +
         " of " + Figure("run.findings", static_cast<std::int64_t>(result.findings)) +
         " · resolved: " + Figure("run.resolved", static_cast<std::int64_t>(result.resolved.size())) +
         " · accepted pairs left out: " +
         Figure("run.accepted_left_out", static_cast<std::int64_t>(result.accepted)) + "</p>\n";
  if (!fresh.empty()) {
    out += "<details><summary>The new findings</summary>\n<ul>\n";
    for (const auto& [index, f] : fresh) {
      out += fmt::format("<li><a href=\"#pair-{}\">{} · {} repeating {}</a></li>\n", index,
                         similarity::LevelName(f->comparison.level), EscapeHtml(Handle(f->subject)),
                         EscapeHtml(Handle(f->match)));
    }
    out += "</ul>\n</details>\n";
  }
  if (!result.resolved.empty()) {
    out += "<table class=\"resolved\">\n<caption>Resolved: reported by the previous run, not by "
           "this one</caption>\n<thead><tr><th>level</th><th>score</th><th>leader's post</th>"
           "<th>corporate post</th><th>why</th></tr></thead>\n<tbody>\n";
    for (const ResolvedFinding& r : result.resolved) out += ResolvedRow(r);
    out += "</tbody>\n</table>\n";
  }
  return out + "</section>\n";
}

std::string Filter(const std::map<Level, int>& per_level) {
  std::string out =
      "<fieldset class=\"filter\" id=\"filter\" hidden>\n<legend>Show levels</legend>\n";
  for (Level level : kFindingLevels) {
    const char* name = similarity::LevelName(level);
    auto it = per_level.find(level);
    out += fmt::format(
        "<label><input type=\"checkbox\" data-level=\"{}\" checked> {} ({})</label>\n", name, name,
        it == per_level.end() ? 0 : it->second);
  }
  out += "<label><input type=\"checkbox\" id=\"only-new\"> new only</label>\n";
  out += "<span class=\"muted\">shown: <span id=\"pairs-visible\"></span></span>\n</fieldset>\n";
  return out;
}

}  // namespace

const char* const kHtmlFiguresDoc = R"(data-figure names and the JSON fields they equal
  posts_audited, overlapping, overlap_rate    summary.<same name>
  level.<level>                               summary.posts_by_level.<level>
  said_first.<match|subject|same_time|unknown>  summary.said_first.<same name>
  lag_seconds.median                          summary.lag_seconds.median (when not null)
  lag_histogram.<i>                           summary.lag_histogram[i].count
  week.<YYYY-MM-DD>.<posts|overlapping>       summary.weeks[] with that week
  run.<findings|new_findings|accepted_left_out|previous_run>  run.<same name>
  run.resolved                                the length of run.resolved
  pairs.shown                                 the findings of report.checked[])";

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string HtmlPage(std::string_view title, std::string_view body_html) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n"
      "<meta name=\"referrer\" content=\"no-referrer\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
      kContentSecurityPolicy, EscapeHtml(title), kStyle, body_html);
}

std::string FormatAuditHtml(const AuditResult& result, const HtmlReportOptions& options) {
  const AuditSummary& s = result.summary;
  // Every finding shown, most severe first across posts.
  std::vector<Finding> findings;
  for (const CheckedPost& c : result.checked) {
    findings.insert(findings.end(), c.findings.begin(), c.findings.end());
  }
  workflows::SortBestFirst(&findings);
  std::map<Level, int> per_level;
  for (const Finding& f : findings) ++per_level[f.comparison.level];

  std::string title = "redite audit" + (options.scope.empty() ? "" : ": " + options.scope);
  std::string body = fmt::format(
      "<header>\n<h1>{}</h1>\n<p class=\"meta\">Fail level {} · {} · generated {}</p>\n</header>\n",
      EscapeHtml(title), similarity::LevelName(options.fail_level),
      result.run_id != 0 ? "audit run #" + Figure("run.id", result.run_id)
                         : std::string("not recorded (dry run)"),
      TimeElement(options.generated_at));
  std::vector<std::pair<std::string, std::string>> contents = {
      {"glance", "At a glance"}, {"trend", "Trend"},  {"lag", "Who said it first"},
      {"changes", "Changes"},    {"pairs", "Pairs"}};
  if (!options.extra_section_id.empty()) {
    contents.emplace_back(options.extra_section_id, options.extra_section_title);
  }
  body += "<nav class=\"contents\" aria-label=\"Contents\">";
  for (std::size_t i = 0; i < contents.size(); ++i) {
    body += fmt::format("{}<a href=\"#{}\">{}</a>", i > 0 ? " · " : "",
                        EscapeHtml(contents[i].first), EscapeHtml(contents[i].second));
  }
  body += "</nav>\n";
  body += Glance(s) + Trend(s) + Lags(s);

  std::string cards;
  std::vector<std::pair<int, const Finding*>> fresh;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    bool is_new = result.IsNew(findings[i]);
    if (is_new) fresh.emplace_back(static_cast<int>(i + 1), &findings[i]);
    cards += PairCard(findings[i], static_cast<int>(i + 1), is_new);
  }
  body += Changes(result, fresh);
  body += fmt::format(
      "<section id=\"pairs\">\n<h2>The pairs, most severe first</h2>\n<p>{} {} shown{}; shared "
      "passages are <mark>highlighted</mark> in the original texts.</p>\n",
      Figure("pairs.shown", static_cast<std::int64_t>(findings.size())),
      findings.size() == 1 ? "pair" : "pairs",
      options.only_new ? " (new since the previous run only)" : "");
  body += Filter(per_level);
  body += cards.empty() ? "<p>No pair to show.</p>\n" : cards;
  body += "</section>\n";
  body += options.extra_section_html;
  body += fmt::format(
      "<footer class=\"muted\">redite {} · this page is self-contained and fetches nothing."
      "</footer>\n<script>{}</script>\n",
      EscapeHtml(options.tool_version), kFilterScript);
  return HtmlPage(title, body);
}

}  // namespace redite::report
