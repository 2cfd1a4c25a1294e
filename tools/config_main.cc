// redite config: prints the effective configuration and where each value
// came from (default, file:line, environment variable, flag).
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli_common.h"
#include "commands.h"
#include "config_loader.h"
#include "redite/similarity/scorer.h"
#include "redite/workflows/config.h"

namespace redite::cli {
namespace {

nlohmann::json Origin(const workflows::Provenance& from) {
  using Origin = workflows::Provenance::Origin;
  nlohmann::json j;
  switch (from.origin) {
    case Origin::kDefault: j["origin"] = "default"; break;
    case Origin::kFile:
      j["origin"] = "file";
      j["file"] = from.file;
      j["line"] = from.line;
      break;
    case Origin::kEnvironment:
      j["origin"] = "env";
      j["name"] = from.name;
      break;
    case Origin::kCommandLine:
      j["origin"] = "flag";
      j["name"] = from.name;
      break;
  }
  j["source"] = from.ToString();
  return j;
}

template <typename T>
nlohmann::json Entry(const T& value, const workflows::Provenance& from) {
  nlohmann::json j = Origin(from);
  j["value"] = value;
  return j;
}

nlohmann::json Threshold(const workflows::Setting<std::optional<double>>& s, double fitted) {
  nlohmann::json j = Origin(s.from);
  j["value"] = s.value ? *s.value : fitted;
  j["overridden"] = s.value.has_value();
  return j;
}

int RunConfig(const ConfigFlags& flags, const std::string& format) {
  if (format != "text" && format != "json") {
    return ReportError(Status::InvalidArgument(
        fmt::format("--format \"{}\": expected text or json", format)));
  }
  auto config = LoadEffectiveConfig(flags);
  if (!config.ok()) return ReportError(config.status());
  auto model = similarity::ScorerModel::Load(similarity::DefaultModelPath());
  if (!model.ok()) return ReportError(model.status());
  if (Status s = workflows::ValidateThresholds(*config, *model); !s.ok()) return ReportError(s);
  if (format == "json") {
    nlohmann::json j;
    j["config_file"] = config->file.empty() ? nlohmann::json(nullptr) : nlohmann::json(config->file);
    j["database"] = Entry(config->database.value, config->database.from);
    nlohmann::json window = Origin(config->window.from);
    window["value"] = config->window.value.text;
    window["seconds"] = config->window.value.all ? nlohmann::json(nullptr)
                                                 : nlohmann::json(config->window.value.seconds);
    j["window"] = window;
    j["fail_level"] =
        Entry(similarity::LevelName(config->fail_level.value), config->fail_level.from);
    j["thresholds"] = {
        {"rewording", Threshold(config->rewording_threshold, model->rewording)},
        {"same_topic", Threshold(config->same_topic_threshold, model->same_topic)},
        {"near_duplicate", Threshold(config->near_duplicate_threshold, model->near_duplicate)}};
    j["extra_stopwords"] = Entry(config->extra_stopwords.value, config->extra_stopwords.from);
    j["ignore_phrases"] = Entry(config->ignore_phrases.value, config->ignore_phrases.from);
    nlohmann::json accounts = nlohmann::json::array();
    for (const workflows::AccountSetting& a : config->accounts.value) {
      nlohmann::json acc = Origin(a.from);
      acc["handle"] = a.handle;
      acc["role"] = AccountRoleName(a.role);
      acc["platform"] = PlatformName(a.platform);
      accounts.push_back(std::move(acc));
    }
    j["accounts"] = std::move(accounts);
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return kExitOk;
  }
  std::cout << "# configuration file: " << (config->file.empty() ? "(none)" : config->file)
            << '\n';
  for (const workflows::ConfigEntry& e : workflows::DescribeConfig(*config)) {
    std::string value = e.value;
    if (value == "(fitted model)") {
      double fitted = e.key == "thresholds.rewording"    ? model->rewording
                      : e.key == "thresholds.same_topic" ? model->same_topic
                                                         : model->near_duplicate;
      value = fmt::format("{:.4f} (fitted model)", fitted);
    }
    std::cout << fmt::format("{:<26} = {:<32} # {}\n", e.key, value, e.from.ToString());
  }
  return kExitOk;
}

}  // namespace

void RegisterConfig(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "config", "Print the effective configuration and where each value comes from");
  auto flags = std::make_shared<ConfigFlags>();
  auto format = std::make_shared<std::string>("text");
  AddConfigFlags(cmd, flags.get());
  cmd->add_option("--format", *format, "text or json");
  cmd->callback([=] { *exit_code = RunConfig(*flags, *format); });
}

}  // namespace redite::cli
