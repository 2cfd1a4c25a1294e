// Flags shared by the workflow subcommands (check, audit, hook): the output
// format and colour, and how draft files are read. Only tools/ reads argv,
// the terminal and the environment; the library gets the resulting structs.
#ifndef REDITE_TOOLS_WORKFLOW_FLAGS_H_
#define REDITE_TOOLS_WORKFLOW_FLAGS_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "redite/report/report.h"
#include "redite/status.h"
#include "redite/workflows/config.h"
#include "redite/workflows/drafts.h"

namespace redite::cli {

struct OutputFlags {
  std::string format = "text";
  std::string color = "auto";  // auto|always|never
};

// Adds --format (one of `formats`, e.g. {"text", "json", "github", "sarif"})
// and --color to `cmd`.
void AddOutputFlags(CLI::App* cmd, OutputFlags* flags, const std::vector<std::string>& formats);

// The format and the writers' options: fail level from the configuration,
// colour only for the text format on a terminal without NO_COLOR (unless
// --color always|never). InvalidArgument for an unknown format or colour.
Status MakeReportOptions(const OutputFlags& flags, const workflows::Config& config,
                         report::ReportFormat* format, report::ReportOptions* options);

// Adds --text-column, --date-column, --account-column, --link-column and
// --month-first (content-calendar CSV) bound to *options.
void AddDraftFlags(CLI::App* cmd, workflows::DraftOptions* options);

}  // namespace redite::cli

#endif  // REDITE_TOOLS_WORKFLOW_FLAGS_H_
