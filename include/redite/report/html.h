// The HTML audit report: one self-contained page (inline CSS, an inline
// script for the level filter, SVG charts) that opens offline, fetches
// nothing (its Content-Security-Policy forbids every fetch), reads on a
// laptop and a phone, and prints.
//
//   report::HtmlReportOptions options;
//   options.fail_level = config.fail_level.value;
//   options.tool_version = REDITE_VERSION_STRING;
//   options.generated_at = std::time(nullptr);
//   options.scope = "@ceo against @acme, 2026-01-01 to 2026-03-01";
//   std::string page = report::FormatAuditHtml(audit_result, options);
//
// Every figure the page shows that a program may check carries
// data-figure="NAME" and data-value="VALUE", VALUE being what `--format json`
// gives (see kHtmlFiguresDoc). Pair cards carry data-level="LEVEL" and
// data-new="true|false".
#ifndef REDITE_REPORT_HTML_H_
#define REDITE_REPORT_HTML_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "redite/similarity/scorer.h"
#include "redite/workflows/audit.h"

namespace redite::report {

struct HtmlReportOptions {
  similarity::Level fail_level = similarity::Level::kRewording;
  std::string tool_version = "0.0.0";
  std::int64_t generated_at = 0;  // UTC seconds
  // What was audited, for the heading ("@ceo against @acme, ...").
  std::string scope;
  bool only_new = false;  // the pairs shown are the new ones only (audit --new)
  // An already-rendered HTML fragment (one or more <section>s) inserted
  // before the footer as is; "" for none.
  std::string extra_section_html;
  // Its entry in the page's contents: the id of its <section> and a title
  // ("" for no entry).
  std::string extra_section_id;
  std::string extra_section_title;
};

// The audit as one HTML page.
std::string FormatAuditHtml(const workflows::AuditResult& result, const HtmlReportOptions& options);

// A complete page: doctype, charset, viewport, the Content-Security-Policy,
// the inline style sheet (screen, narrow screens, print; system fonts), the
// escaped `title`, and `body_html` as is inside <body>. Other HTML reports
// reuse it.
std::string HtmlPage(std::string_view title, std::string_view body_html);

// `text` with & < > " ' replaced by entities: safe in element content and in
// quoted attribute values.
std::string EscapeHtml(std::string_view text);

// The names of the data-figure attributes and the JSON fields they equal.
extern const char* const kHtmlFiguresDoc;

}  // namespace redite::report

#endif  // REDITE_REPORT_HTML_H_
