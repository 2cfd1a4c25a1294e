// The subcommands of the `redite` tool. Each Register* adds its subcommand to
// the app; when the subcommand is chosen, its callback runs and stores the
// process exit code in *exit_code (0 nothing to report, 1 findings, 2 usage,
// configuration or input error).
#ifndef REDITE_TOOLS_COMMANDS_H_
#define REDITE_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace redite::cli {

void RegisterImport(CLI::App& app, int* exit_code);
void RegisterAccounts(CLI::App& app, int* exit_code);
void RegisterPosts(CLI::App& app, int* exit_code);
void RegisterNormalize(CLI::App& app, int* exit_code);
void RegisterScore(CLI::App& app, int* exit_code);
void RegisterEval(CLI::App& app, int* exit_code);  // also "fit"
void RegisterConfig(CLI::App& app, int* exit_code);
void RegisterDrafts(CLI::App& app, int* exit_code);
void RegisterCheck(CLI::App& app, int* exit_code);
void RegisterHook(CLI::App& app, int* exit_code);
void RegisterAudit(CLI::App& app, int* exit_code);  // also "accept"
void RegisterProfile(CLI::App& app, int* exit_code);

}  // namespace redite::cli

#endif  // REDITE_TOOLS_COMMANDS_H_
