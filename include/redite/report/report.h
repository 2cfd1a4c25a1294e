// Report writers: the checked posts and their findings in the formats of
// `--format` (text, json, github, sarif, csv).
//
//   report::ReportOptions options;
//   options.fail_level = config.fail_level.value;
//   options.color = report::ShouldColor(report::ColorMode::kAuto, isatty(1), getenv("NO_COLOR"));
//   report::WriteReport(report::ReportFormat::kSarif, checked, options, std::cout);
//
// Formats:
//  - text: per checked post a verdict line, a warning when over 280 weighted
//    characters, then the matches best first with date, lag, level, score and
//    the shared passages (highlighted with ANSI bold yellow when `color`).
//  - json: one object, documented in kJsonFieldsDoc below; field names are stable.
//  - github: workflow commands, "::error file=F,line=L,title=T::message"
//    (findings at or above the fail level), "::warning ..." (below it, and
//    drafts over 280 characters), escaped as GitHub's toolkit does.
//  - sarif: SARIF 2.1.0, one rule per level and one for over-length drafts.
//  - csv: one row per finding (RFC 4180), for audits and spreadsheets.
//  - html: the audit as a self-contained page, see redite/report/html.h.
// Every writer prints what it is given: choosing which findings to report
// (e.g. levels below same-topic) is the caller's job.
#ifndef REDITE_REPORT_REPORT_H_
#define REDITE_REPORT_REPORT_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "redite/similarity/scorer.h"
#include "redite/workflows/audit_summary.h"
#include "redite/workflows/finding.h"

namespace redite::report {

enum class ReportFormat { kText, kJson, kGithub, kSarif, kCsv, kHtml };
// "text", "json", "github", "sarif", "csv", "html".
const char* ReportFormatName(ReportFormat format);
std::optional<ReportFormat> ParseReportFormat(std::string_view name);

enum class ColorMode { kAuto, kAlways, kNever };
std::optional<ColorMode> ParseColorMode(std::string_view name);  // "auto", "always", "never"

// Colour follows the conventions of no-color.org and ripgrep: kAlways and
// kNever decide; kAuto colours only a terminal and never when NO_COLOR is
// set to a non-empty value. `no_color` is getenv("NO_COLOR") (may be null).
bool ShouldColor(ColorMode mode, bool output_is_terminal, const char* no_color);

struct ReportOptions {
  // Findings at or above it fail the run (exit code 1): errors in github and
  // sarif, "fail" in the verdict.
  similarity::Level fail_level = similarity::Level::kRewording;
  bool color = false;  // text only: ANSI escapes around shared passages
  std::string tool_version = "0.0.0";
  // How the subject is called in the text format ("draft", "post").
  std::string subject_noun = "draft";
};

std::string FormatText(const std::vector<workflows::CheckedPost>& checked,
                       const ReportOptions& options);
std::string FormatJson(const std::vector<workflows::CheckedPost>& checked,
                       const ReportOptions& options);
// The JSON text of `object` (an object as FormatJson writes it: two-space
// indents, a final newline) with the member `name`: `value` (JSON as FormatJson
// writes it) put first, exactly as if the object had been built with it and
// dumped: a large member (an audit's report) is never parsed back or held
// twice as a JSON tree.
std::string PrependJsonMember(std::string_view name, std::string_view value,
                              std::string_view object);

std::string FormatGithub(const std::vector<workflows::CheckedPost>& checked,
                         const ReportOptions& options);
std::string FormatSarif(const std::vector<workflows::CheckedPost>& checked,
                        const ReportOptions& options);
std::string FormatCsv(const std::vector<workflows::CheckedPost>& checked,
                      const ReportOptions& options);

// kHtml writes the text report inside an HTML page (HtmlPage); the audit's
// page with charts is report::FormatAuditHtml (redite/report/html.h).
void WriteReport(ReportFormat format, const std::vector<workflows::CheckedPost>& checked,
                 const ReportOptions& options, std::ostream& out);

// The audit summary for people (overlap rate, levels, who said it first,
// lags, most echoed subjects, weekly trend), and as a JSON object with the
// fields of workflows::AuditSummary (snake_case, dates as "YYYY-MM-DD").
std::string FormatAuditSummaryText(const workflows::AuditSummary& summary);
std::string FormatAuditSummaryJson(const workflows::AuditSummary& summary);

// GitHub workflow-command escaping (actions/toolkit, core/src/command.ts):
// the message escapes % \r \n; property values also : and ,.
std::string EscapeGithubData(std::string_view text);
std::string EscapeGithubProperty(std::string_view text);

// `text` with ANSI bold yellow around each span (sorted, non-overlapping byte
// ranges on character boundaries, as workflows::MergeSpans gives).
std::string Highlight(std::string_view text, const std::vector<similarity::Span>& spans);

// `text` with `on` and `off` around each span (as for Highlight), every piece
// of the text passed through `piece` first (e.g. EscapeHtml); spans that are
// out of order or out of the text are ignored.
std::string WrapSpans(std::string_view text, const std::vector<similarity::Span>& spans,
                      std::string_view on, std::string_view off,
                      std::string (*piece)(std::string_view));

// The shared passages of a finding as the ranges to highlight in each text
// (workflows::SharedPassages, then workflows::MergeSpans on each side).
struct PassageSpans {
  std::vector<similarity::Span> subject;
  std::vector<similarity::Span> match;
};
PassageSpans HighlightSpans(const workflows::Finding& finding);

// "3 d 4 h", "25 min", "12 s": a lag for people.
std::string FormatDuration(std::int64_t seconds);

// The JSON format, field by field (for the documentation and help texts).
extern const char* const kJsonFieldsDoc;

}  // namespace redite::report

#endif  // REDITE_REPORT_REPORT_H_
