#include "redite/report/profile_report.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "redite/report/html.h"

namespace redite::report {
namespace {

using profile::KindProfile;
using profile::Profile;
using profile::ProfileTerm;

// What each list of a kind is called, in the order they are printed.
struct ListOf {
  const char* field;  // JSON field and CSS class
  const std::vector<ProfileTerm> KindProfile::*terms;
};
constexpr ListOf kLists[] = {{"person", &KindProfile::person},
                             {"corporate", &KindProfile::corporate},
                             {"shared", &KindProfile::shared}};

std::string KindTitle(profile::TermKind kind) {
  switch (kind) {
    case profile::TermKind::kSubject: return "Subjects (two-word terms)";
    case profile::TermKind::kLemma: return "Words (lemmas)";
    case profile::TermKind::kHashtag: return "Hashtags";
    case profile::TermKind::kDomain: return "Link domains";
  }
  return "";
}

std::string Handles(const std::vector<std::string>& handles) {
  std::string out;
  for (const std::string& h : handles) out += (out.empty() ? "@" : ", @") + h;
  return out;
}

std::string ListTitle(const Profile& p, const ListOf& list) {
  std::string field = list.field;
  if (field == "person") return "Distinctive of " + Handles(p.person_handles);
  if (field == "corporate") return "Distinctive of " + Handles(p.corporate_handles);
  return "Said alike by both";
}

std::string Day(std::int64_t t) { return FormatUtc(t).substr(0, 10); }

std::string Percent(double share) { return fmt::format("{:.1f}%", 100 * share); }

// The sentence that says how the figures were made (text and HTML).
std::string Method(const Profile& p) {
  return fmt::format(
      "Each post counts a term once. Ranked by the weighted log-odds ratio with an informative "
      "Dirichlet prior (Monroe, Colaresi and Quinn 2008), pooled counts of both sides as the "
      "prior, alpha0 = {}, among the terms of each kind a side uses. Distinctive: z >= {} (the "
      "person) or z <= -{} (the corporate account); alike: |z| below it, used by both. Terms in "
      "at least {} posts on the side they are listed for.",
      p.alpha0, p.min_abs_z, p.min_abs_z, p.min_count);
}

// Characters shown on a terminal (UTF-8 code points; wide characters are rare here).
std::size_t Width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string PadRight(const std::string& s, std::size_t width) {
  std::size_t w = Width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

nlohmann::json TermJson(const ProfileTerm& t) {
  return {{"term", t.term},
          {"key", t.key},
          {"person_posts", t.person_posts},
          {"corporate_posts", t.corporate_posts},
          {"delta", t.delta},
          {"z", t.z}};
}

// An inline bar of |z| scaled to the largest |z| of the kind (`max_abs_z`).
std::string ZBar(double z, double max_abs_z, const char* side) {
  constexpr double kWidth = 80;
  const double w = max_abs_z > 0 ? kWidth * std::min(1.0, std::abs(z) / max_abs_z) : 0;
  return fmt::format(
      "<svg class=\"bar {}\" width=\"{}\" height=\"10\" viewBox=\"0 0 {} 10\" aria-hidden=\"true\">"
      "<rect width=\"{:.1f}\" height=\"10\"/></svg>",
      side, kWidth, kWidth, w);
}

constexpr const char* kStyle = R"(<style>
#profile { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a202c; }
#profile h2 { margin-bottom: .2em; }
#profile p.method { color: #4a5568; font-size: .9em; max-width: 60em; }
#profile .lists { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; }
#profile table { border-collapse: collapse; margin: .3em 0 1em; font-size: .9em; }
#profile caption { text-align: left; font-weight: 600; padding-bottom: .3em; }
#profile th, #profile td { padding: .15em .5em; border-bottom: 1px solid #e2e8f0; text-align: right; }
#profile th.term, #profile td.term { text-align: left; }
#profile td.none { color: #718096; font-style: italic; text-align: left; }
#profile svg.bar { display: block; }
#profile svg.person rect { fill: #2b6cb0; }
#profile svg.corporate rect { fill: #c05621; }
#profile svg.shared rect { fill: #718096; }
#profile svg.echo rect { fill: #9b2c2c; }
</style>
)";

}  // namespace

const char* const kProfileJsonFieldsDoc = R"(redite profile JSON (format_version 1)
{
  "tool": "redite", "format_version": 1,
  "person", "corporate": [handles without @],
  "since", "until": UTC ISO 8601, posts created in [since, until),
  "person_posts", "corporate_posts": posts of each side in the period,
  "counting": "posts" (each post counts a term once),
  "method": "weighted-log-odds-informative-dirichlet", "alpha0": prior size,
  "min_count": posts a listed term is in, on its side,
  "min_abs_z": the |z| at which a difference counts,
  "kinds": {"subject" | "lemma" | "hashtag" | "domain": {
    "person" (z >= min_abs_z, highest first), "corporate" (z <= -min_abs_z, lowest first),
    "shared" (|z| < min_abs_z, most used by both first): [
      {"term" (as shown), "key" (as counted), "person_posts", "corporate_posts",
       "delta" (log-odds ratio, person over corporate), "z"} ] } },
  "fail_level": level at or above which a post echoes,
  "monthly_echoes": [oldest first: {"month": "YYYY-MM", "posts", "echoing", "share" (0..1)}]
})";

