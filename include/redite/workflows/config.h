// Config: the effective settings of the check, audit and hook workflows, and
// where each value came from (a default, a line of redite.toml, an
// environment variable, a command-line flag), so `redite config` can show it.
//
//   // tools/ decides which file (FindConfigFile, --config, $REDITE_CONFIG)...
//   auto config = workflows::LoadConfigFile("redite.toml");
//   if (!config.ok()) return config.status();      // "redite.toml: line 4: ..."
//   Status s = workflows::SetConfigValue(&*config, "window", "30d",
//                                        workflows::Provenance::Flag("--window"));
//
// The library never reads the environment or argv: tools/ passes the values
// with their provenance. A redite.toml looks like:
//
//   database = "redite.db"
//   window = "90d"                 # "all", or N followed by h, d, w or y
//   fail_level = "rewording"       # duplicate|near-duplicate|rewording|same-topic
//   extra_stopwords = ["groupe"]
//   ignore_phrases = ["Suivez-nous sur LinkedIn", "#TeamAcme"]
//
//   [[accounts]]
//   handle = "@acme"
//   role = "corporate"             # or "person"
//   platform = "x"                 # optional, default "x"
//
//   [thresholds]                   # override the fitted ones; each optional
//   rewording = 0.55
//   same_topic = 0.30
//   near_duplicate = 0.80
//
// Unknown keys, wrong types and bad values are InvalidArgument errors that
// name the file and the line.
#ifndef REDITE_WORKFLOWS_CONFIG_H_
#define REDITE_WORKFLOWS_CONFIG_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "redite/post.h"
#include "redite/similarity/scorer.h"
#include "redite/status.h"
#include "redite/text/tokens.h"

namespace redite::workflows {

// The name of the configuration file looked for by FindConfigFile.
constexpr const char* kConfigFileName = "redite.toml";

// Where an effective value came from.
struct Provenance {
  enum class Origin { kDefault, kFile, kEnvironment, kCommandLine };
  Origin origin = Origin::kDefault;
  std::string file;  // kFile: the configuration file as given
  std::int64_t line = 0;  // kFile: 1-based line of the value
  std::string name;  // kEnvironment: the variable; kCommandLine: the flag

  static Provenance Default() { return Provenance(); }
  static Provenance File(std::string file, std::int64_t line);
  static Provenance Env(std::string variable);
  static Provenance Flag(std::string flag);

  // "default", "redite.toml:4", "env REDITE_DB", "flag --window".
  std::string ToString() const;
};

// A value with where it came from.
template <typename T>
struct Setting {
  T value{};
  Provenance from;
};

// How far back a check looks: a duration, or everything.
struct Window {
  bool all = false;
  std::int64_t seconds = 90 * 86400;  // when !all
  std::string text = "90d";           // as written
};
// "all", or a positive count followed by h (hours), d (days), w (weeks) or
// y (365 days): "90d", "12w", "1y". InvalidArgument otherwise.
Result<Window> ParseWindow(std::string_view text);

// The first second a check with this window looks at, given the current
// time (UTC seconds); nullopt for "all".
std::optional<std::int64_t> WindowStart(const Window& window, std::int64_t now);

struct AccountSetting {
  std::string handle;  // without '@'
  AccountRole role = AccountRole::kCorporate;
  Platform platform = Platform::kX;
  Provenance from;
};

struct Config {
  // The file the values were read from; "" when none was.
  std::string file;
  // A relative path in the file is taken relative to the file's folder.
  Setting<std::string> database{"redite.db", {}};
  Setting<std::vector<AccountSetting>> accounts;
  Setting<Window> window;
  Setting<similarity::Level> fail_level{similarity::Level::kRewording, {}};
  // Level thresholds; nullopt keeps the fitted model's value.
  Setting<std::optional<double>> rewording_threshold;
  Setting<std::optional<double>> same_topic_threshold;
  Setting<std::optional<double>> near_duplicate_threshold;
  // Lowercase words added to the French stopword list.
  Setting<std::vector<std::string>> extra_stopwords;
  // Passages set aside before comparing (slogans, legal lines, signatures).
  Setting<std::vector<std::string>> ignore_phrases;
};

// Parses the TOML text of a configuration file named `file` (for messages
// and provenance) over the defaults.
Result<Config> ParseConfig(std::string_view toml_text, const std::string& file);
// Reads and parses a file; NotFound naming it when it cannot be read.
Result<Config> LoadConfigFile(const std::string& path);

// The nearest redite.toml in `start_dir` or one of its parents, or nullopt.
std::optional<std::string> FindConfigFile(const std::string& start_dir);

// Sets one value given as text, as a flag or an environment variable does,
// with the validation of the file. Keys: database, window, fail_level,
// thresholds.rewording, thresholds.same_topic, thresholds.near_duplicate.
// InvalidArgument naming the origin, the key and the value when it is bad.
Status SetConfigValue(Config* config, std::string_view key, std::string_view value,
                      const Provenance& from);

// Checks what no single value can: threshold order (same_topic < rewording)
// against `model` after the overrides. Returns the reason and provenance.
Status ValidateThresholds(const Config& config, const similarity::ScorerModel& model);

// Copies the threshold overrides into a fitted model.
void ApplyThresholds(const Config& config, similarity::ScorerModel* model);
// Adds the extra stopwords to the analyzer's lexicon options.
void ApplyStopwords(const Config& config, text::AnalyzerOptions* options);

// The corporate (or person) accounts of the configuration.
std::vector<AccountSetting> AccountsWithRole(const Config& config, AccountRole role);

// One line per effective value: key, value as TOML would write it, origin.
struct ConfigEntry {
  std::string key;
  std::string value;  // display form: "\"redite.db\"", "[\"a\", \"b\"]", "0.55", "(fitted)"
  Provenance from;
};
std::vector<ConfigEntry> DescribeConfig(const Config& config);

}  // namespace redite::workflows

#endif  // REDITE_WORKFLOWS_CONFIG_H_
