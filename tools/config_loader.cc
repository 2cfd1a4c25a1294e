#include "config_loader.h"

#include <cstdlib>
#include <filesystem>

namespace redite::cli {
namespace {

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr ? std::string(v) : std::string();
}

}  // namespace

void AddConfigFlags(CLI::App* cmd, ConfigFlags* flags, bool with_window, bool with_fail_level) {
  cmd->add_option("--config", flags->config,
                  "Configuration file (default: $REDITE_CONFIG, else the nearest redite.toml "
                  "from the current folder up)");
  cmd->add_option("--db", flags->db, "Database file (default: $REDITE_DB, the configuration, "
                                     "else ./redite.db)");
  if (with_window) {
    cmd->add_option("--window", flags->window, "How far back to compare: 90d, 12w, 1y or all");
  }
  if (with_fail_level) {
    cmd->add_option("--fail-level", flags->fail_level,
                    "Lowest level that fails: duplicate, near-duplicate, rewording, same-topic");
  }
}

Result<workflows::Config> LoadEffectiveConfig(const ConfigFlags& flags) {
  workflows::Config config;
  std::string path = flags.config;
  std::string env_config = Env("REDITE_CONFIG");
  if (path.empty()) path = env_config;
  if (!path.empty()) {
    auto loaded = workflows::LoadConfigFile(path);
    if (!loaded.ok()) {
      const char* origin = flags.config.empty() ? "$REDITE_CONFIG" : "--config";
      return loaded.status().code() == Status::Code::kNotFound
                 ? Status::NotFound(loaded.status().message() + " (given by " + origin + ")")
                 : loaded.status();
    }
    config = std::move(*loaded);
  } else {
    std::error_code ec;
    std::string cwd = std::filesystem::current_path(ec).string();
    if (!ec) {
      if (auto found = workflows::FindConfigFile(cwd)) {
        auto loaded = workflows::LoadConfigFile(*found);
        if (!loaded.ok()) return loaded.status();
        config = std::move(*loaded);
      }
    }
  }
  using workflows::Provenance;
  if (std::string db = Env("REDITE_DB"); !db.empty()) {
    if (Status s = workflows::SetConfigValue(&config, "database", db, Provenance::Env("REDITE_DB"));
        !s.ok()) {
      return s;
    }
  }
  struct Override {
    const std::string& value;
    const char* key;
    const char* flag;
  };
  for (const Override& o : {Override{flags.db, "database", "--db"},
                            Override{flags.window, "window", "--window"},
                            Override{flags.fail_level, "fail_level", "--fail-level"}}) {
    if (o.value.empty()) continue;
    if (Status s = workflows::SetConfigValue(&config, o.key, o.value, Provenance::Flag(o.flag));
        !s.ok()) {
      return s;
    }
  }
  return config;
}

}  // namespace redite::cli
