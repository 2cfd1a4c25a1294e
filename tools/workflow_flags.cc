#include "workflow_flags.h"

#include <unistd.h>

#include <cstdlib>

#include <fmt/format.h>

namespace redite::cli {

void AddOutputFlags(CLI::App* cmd, OutputFlags* flags, const std::vector<std::string>& formats) {
  std::string names;
  for (const std::string& f : formats) names += (names.empty() ? "" : "|") + f;
  cmd->add_option("--format", flags->format, "Output format: " + names)
      ->check(CLI::IsMember(formats));
  cmd->add_option("--color", flags->color,
                  "Highlight shared passages: auto (a terminal without NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
}

Status MakeReportOptions(const OutputFlags& flags, const workflows::Config& config,
                         report::ReportFormat* format, report::ReportOptions* options) {
  auto parsed = report::ParseReportFormat(flags.format);
  if (!parsed) {
    return Status::InvalidArgument(fmt::format("--format \"{}\": unknown format", flags.format));
  }
  auto color = report::ParseColorMode(flags.color);
  if (!color) {
    return Status::InvalidArgument(
        fmt::format("--color \"{}\": expected auto, always or never", flags.color));
  }
  *format = *parsed;
  options->fail_level = config.fail_level.value;
  options->tool_version = REDITE_VERSION_STRING;
  options->color = *parsed == report::ReportFormat::kText &&
                   report::ShouldColor(*color, isatty(STDOUT_FILENO) == 1, std::getenv("NO_COLOR"));
  return Status::OK();
}

void AddDraftFlags(CLI::App* cmd, workflows::DraftOptions* options) {
  cmd->add_option("--text-column", options->columns.text,
                  "CSV drafts: the column of the text (default: Buffer's Text, Hootsuite's "
                  "Message)");
  cmd->add_option("--date-column", options->columns.date,
                  "CSV drafts: the column of the planned date (default: Posting Time, Date)");
  cmd->add_option("--account-column", options->columns.account,
                  "CSV drafts: the column of the account (default: Account, Handle, Profile)");
  cmd->add_option("--link-column", options->columns.link,
                  "CSV drafts: a column whose link is appended to the text (default: "
                  "Hootsuite's Link)");
  cmd->add_flag("--day-first,!--month-first", options->day_first,
                "CSV drafts: read 03/04/2025 as March 4 (default: 3 April)");
}

}  // namespace redite::cli
