// redite drafts FILE...: prints the drafts redite reads in Markdown, text and
// content-calendar CSV files (what `redite hook` will check), to verify a
// column mapping or a front matter. Exit 0, or 2 on the first bad file.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli_common.h"
#include "commands.h"
#include "redite/post.h"
#include "redite/workflows/drafts.h"
#include "workflow_flags.h"

namespace redite::cli {
namespace {

nlohmann::json DraftJson(const workflows::Draft& d, bool ignored) {
  return {{"id", d.Id()},
          {"file", d.file},
          {"line", d.line},
          {"date", d.date ? nlohmann::json(FormatUtc(*d.date)) : nlohmann::json(nullptr)},
          {"account", d.account},
          {"text", d.text},
          {"ignored", ignored}};
}

std::string FirstLine(const std::string& text) {
  std::size_t nl = text.find('\n');
  return nl == std::string::npos ? text : text.substr(0, nl) + " …";
}

int RunDrafts(const std::vector<std::string>& files, const workflows::DraftOptions& options,
              const std::string& format) {
  nlohmann::json all = nlohmann::json::array();
  std::string text;
  for (const std::string& file : files) {
    auto set = workflows::ReadDrafts(file, options);
    if (!set.ok()) return ReportError(set.status());
    for (bool ignored : {false, true}) {
      for (const workflows::Draft& d : ignored ? set->ignored : set->drafts) {
        all.push_back(DraftJson(d, ignored));
        text += fmt::format("{}{}{}{}: {}\n", d.Id(), d.date ? " " + FormatUtc(*d.date) : "",
                            d.account.empty() ? "" : " @" + d.account,
                            ignored ? " (ignored)" : "", FirstLine(d.text));
      }
    }
  }
  if (format == "json") {
    std::cout << all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else {
    std::cout << text;
  }
  return kExitOk;
}

}  // namespace

void RegisterDrafts(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "drafts", "List the drafts read from Markdown, text and content-calendar CSV files");
  auto files = std::make_shared<std::vector<std::string>>();
  auto options = std::make_shared<workflows::DraftOptions>();
  auto format = std::make_shared<std::string>("text");
  cmd->add_option("files", *files, "Draft files ('-': standard input)")->required();
  cmd->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
  AddDraftFlags(cmd, options.get());
  cmd->callback([=] { *exit_code = RunDrafts(*files, *options, *format); });
}

}  // namespace redite::cli
