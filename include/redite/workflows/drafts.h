// Drafts: the posts not yet published that `redite hook FILE...` (and
// `redite check --file`) compares with the feeds.
//
//   workflows::DraftOptions options;                // layouts detected
//   auto set = workflows::ReadDrafts("drafts/mars.md", options);
//   if (!set.ok()) return set.status();              // "drafts/mars.md: line 7: empty draft"
//   for (const workflows::Draft& d : set->drafts) { ... d.file, d.line, d.text ... }
//
// Two kinds of files:
//  - Markdown or text (any extension but .csv): one draft per file, or several
//    separated by a line "---". The file may start with YAML front matter
//    between two "---" lines; its `date` and `account` keys apply to every
//    draft of the file (other keys are ignored).
//  - Content-calendar CSV (.csv): one draft per row. The Buffer bulk-upload
//    layout (header Text, Image URL, Tags, Posting Time) and the Hootsuite
//    bulk composer layout (Date, Message, Link; with or without that header
//    row, the link appended to the message as Hootsuite publishes it) are
//    recognized; any other header needs CsvColumns.
// A draft with a line (or a CSV cell) containing "redite: ignore" (any case)
// is set aside in DraftSet::ignored. Empty drafts, broken CSV and bad dates
// are InvalidArgument errors naming the file, the line and, for CSV, the column.
#ifndef REDITE_WORKFLOWS_DRAFTS_H_
#define REDITE_WORKFLOWS_DRAFTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "redite/status.h"

namespace redite::workflows {

struct Draft {
  std::string file;       // as given
  std::int64_t line = 0;  // 1-based line of its first text line (CSV: of its row)
  std::string text;       // as written, without surrounding blank lines
  std::optional<std::int64_t> date;  // UTC seconds, when the file says
  std::string account;    // handle without '@', "" when the file does not say
  // "file:line", unique within a run.
  std::string Id() const;
};

struct DraftSet {
  std::vector<Draft> drafts;
  std::vector<Draft> ignored;  // drafts marked "redite: ignore"
};

// Which columns of a content-calendar CSV hold what, by header name (compared
// without case and surrounding spaces). "" means: use the known layouts.
struct CsvColumns {
  std::string text;
  std::string date;
  std::string account;
  std::string link;  // appended to the text when not already in it
};

enum class DraftFormat { kAuto, kText, kCsv };

struct DraftOptions {
  // kAuto: kCsv for a ".csv" file name (any case), kText otherwise.
  DraftFormat format = DraftFormat::kAuto;
  CsvColumns columns;
  // How to read "03/04/2025": true day first (Hootsuite "dd/mm/yyyy", the
  // French habit), false month first ("mm/dd/yyyy").
  bool day_first = true;
};

// Parses the content of a draft file; `file` names it in drafts and errors.
Result<DraftSet> ParseDrafts(std::string_view content, const std::string& file,
                             const DraftOptions& options);
// Reads a file ("-": standard input, named "<stdin>") and parses it.
Result<DraftSet> ReadDrafts(const std::string& path, const DraftOptions& options);

// The date layouts drafts may use, all UTC: ISO 8601 / RFC 3339 (with or
// without offset), "2025-03-14", "2025-03-14 09:30", "14/03/2025 09:30"
// (or "03/14/2025 09:30" with day_first false), seconds optional.
Result<std::int64_t> ParseDraftDate(std::string_view text, bool day_first);

// True when `line` contains the marker "redite: ignore" (ASCII case ignored).
bool HasIgnoreMarker(std::string_view line);

}  // namespace redite::workflows

#endif  // REDITE_WORKFLOWS_DRAFTS_H_
