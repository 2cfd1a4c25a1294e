#include "redite/report/report.h"

#include <cstdlib>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "redite/report/html.h"

namespace redite::report {
namespace {

using similarity::Level;
using workflows::CheckedPost;
using workflows::Finding;
using workflows::FirstSaid;
using workflows::PostRef;
using workflows::SharedPassage;

constexpr const char* kHighlightOn = "\x1b[1;33m";
constexpr const char* kHighlightOff = "\x1b[0m";
constexpr const char* kSarifSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr const char* kOverLengthRule = "redite/over-length";

// The levels a finding can have, most severe first (a rule each in SARIF).
constexpr Level kFindingLevels[] = {Level::kDuplicate, Level::kNearDuplicate, Level::kRewording,
                                    Level::kSameTopic};

std::string Score(double score) { return fmt::format("{:.4f}", score); }

std::string RuleId(Level level) { return std::string("redite/") + similarity::LevelName(level); }

bool OverLength(const CheckedPost& c) {
  return c.weighted_length > text::kMaxWeightedTweetLength;
}

bool Fails(const Finding& f, const ReportOptions& options) {
  return f.comparison.level >= options.fail_level;
}

bool Fails(const CheckedPost& c, const ReportOptions& options) {
  for (const Finding& f : c.findings) {
    if (Fails(f, options)) return true;
  }
  return false;
}

// How a matched post is named: "@acme", or "drafts/avril.md:7" for another
// draft (drafts are also checked against each other).
std::string MatchLabel(const PostRef& p) {
  if (!p.file.empty()) return p.line > 0 ? fmt::format("{}:{}", p.file, p.line) : p.file;
  if (!p.account.empty()) return "@" + p.account;
  return p.id.empty() ? std::string("(unknown account)") : p.id;
}

// "drafts/mars.md:3", "@ceo 1790000000000000000", or "draft".
std::string SubjectLabel(const PostRef& p, const ReportOptions& options) {
  if (!p.file.empty()) {
    return p.line > 0 ? fmt::format("{}:{}", p.file, p.line) : p.file;
  }
  if (!p.account.empty()) return fmt::format("@{} {}", p.account, p.id);
  return p.id.empty() ? options.subject_noun : p.id;
}

std::string DateOf(const std::optional<std::int64_t>& t) {
  return t ? FormatUtc(*t) : std::string();
}

nlohmann::json JsonDate(const std::optional<std::int64_t>& t) {
  return t ? nlohmann::json(FormatUtc(*t)) : nlohmann::json(nullptr);
}

std::string Slice(std::string_view text, const similarity::Span& s) {
  return std::string(text.substr(s.start, s.end - s.start));
}

// "«a» «b»" for the shared passages of the subject.
std::string PassageList(const Finding& f, std::size_t max_items) {
  std::vector<SharedPassage> passages = workflows::SharedPassages(f);
  std::string out;
  std::size_t n = 0;
  for (const SharedPassage& p : passages) {
    if (n == max_items) {
      out += fmt::format(" (+{})", passages.size() - n);
      break;
    }
    if (n++ > 0) out += ' ';
    out += "\xC2\xAB" + Slice(f.subject.text, p.subject) + "\xC2\xBB";
  }
  return out;
}

// "said first by @acme, 3 d 4 h before".
std::string LagPhrase(const Finding& f, const ReportOptions& options) {
  if (!f.lag_seconds) return "";
  std::string d = FormatDuration(*f.lag_seconds < 0 ? -*f.lag_seconds : *f.lag_seconds);
  switch (f.first) {
    case FirstSaid::kMatch:
      return fmt::format("{} said it {} before", MatchLabel(f.match), d);
    case FirstSaid::kSubject:
      return fmt::format("the {} came {} before", options.subject_noun, d);
    case FirstSaid::kSameTime:
      return "same time";
    case FirstSaid::kUnknown:
      break;
  }
  return "";
}

// One finding as a sentence (github, sarif, and the CSV has its own columns).
std::string FindingMessage(const Finding& f, const ReportOptions& options) {
  std::string msg = fmt::format("{}: repeats {}", similarity::LevelName(f.comparison.level),
                                MatchLabel(f.match));
  if (f.match.created_at) msg += " of " + FormatUtc(*f.match.created_at);
  msg += fmt::format(" (score {}", Score(f.comparison.score));
  std::string lag = LagPhrase(f, options);
  if (!lag.empty()) msg += "; " + lag;
  msg += ")";
  std::string passages = PassageList(f, 5);
  if (!passages.empty()) msg += ": " + passages;
  msg += fmt::format(". Post {}: {}", f.match.id, f.match.text);
  return msg;
}

std::string OverLengthMessage(const CheckedPost& c) {
  return fmt::format("{} weighted characters, over the {} X allows", c.weighted_length,
                     text::kMaxWeightedTweetLength);
}

void AppendList(std::string* out, const char* name, const std::vector<std::string>& items,
                const char* prefix) {
  if (items.empty()) return;
  if (!out->empty()) *out += "; ";
  *out += name;
  *out += ": ";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) *out += ", ";
    *out += prefix + items[i];
  }
}

