// redite check: the pre-publish check of one draft against the corporate
// accounts (and, with --self, the leader's own recent posts).
//   redite check "Nous recrutons 1 200 alternants !"
//   redite check --file brouillon.txt --format json
//   echo "..." | redite check -
// Exit code: 0 nothing at or above the fail level, 1 findings, 2 errors.
#include <fmt/format.h>

#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli_common.h"
#include "commands.h"
#include "config_loader.h"
#include "redite/report/report.h"
#include "redite/workflows/check.h"
#include "redite/workflows/drafts.h"
#include "workflow_flags.h"
#include "workflow_setup.h"

namespace redite::cli {
namespace {

struct CheckFlags {
  ConfigFlags config;
  OutputFlags output;
  std::string text;  // the draft, or "-" for standard input
  std::string file;  // --file
  std::vector<std::string> against;
  bool self = false;
  std::vector<std::string> person;
  workflows::DraftOptions drafts;  // how --file is read
};

// The draft to check, or nullopt when --file holds only a draft marked
// "redite: ignore". A file (--file) is read as `redite hook` reads it (front
// matter, "---" separators, content-calendar CSV) and must hold one draft;
// the argument and standard input ("-") are the draft as written.
Result<std::optional<workflows::Draft>> ReadDraft(const CheckFlags& flags) {
  if (!flags.file.empty() && !flags.text.empty()) {
    return Status::InvalidArgument("give the draft as an argument or with --file, not both");
  }
  if (!flags.file.empty()) {
    auto set = workflows::ReadDrafts(flags.file, flags.drafts);
    if (!set.ok()) return set.status();
    if (set->drafts.empty()) {
      if (!set->ignored.empty()) return std::optional<workflows::Draft>();
      return Status::InvalidArgument(flags.file + ": the draft is empty");
    }
    if (set->drafts.size() > 1) {
      std::string lines;
      for (const workflows::Draft& d : set->drafts) {
        lines += (lines.empty() ? "" : ", ") + std::to_string(d.line);
      }
      return Status::InvalidArgument(
          fmt::format("{}: {} drafts (lines {}); check takes one, `redite hook {}` checks them all",
                      flags.file, set->drafts.size(), lines, flags.file));
    }
    return std::optional<workflows::Draft>(std::move(set->drafts.front()));
  }
  workflows::Draft draft;
  draft.line = 1;
  if (flags.text.empty()) {
    return Status::InvalidArgument("no draft: give its text, --file PATH, or - for standard input");
  }
  if (flags.text == "-") {
    InputStream in;
    if (Status s = in.Open(flags.text); !s.ok()) return s;
    draft.text.assign(std::istreambuf_iterator<char>(in.stream()),
                      std::istreambuf_iterator<char>());
    draft.file = in.name();
  } else {
    draft.text = flags.text;
    draft.file = "<argument>";
  }
  while (!draft.text.empty() && (draft.text.back() == '\n' || draft.text.back() == '\r')) {
    draft.text.pop_back();
  }
  if (draft.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::InvalidArgument(draft.file + ": the draft is empty");
  }
  return std::optional<workflows::Draft>(std::move(draft));
}

int RunCheck(const CheckFlags& flags) {
  auto draft = ReadDraft(flags);
  if (!draft.ok()) return ReportError(draft.status());
  auto setup = SetUpCheck(flags.config, flags.output, flags.against);
  if (!setup.ok()) return ReportError(setup.status());
  workflows::CheckScope scope = setup->scope;
  if (flags.self || !flags.person.empty()) {
    auto self = ResolveAccounts(setup->workflow.store.get(), setup->workflow.config, flags.person,
                                AccountRole::kPerson, "--self");
    if (!self.ok()) return ReportError(self.status());
    for (std::int64_t id : IdsOf(*self)) scope.account_ids.push_back(id);
  }
  std::vector<workflows::CheckedPost> all;
  if (draft->has_value()) {
    auto checked = setup->workflow.checker->Check(workflows::RefOf(**draft), scope);
    if (!checked.ok()) return ReportError(checked.status());
    all.push_back(std::move(checked).value());
  }
  report::WriteReport(setup->format, all, setup->options, std::cout);
  return workflows::HasFindingAtOrAbove(all, setup->options.fail_level) ? kExitFindings : kExitOk;
}

}  // namespace

void RegisterCheck(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<CheckFlags>();
  auto* cmd = app.add_subcommand(
      "check", "Check a draft against the corporate accounts before publishing it");
  cmd->add_option("text", flags->text, "The draft's text, or - to read it from standard input");
  cmd->add_option(
      "--file,-f", flags->file,
      "Read the draft from this file, as `redite hook` reads it (- for standard input)");
  cmd->add_option("--against", flags->against,
                  "Corporate accounts to compare with (@a,@b; default: the configuration's, "
                  "else every corporate account)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);  // never the draft after it
  cmd->add_flag("--self", flags->self, "Also compare with the leader's own posts");
  cmd->add_option("--person", flags->person,
                  "The leader's accounts for --self (default: the configuration's person accounts)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  AddConfigFlags(cmd, &flags->config);
  AddOutputFlags(cmd, &flags->output, {"text", "json", "github", "sarif"});
  AddDraftFlags(cmd, &flags->drafts);
  cmd->callback([=] { *exit_code = RunCheck(*flags); });
}

}  // namespace redite::cli
