// redite: finds the posts of a leader that repeat the corporate account.
// This file only dispatches to the subcommands (one file each in tools/).
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"redite: finds posts that repeat what the corporate account already said"};
  app.require_subcommand(1);
  // One line on stderr for a usage error, like every other error (hooks and
  // CI show the first line).
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string("redite: ") + e.what() + "\n";
  });
  app.set_version_flag("--version", std::string("redite ") + REDITE_VERSION_STRING);
  int exit_code = 0;
  redite::cli::RegisterImport(app, &exit_code);
  redite::cli::RegisterAccounts(app, &exit_code);
  redite::cli::RegisterPosts(app, &exit_code);
  redite::cli::RegisterNormalize(app, &exit_code);
  redite::cli::RegisterScore(app, &exit_code);
  redite::cli::RegisterEval(app, &exit_code);
  redite::cli::RegisterConfig(app, &exit_code);
  redite::cli::RegisterDrafts(app, &exit_code);
  redite::cli::RegisterCheck(app, &exit_code);
  redite::cli::RegisterHook(app, &exit_code);
  redite::cli::RegisterAudit(app, &exit_code);
  redite::cli::RegisterProfile(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    // Help and version are successes; every other parse error is a usage error.
    return rc == 0 ? 0 : 2;
  }
  return exit_code;
}