std::string Indent(std::string_view text, std::string_view pad) {
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '\n') out.append(pad);
  }
  return out;
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.append(sep);
    out += items[i];
  }
  return out;
}

// A relative reference for artifactLocation.uri (RFC 3986): unreserved
// characters and '/' kept, every other byte percent-encoded.
std::string FileUri(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  if (out.substr(0, 2) == "./") out.erase(0, 2);
  return out;
}

std::string Dump(const nlohmann::json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

nlohmann::json SpanJson(std::string_view text, const similarity::Span& s) {
  return {{"start", s.start}, {"end", s.end}, {"text", Slice(text, s)}};
}

nlohmann::json SignalsJson(const similarity::Signals& signals) {
  nlohmann::json j = nlohmann::json::object();
  for (int s = 0; s < similarity::kSignalCount; ++s) j[similarity::SignalName(s)] = signals[s];
  return j;
}

}  // namespace

const char* const kJsonFieldsDoc = R"(redite JSON report (format_version 1)
{
  "tool": "redite", "version": tool version, "format_version": 1,
  "fail_level": level at or above which findings fail the run,
  "failed": true when some finding is at or above fail_level (exit code 1),
  "checked": [ one object per checked draft or post:
    "id", "account" (handle without @, "" unknown), "file", "line" (0 for posts),
    "created_at" (UTC ISO 8601 or null), "text" (original),
    "weighted_length" (twitter-text, -1 unknown), "over_length" (> 280),
    "level" (highest level found, "distinct" when none), "failed",
    "findings": [ best first:
      "level", "score" (0..1), "failed",
      "match": {"id", "account", "created_at", "text", "url"},
      "lag_seconds" (subject date - match date; null unknown),
      "first_said" ("match", "subject", "same-time", "unknown"),
      "signals" and "contributions": {signal name: value},
      "shared_passages": [{"subject": {"start", "end", "text"}, "match": {...}}]
        (byte offsets into the original UTF-8 texts),
      "shared_lemmas", "shared_links", "shared_hashtags", "shared_figures" ] ]
})";

const char* ReportFormatName(ReportFormat format) {
  switch (format) {
    case ReportFormat::kText: return "text";
    case ReportFormat::kJson: return "json";
    case ReportFormat::kGithub: return "github";
    case ReportFormat::kSarif: return "sarif";
    case ReportFormat::kCsv: return "csv";
    case ReportFormat::kHtml: return "html";
  }
  return "text";
}

std::optional<ReportFormat> ParseReportFormat(std::string_view name) {
  for (ReportFormat f : {ReportFormat::kText, ReportFormat::kJson, ReportFormat::kGithub,
                         ReportFormat::kSarif, ReportFormat::kCsv, ReportFormat::kHtml}) {
    if (name == ReportFormatName(f)) return f;
  }
  return std::nullopt;
}

