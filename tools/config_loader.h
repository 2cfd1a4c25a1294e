// The effective configuration of a run, as every workflow subcommand builds
// it: the file (--config, else $REDITE_CONFIG, else the nearest redite.toml
// from the current folder up), then $REDITE_DB, then the command-line flags.
// Only tools/ reads the environment; the library gets the values.
#ifndef REDITE_TOOLS_CONFIG_LOADER_H_
#define REDITE_TOOLS_CONFIG_LOADER_H_

#include <string>

#include <CLI/CLI.hpp>

#include "redite/status.h"
#include "redite/workflows/config.h"

namespace redite::cli {

// The flags that override the configuration; "" means not given.
struct ConfigFlags {
  std::string config;      // --config PATH
  std::string db;          // --db PATH
  std::string window;      // --window 90d|all
  std::string fail_level;  // --fail-level LEVEL
};

// Adds --config, --db, --window and --fail-level to `cmd`, bound to *flags
// (`with_window`/`with_fail_level` false: the command has no such option).
void AddConfigFlags(CLI::App* cmd, ConfigFlags* flags, bool with_window = true,
                    bool with_fail_level = true);

// Loads and overrides as described above. An explicit file (--config or
// $REDITE_CONFIG) that cannot be read is an error; no file found is not.
Result<workflows::Config> LoadEffectiveConfig(const ConfigFlags& flags);

}  // namespace redite::cli

#endif  // REDITE_TOOLS_CONFIG_LOADER_H_
