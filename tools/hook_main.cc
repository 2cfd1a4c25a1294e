// redite hook FILE...: drafts kept in a repository (Markdown, text, content-
// calendar CSV), each checked like `redite check`, and against each other.
// For the pre-commit framework (.pre-commit-hooks.yaml), tools/git-pre-commit
// and CI (--format github|sarif). Exit code: 0, 1 findings, 2 errors.
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli_common.h"
#include "commands.h"
#include "config_loader.h"
#include "redite/report/report.h"
#include "redite/similarity/text_comparer.h"
#include "redite/workflows/check.h"
#include "redite/workflows/draft_pairs.h"
#include "redite/workflows/drafts.h"
#include "workflow_flags.h"
#include "workflow_setup.h"

namespace redite::cli {
namespace {

struct HookFlags {
  ConfigFlags config;
  OutputFlags output;
  workflows::DraftOptions drafts;
  std::vector<std::string> files;
  std::vector<std::string> against;
};

int RunHook(const HookFlags& flags) {
  if (flags.files.empty()) return ReportError(Status::InvalidArgument("hook: no file given"));
  std::vector<workflows::Draft> drafts;
  for (const std::string& file : flags.files) {
    auto set = workflows::ReadDrafts(file, flags.drafts);
    if (!set.ok()) return ReportError(set.status());
    for (workflows::Draft& d : set->drafts) drafts.push_back(std::move(d));
  }
  auto setup = SetUpCheck(flags.config, flags.output, flags.against);
  if (!setup.ok()) return ReportError(setup.status());
  workflows::Checker& checker = *setup->workflow.checker;

  std::vector<workflows::CheckedPost> checked;
  std::map<std::string, std::size_t> by_id;  // Draft::Id() -> index in checked
  for (const workflows::Draft& d : drafts) {
    auto one = checker.Check(workflows::RefOf(d), setup->scope);
    if (!one.ok()) return ReportError(one.status());
    by_id[d.Id()] = checked.size();
    checked.push_back(std::move(one).value());
  }
  // Two drafts of the same change that say the same thing.
  auto comparer = checker.Comparer();
  if (!comparer.ok()) return ReportError(comparer.status());
  for (workflows::Finding& f : workflows::CompareDraftsWithEachOther(
           drafts, *comparer, setup->workflow.config.ignore_phrases.value)) {
    auto& target = checked[by_id.at(f.subject.id)].findings;
    target.push_back(std::move(f));
  }
  for (workflows::CheckedPost& c : checked) workflows::SortBestFirst(&c.findings);
  report::WriteReport(setup->format, checked, setup->options, std::cout);
  return workflows::HasFindingAtOrAbove(checked, setup->options.fail_level) ? kExitFindings
                                                                            : kExitOk;
}

}  // namespace

void RegisterHook(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<HookFlags>();
  auto* cmd = app.add_subcommand(
      "hook", "Check drafts kept in files (Markdown, text, Buffer/Hootsuite CSV) before a commit");
  cmd->add_option("files", flags->files, "Draft files")->required();
  cmd->add_option("--against", flags->against,
                  "Corporate accounts to compare with (default: the configuration's, else all)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);  // never the files after it
  AddConfigFlags(cmd, &flags->config);
  AddOutputFlags(cmd, &flags->output, {"text", "json", "github", "sarif"});
  AddDraftFlags(cmd, &flags->drafts);
  cmd->callback([=] { *exit_code = RunHook(*flags); });
}

}  // namespace redite::cli