std::optional<ColorMode> ParseColorMode(std::string_view name) {
  if (name == "auto") return ColorMode::kAuto;
  if (name == "always") return ColorMode::kAlways;
  if (name == "never") return ColorMode::kNever;
  return std::nullopt;
}

bool ShouldColor(ColorMode mode, bool output_is_terminal, const char* no_color) {
  if (mode == ColorMode::kAlways) return true;
  if (mode == ColorMode::kNever) return false;
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return output_is_terminal;
}

std::string EscapeGithubData(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string EscapeGithubProperty(std::string_view text) {
  std::string out;
  for (char c : EscapeGithubData(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

std::string WrapSpans(std::string_view text, const std::vector<similarity::Span>& spans,
                      std::string_view on, std::string_view off,
                      std::string (*piece)(std::string_view)) {
  std::string out;
  std::size_t pos = 0;
  for (const similarity::Span& s : spans) {
    if (s.start < pos || s.end > text.size() || s.end <= s.start) continue;
    out += piece(text.substr(pos, s.start - pos));
    out.append(on);
    out += piece(text.substr(s.start, s.end - s.start));
    out.append(off);
    pos = s.end;
  }
  out += piece(text.substr(pos));
  return out;
}

std::string Highlight(std::string_view text, const std::vector<similarity::Span>& spans) {
  return WrapSpans(text, spans, kHighlightOn, kHighlightOff,
                   [](std::string_view s) { return std::string(s); });
}

PassageSpans HighlightSpans(const Finding& f) {
  PassageSpans spans;
  for (const SharedPassage& p : workflows::SharedPassages(f)) {
    spans.subject.push_back(p.subject);
    spans.match.push_back(p.match);
  }
  spans.subject = workflows::MergeSpans(f.subject.text, std::move(spans.subject));
  spans.match = workflows::MergeSpans(f.match.text, std::move(spans.match));
  return spans;
}

std::string FormatDuration(std::int64_t seconds) {
  if (seconds < 0) seconds = -seconds;
  std::int64_t d = seconds / 86400, h = seconds % 86400 / 3600, m = seconds % 3600 / 60;
  if (d > 0) return h > 0 ? fmt::format("{} d {} h", d, h) : fmt::format("{} d", d);
  if (h > 0) return m > 0 ? fmt::format("{} h {} min", h, m) : fmt::format("{} h", h);
  if (m > 0) return fmt::format("{} min", m);
  return fmt::format("{} s", seconds);
}

std::string FormatText(const std::vector<CheckedPost>& checked, const ReportOptions& options) {
  std::string out;
  int failing = 0;
  const char* fail_name = similarity::LevelName(options.fail_level);
  for (const CheckedPost& c : checked) {
    std::string label = SubjectLabel(c.post, options);
    Level highest = workflows::HighestLevel(c);
    bool fails = Fails(c, options);
    failing += fails ? 1 : 0;
    if (c.findings.empty()) {
      out += fmt::format("{}: ok: repeats nothing\n", label);
    } else {
      out += fmt::format("{}: {}: {} ({} {}; fail level {})\n", label, fails ? "FAIL" : "ok",
                         similarity::LevelName(highest), c.findings.size(),
                         c.findings.size() == 1 ? "match" : "matches", fail_name);
    }
    if (OverLength(c)) out += "  warning: " + OverLengthMessage(c) + "\n";
    int rank = 0;
    for (const Finding& f : c.findings) {
      ++rank;
      out += fmt::format("  {}. {} {}  {}", rank, similarity::LevelName(f.comparison.level),
                         Score(f.comparison.score), MatchLabel(f.match));
      if (f.match.created_at) out += " " + FormatUtc(*f.match.created_at);
      std::string lag = LagPhrase(f, options);
      if (!lag.empty()) out += " (" + lag + ")";
      out += "\n";
      PassageSpans spans = HighlightSpans(f);
      std::string subject_text =
          options.color ? Highlight(f.subject.text, spans.subject) : f.subject.text;
      std::string match_text = options.color ? Highlight(f.match.text, spans.match) : f.match.text;
      std::string subject_head = "     " + options.subject_noun + ": ";
      std::string match_head = "     " + MatchLabel(f.match) + ": ";
      out += subject_head + Indent(subject_text, std::string(subject_head.size(), ' ')) + "\n";
      out += match_head + Indent(match_text, std::string(match_head.size(), ' ')) + "\n";
      std::string shared;
      std::string passages = PassageList(f, 8);
      if (!passages.empty()) shared = "passages: " + passages;
      AppendList(&shared, "links", f.comparison.shared_links, "");
      AppendList(&shared, "hashtags", f.comparison.shared_hashtags, "#");
      AppendList(&shared, "figures", f.comparison.shared_figures, "");
      if (!shared.empty()) out += "     shared " + shared + "\n";
    }
  }
  out += fmt::format("{} checked, {} at or above {}\n", checked.size(), failing, fail_name);
  return out;
}

std::string PrependJsonMember(std::string_view name, std::string_view value,
                              std::string_view object) {
  std::string out = "{\n  " + nlohmann::json(std::string(name)).dump() + ": ";
  // Nested one level deeper: two more spaces after each line break (JSON
  // strings hold no raw line break).
  std::string_view v = value;
  while (!v.empty() && v.back() == '\n') v.remove_suffix(1);
  for (char c : v) {
    out.push_back(c);
    if (c == '\n') out += "  ";
  }
  std::string_view rest = object.substr(std::min<std::size_t>(object.find('{') + 1, object.size()));
  while (!rest.empty() && (rest.front() == '\n' || rest.front() == ' ')) rest.remove_prefix(1);
  if (rest.empty() || rest.front() == '}') {
    out += "\n}\n";
  } else {
    out += ",\n  ";
    out.append(rest);
  }
  return out;
}

std::string FormatJson(const std::vector<CheckedPost>& checked, const ReportOptions& options) {
  nlohmann::json root;
  root["tool"] = "redite";
  root["version"] = options.tool_version;
  root["format_version"] = 1;
  root["fail_level"] = similarity::LevelName(options.fail_level);
  bool failed = false;
  // Each post is written out once made, so that a large audit never holds
  // the JSON tree of every finding at once.
  std::string items;
  for (const CheckedPost& c : checked) {
    nlohmann::json item;
    item["id"] = c.post.id;
    item["account"] = c.post.account;
    item["file"] = c.post.file;
    item["line"] = c.post.line;
    item["created_at"] = JsonDate(c.post.created_at);
    item["text"] = c.post.text;
    item["weighted_length"] = c.weighted_length;
    item["over_length"] = OverLength(c);
    item["level"] = similarity::LevelName(workflows::HighestLevel(c));
    item["failed"] = Fails(c, options);
    failed = failed || Fails(c, options);
    nlohmann::json findings = nlohmann::json::array();
    for (const Finding& f : c.findings) {
      nlohmann::json j;
      j["level"] = similarity::LevelName(f.comparison.level);
      j["score"] = f.comparison.score;
      j["failed"] = Fails(f, options);
      j["match"] = {{"id", f.match.id},
                    {"account", f.match.account},
                    {"created_at", JsonDate(f.match.created_at)},
                    {"text", f.match.text},
                    {"url", f.match.url}};
      j["lag_seconds"] = f.lag_seconds ? nlohmann::json(*f.lag_seconds) : nlohmann::json(nullptr);
      j["first_said"] = workflows::FirstSaidName(f.first);
      j["signals"] = SignalsJson(f.comparison.signals);
      j["contributions"] = SignalsJson(f.comparison.contributions);
      nlohmann::json passages = nlohmann::json::array();
      for (const SharedPassage& p : workflows::SharedPassages(f)) {
        passages.push_back({{"subject", SpanJson(f.subject.text, p.subject)},
                            {"match", SpanJson(f.match.text, p.match)}});
      }
      j["shared_passages"] = std::move(passages);
      j["shared_lemmas"] = f.comparison.shared_lemmas;
      j["shared_links"] = f.comparison.shared_links;
      j["shared_hashtags"] = f.comparison.shared_hashtags;
      j["shared_figures"] = f.comparison.shared_figures;
      findings.push_back(std::move(j));
    }
    item["findings"] = std::move(findings);
    std::string text = item.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    items += items.empty() ? "[\n  " : ",\n  ";
    for (char ch : text) {
      items.push_back(ch);
      if (ch == '\n') items += "  ";
    }
  }
  items += items.empty() ? "[]" : "\n]";
  root["failed"] = failed;
  return PrependJsonMember("checked", items, Dump(root));
}

std::string FormatGithub(const std::vector<CheckedPost>& checked, const ReportOptions& options) {
  std::string out;
  auto command = [&](const char* kind, const PostRef& p, const std::string& title,
                     const std::string& message) {
    std::string props;
    if (!p.file.empty()) {
      props = "file=" + EscapeGithubProperty(p.file);
      if (p.line > 0) props += fmt::format(",line={}", p.line);
      props += ",";
    }
    props += "title=" + EscapeGithubProperty(title);
    out += fmt::format("::{} {}::{}\n", kind, props, EscapeGithubData(message));
  };
  for (const CheckedPost& c : checked) {
    if (OverLength(c)) command("warning", c.post, "redite: over 280 characters", OverLengthMessage(c));
    for (const Finding& f : c.findings) {
      command(Fails(f, options) ? "error" : "warning", c.post,
              fmt::format("redite: {}", similarity::LevelName(f.comparison.level)),
              FindingMessage(f, options));
    }
  }
  return out;
}

std::string FormatSarif(const std::vector<CheckedPost>& checked, const ReportOptions& options) {
  nlohmann::json rules = nlohmann::json::array();
  for (Level level : kFindingLevels) {
    const char* name = similarity::LevelName(level);
    rules.push_back(
        {{"id", RuleId(level)},
         {"name", name},
         {"shortDescription", {{"text", fmt::format("The text repeats a post ({})", name)}}},
         {"fullDescription",
          {{"text", fmt::format("redite found a post this text repeats at the {} level.", name)}}},
         {"defaultConfiguration", {{"level", level >= options.fail_level ? "error" : "warning"}}}});
  }
  rules.push_back({{"id", kOverLengthRule},
                   {"name", "over-length"},
                   {"shortDescription", {{"text", "The draft is over 280 weighted characters"}}},
                   {"defaultConfiguration", {{"level", "warning"}}}});
  auto rule_index = [](const std::string& id) {
    int i = 0;
    for (Level level : kFindingLevels) {
      if (RuleId(level) == id) return i;
      ++i;
    }
    return i;  // over-length, last
  };
  nlohmann::json results = nlohmann::json::array();
  auto add = [&](const PostRef& p, const std::string& rule, const char* level,
                 const std::string& message, nlohmann::json properties) {
    nlohmann::json r = {{"ruleId", rule},
                        {"ruleIndex", rule_index(rule)},
                        {"level", level},
                        {"message", {{"text", message}}}};
    if (!p.file.empty()) {
      nlohmann::json location = {
          {"physicalLocation", {{"artifactLocation", {{"uri", FileUri(p.file)}}}}}};
      if (p.line > 0) location["physicalLocation"]["region"] = {{"startLine", p.line}};
      r["locations"] = nlohmann::json::array({location});
    }
    r["properties"] = std::move(properties);
    results.push_back(std::move(r));
  };
  // A finding against another draft points at it too.
  auto relate = [&](const PostRef& match) {
    if (match.file.empty()) return;
    nlohmann::json related = {
        {"id", 1},
        {"physicalLocation", {{"artifactLocation", {{"uri", FileUri(match.file)}}}}},
        {"message", {{"text", "the earlier draft"}}}};
    if (match.line > 0) related["physicalLocation"]["region"] = {{"startLine", match.line}};
    results.back()["relatedLocations"] = nlohmann::json::array({related});
  };
  for (const CheckedPost& c : checked) {
    if (OverLength(c)) {
      add(c.post, kOverLengthRule, "warning", OverLengthMessage(c),
          {{"subjectId", c.post.id}, {"weightedLength", c.weighted_length}});
    }
    for (const Finding& f : c.findings) {
      add(c.post, RuleId(f.comparison.level), Fails(f, options) ? "error" : "warning",
          FindingMessage(f, options),
          {{"subjectId", f.subject.id},
           {"matchId", f.match.id},
           {"matchAccount", f.match.account},
           {"matchUrl", f.match.url},
           {"score", f.comparison.score}});
      relate(f.match);
    }
  }
  nlohmann::json run = {{"tool",
                         {{"driver",
                           {{"name", "redite"},
                            {"version", options.tool_version},
                            {"rules", std::move(rules)}}}}},
                        {"results", std::move(results)}};
  nlohmann::json log = {{"$schema", kSarifSchema},
                        {"version", "2.1.0"},
                        {"runs", nlohmann::json::array({std::move(run)})}};
  return Dump(log);
}

std::string FormatCsv(const std::vector<CheckedPost>& checked, const ReportOptions& options) {
  std::string out =
      "subject_id,subject_account,subject_file,subject_line,subject_date,match_id,match_account,"
      "match_date,level,score,failed,lag_seconds,first_said,shared_passages,shared_links,"
      "shared_hashtags,shared_figures,subject_text,match_text\r\n";
  for (const CheckedPost& c : checked) {
    for (const Finding& f : c.findings) {
      std::vector<std::string> passages;
      for (const SharedPassage& p : workflows::SharedPassages(f)) {
        passages.push_back(Slice(f.subject.text, p.subject));
      }
      std::vector<std::string> row = {
          f.subject.id,
          f.subject.account,
          f.subject.file,
          f.subject.line > 0 ? std::to_string(f.subject.line) : "",
          DateOf(f.subject.created_at),
          f.match.id,
          f.match.account,
          DateOf(f.match.created_at),
          similarity::LevelName(f.comparison.level),
          Score(f.comparison.score),
          Fails(f, options) ? "true" : "false",
          f.lag_seconds ? std::to_string(*f.lag_seconds) : "",
          workflows::FirstSaidName(f.first),
          Join(passages, " | "),
          Join(f.comparison.shared_links, " "),
          Join(f.comparison.shared_hashtags, " "),
          Join(f.comparison.shared_figures, " "),
          f.subject.text,
          f.match.text};
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (i > 0) out += ',';
        out += CsvField(row[i]);
      }
      out += "\r\n";
    }
  }
  return out;
}

std::string FormatAuditSummaryText(const workflows::AuditSummary& s) {
  const char* fail_name = similarity::LevelName(s.fail_level);
  std::string out = fmt::format(
      "{} posts audited, {} with a finding at or above {} ({:.1f} %)\n", s.posts_audited,
      s.overlapping, fail_name, 100.0 * s.overlap_rate);
  out += "by level (highest per post):";
  for (int level = 4; level >= 0; --level) {
    out += fmt::format(" {} {}{}", similarity::LevelName(static_cast<Level>(level)),
                       s.posts_by_level[level], level > 0 ? "," : "");
  }
  out += fmt::format(
      "\nsaid first: the corporate account {}, the person {}, same time {}, unknown {}\n",
      s.match_first, s.subject_first, s.same_time, s.order_unknown);
  if (s.lag) {
    out += fmt::format("lag after the corporate post: median {}, quartiles {} to {}, min {}, max {}\n",
                       FormatDuration(s.lag->median), FormatDuration(s.lag->p25),
                       FormatDuration(s.lag->p75), FormatDuration(s.lag->min),
                       FormatDuration(s.lag->max));
  }
  auto terms = [&](const char* name, const std::vector<workflows::CountedTerm>& list,
                   const char* prefix) {
    if (list.empty()) return;
    out += fmt::format("most echoed {}:", name);
    for (std::size_t i = 0; i < list.size(); ++i) {
      out += fmt::format("{} {}{} ({})", i > 0 ? "," : "", prefix, list[i].term, list[i].posts);
    }
    out += "\n";
  };
  terms("words", s.top_lemmas, "");
  terms("hashtags", s.top_hashtags, "#");
  terms("links", s.top_links, "");
  if (!s.weeks.empty()) out += "per week (posts, at or above the fail level):\n";
  for (const workflows::WeekTrend& w : s.weeks) {
    out += fmt::format("  {}  {:>4}  {:>4}\n", FormatUtc(w.week_start).substr(0, 10), w.posts,
                       w.overlapping);
  }
  return out;
}

std::string FormatAuditSummaryJson(const workflows::AuditSummary& s) {
  nlohmann::json j;
  j["fail_level"] = similarity::LevelName(s.fail_level);
  j["posts_audited"] = s.posts_audited;
  j["overlapping"] = s.overlapping;
  j["overlap_rate"] = s.overlap_rate;
  nlohmann::json levels = nlohmann::json::object();
  for (int level = 0; level < 5; ++level) {
    levels[similarity::LevelName(static_cast<Level>(level))] = s.posts_by_level[level];
  }
  j["posts_by_level"] = std::move(levels);
  j["said_first"] = {{"match", s.match_first},
                     {"subject", s.subject_first},
                     {"same_time", s.same_time},
                     {"unknown", s.order_unknown}};
  if (s.lag) {
    j["lag_seconds"] = {{"count", s.lag->count}, {"min", s.lag->min},   {"p25", s.lag->p25},
                        {"median", s.lag->median}, {"p75", s.lag->p75}, {"max", s.lag->max}};
  } else {
    j["lag_seconds"] = nullptr;
  }
  nlohmann::json histogram = nlohmann::json::array();
  for (const workflows::LagBucket& b : s.lag_histogram) {
    histogram.push_back({{"bucket", b.label}, {"min_seconds", b.min_seconds}, {"count", b.count}});
  }
  j["lag_histogram"] = std::move(histogram);
  auto terms = [](const std::vector<workflows::CountedTerm>& list) {
    nlohmann::json a = nlohmann::json::array();
    for (const workflows::CountedTerm& t : list) a.push_back({{"term", t.term}, {"posts", t.posts}});
    return a;
  };
  j["top_lemmas"] = terms(s.top_lemmas);
  j["top_hashtags"] = terms(s.top_hashtags);
  j["top_links"] = terms(s.top_links);
  nlohmann::json weeks = nlohmann::json::array();
  for (const workflows::WeekTrend& w : s.weeks) {
    weeks.push_back({{"week", FormatUtc(w.week_start).substr(0, 10)},
                     {"posts", w.posts},
                     {"overlapping", w.overlapping}});
  }
  j["weeks"] = std::move(weeks);
  return Dump(j);
}

void WriteReport(ReportFormat format, const std::vector<CheckedPost>& checked,
                 const ReportOptions& options, std::ostream& out) {
  switch (format) {
    case ReportFormat::kText: out << FormatText(checked, options); break;
    case ReportFormat::kJson: out << FormatJson(checked, options); break;
    case ReportFormat::kGithub: out << FormatGithub(checked, options); break;
    case ReportFormat::kSarif: out << FormatSarif(checked, options); break;
    case ReportFormat::kCsv: out << FormatCsv(checked, options); break;
    case ReportFormat::kHtml: {
      ReportOptions plain = options;
      plain.color = false;
      out << HtmlPage("redite report", "<pre>" + EscapeHtml(FormatText(checked, plain)) + "</pre>\n");
      break;
    }
  }
}

}  // namespace redite::report