std::string FormatProfileText(const Profile& p) {
  std::string out = fmt::format(
      "Editorial-line profile: {} ({} posts) vs {} ({} posts), {} to {} (until excluded)\n",
      Handles(p.person_handles), p.person_posts, Handles(p.corporate_handles), p.corporate_posts,
      Day(p.since), Day(p.until));
  out += Method(p) + "\n";
  for (const KindProfile& k : p.kinds) {
    out += "\n" + KindTitle(k.kind) + "\n";
    for (const ListOf& list : kLists) {
      const std::vector<ProfileTerm>& terms = k.*list.terms;
      // Terms are indented 2 more than the list's title, in the same column width.
      const std::string title = ListTitle(p, list);
      std::size_t width = std::max<std::size_t>(24, Width(title));
      for (const ProfileTerm& t : terms) width = std::max(width, Width(t.term) + 2);
      out += fmt::format("  {} {:>7} {:>9} {:>7}\n", PadRight(title, width), "person",
                         "corporate", "z");
      if (terms.empty()) out += "    (none)\n";
      for (const ProfileTerm& t : terms) {
        out += fmt::format("    {} {:>7} {:>9} {:>7.2f}\n", PadRight(t.term, width - 2),
                           t.person_posts, t.corporate_posts, t.z);
      }
    }
  }
  out += fmt::format("\nEchoes by month (posts of {} with a finding at or above {})\n",
                     Handles(p.person_handles), similarity::LevelName(p.fail_level));
  if (p.monthly.empty()) out += "  (none)\n";
  else out += fmt::format("  {:<8} {:>6} {:>8} {:>7}\n", "month", "posts", "echoing", "share");
  for (const profile::MonthlyEchoes& m : p.monthly) {
    out += fmt::format("  {:<8} {:>6} {:>8} {:>7}\n", m.month, m.posts, m.echoing,
                       Percent(m.share));
  }
  return out;
}

std::string FormatProfileJson(const Profile& p) {
  nlohmann::json j;
  j["tool"] = "redite";
  j["format_version"] = 1;
  j["person"] = p.person_handles;
  j["corporate"] = p.corporate_handles;
  j["since"] = FormatUtc(p.since);
  j["until"] = FormatUtc(p.until);
  j["person_posts"] = p.person_posts;
  j["corporate_posts"] = p.corporate_posts;
  j["counting"] = "posts";
  j["method"] = "weighted-log-odds-informative-dirichlet";
  j["alpha0"] = p.alpha0;
  j["min_count"] = p.min_count;
  j["min_abs_z"] = p.min_abs_z;
  j["kinds"] = nlohmann::json::object();
  for (const KindProfile& k : p.kinds) {
    nlohmann::json kind = nlohmann::json::object();
    for (const ListOf& list : kLists) {
      nlohmann::json terms = nlohmann::json::array();
      for (const ProfileTerm& t : k.*list.terms) terms.push_back(TermJson(t));
      kind[list.field] = std::move(terms);
    }
    j["kinds"][profile::TermKindName(k.kind)] = std::move(kind);
  }
  j["fail_level"] = similarity::LevelName(p.fail_level);
  j["monthly_echoes"] = nlohmann::json::array();
  for (const profile::MonthlyEchoes& m : p.monthly) {
    j["monthly_echoes"].push_back(
        {{"month", m.month}, {"posts", m.posts}, {"echoing", m.echoing}, {"share", m.share}});
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string FormatProfileHtmlSection(const Profile& p) {
  std::string out = "<section id=\"profile\">\n";
  out += kStyle;
  out += "<h2>Editorial-line profile</h2>\n";
  out += fmt::format(
      "<p class=\"period\">{} ({} posts) against {} ({} posts), {} to {} (until excluded).</p>\n",
      EscapeHtml(Handles(p.person_handles)), p.person_posts,
      EscapeHtml(Handles(p.corporate_handles)), p.corporate_posts, Day(p.since), Day(p.until));
  out += "<p class=\"method\">" + EscapeHtml(Method(p)) + "</p>\n";
  for (const KindProfile& k : p.kinds) {
    double max_abs_z = 0;
    for (const ListOf& list : kLists) {
      for (const ProfileTerm& t : k.*list.terms) max_abs_z = std::max(max_abs_z, std::abs(t.z));
    }
    out += fmt::format("<h3>{}</h3>\n<div class=\"lists {}\">\n", EscapeHtml(KindTitle(k.kind)),
                       profile::TermKindName(k.kind));
    for (const ListOf& list : kLists) {
      out += fmt::format(
          "<table class=\"{}\">\n<caption>{}</caption>\n<thead><tr><th class=\"term\">term</th>"
          "<th>person</th><th>corporate</th><th>z</th><th></th></tr></thead>\n<tbody>\n",
          list.field, EscapeHtml(ListTitle(p, list)));
      const std::vector<ProfileTerm>& terms = k.*list.terms;
      if (terms.empty()) out += "<tr><td class=\"none\" colspan=\"5\">none</td></tr>\n";
      for (const ProfileTerm& t : terms) {
        out += fmt::format(
            "<tr><td class=\"term\">{}</td><td>{}</td><td>{}</td><td>{:.2f}</td><td>{}</td></tr>\n",
            EscapeHtml(t.term), t.person_posts, t.corporate_posts, t.z,
            ZBar(t.z, max_abs_z, list.field));
      }
      out += "</tbody>\n</table>\n";
    }
    out += "</div>\n";
  }
  out += fmt::format(
      "<h3>Echoes by month</h3>\n<table class=\"monthly\">\n<caption>Posts of {} with a finding "
      "at or above {}</caption>\n<thead><tr><th class=\"term\">month</th><th>posts</th>"
      "<th>echoing</th><th>share</th><th></th></tr></thead>\n<tbody>\n",
      EscapeHtml(Handles(p.person_handles)), similarity::LevelName(p.fail_level));
  if (p.monthly.empty()) out += "<tr><td class=\"none\" colspan=\"5\">none</td></tr>\n";
  for (const profile::MonthlyEchoes& m : p.monthly) {
    out += fmt::format(
        "<tr><td class=\"term\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
        m.month, m.posts, m.echoing, Percent(m.share), ZBar(m.share, 1.0, "echo"));
  }
  out += "</tbody>\n</table>\n</section>\n";
  return out;
}

std::string FormatProfileHtmlPage(const Profile& p) {
  return HtmlPage(fmt::format("redite profile: {} vs {}", Handles(p.person_handles),
                              Handles(p.corporate_handles)),
                  "<main>\n" + FormatProfileHtmlSection(p) + "</main>\n");
}

}  // namespace redite::report
