#include "redite/workflows/config.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include <fmt/format.h>
#include <toml++/toml.h>

namespace redite::workflows {
namespace {

namespace fs = std::filesystem;

std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

std::string FormatDouble(double v) {
  std::string s = fmt::format("{:.4f}", v);
  while (s.size() > 3 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
  return s;
}

std::string QuotedList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += Quote(items[i]);
  }
  return out + "]";
}

std::string StripAt(std::string_view handle) {
  if (!handle.empty() && handle[0] == '@') handle.remove_prefix(1);
  return std::string(handle);
}

// "<file>: line N: <what>".
Status FileError(const std::string& file, std::int64_t line, const std::string& what) {
  return Status::InvalidArgument(fmt::format("{}: line {}: {}", file, line, what));
}

// Where a provenance points, for messages: "redite.toml: line 4", "env
// REDITE_DB", "flag --window".
std::string Where(const Provenance& from) {
  if (from.origin == Provenance::Origin::kFile) {
    return fmt::format("{}: line {}", from.file, from.line);
  }
  return from.ToString();
}

const char* const kLevelChoices = "duplicate, near-duplicate, rewording or same-topic";

Result<similarity::Level> ParseFailLevel(std::string_view text) {
  auto level = similarity::ParseLevel(text);
  if (!level || *level == similarity::Level::kDistinct) {
    return Status::InvalidArgument(fmt::format("fail_level \"{}\": expected {}", text,
                                               kLevelChoices));
  }
  return *level;
}

Result<double> ParseThreshold(std::string_view key, std::string_view text) {
  double v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || ptr != text.data() + text.size()) {
    return Status::InvalidArgument(fmt::format("{} \"{}\": not a number", key, text));
  }
  return v;
}

Status CheckThresholdRange(std::string_view key, double v) {
  if (!std::isfinite(v) || v <= 0 || v >= 1) {
    return Status::InvalidArgument(
        fmt::format("{} {}: expected a number between 0 and 1 (exclusive)", key,
                    FormatDouble(v)));
  }
  return Status::OK();
}

Setting<std::optional<double>>* ThresholdSetting(Config* config, std::string_view name) {
  if (name == "rewording") return &config->rewording_threshold;
  if (name == "same_topic") return &config->same_topic_threshold;
  if (name == "near_duplicate") return &config->near_duplicate_threshold;
  return nullptr;
}

// Reads the TOML tree into *config. Every error names file and line.
class TomlReader {
 public:
  TomlReader(const std::string& file, Config* config) : file_(file), config_(config) {}

  Status Read(const toml::table& root) {
    for (auto&& [key, node] : root) {
      std::string k(key.str());
      std::int64_t line = static_cast<std::int64_t>(key.source().begin.line);
      Provenance from = Provenance::File(file_, node.source().begin.line);
      Status s;
      if (k == "database") {
        s = ReadString(k, node, &config_->database);
        if (s.ok() && config_->database.value.empty()) {
          s = FileError(file_, from.line, "database: must not be empty");
        }
        // A relative path is relative to the configuration file's folder,
        // wherever the command runs from.
        fs::path db(config_->database.value);
        fs::path folder = fs::path(file_).parent_path();
        if (s.ok() && db.is_relative() && !folder.empty()) {
          config_->database.value = (folder / db).lexically_normal().string();
        }
      } else if (k == "window") {
        s = ReadParsed(k, node, ParseWindow, &config_->window);
      } else if (k == "fail_level") {
        s = ReadParsed(k, node, ParseFailLevel, &config_->fail_level);
      } else if (k == "extra_stopwords") {
        s = ReadStringList(k, node, &config_->extra_stopwords, /*lowercase=*/true);
      } else if (k == "ignore_phrases") {
        s = ReadStringList(k, node, &config_->ignore_phrases, /*lowercase=*/false);
      } else if (k == "accounts") {
        s = ReadAccounts(node);
      } else if (k == "thresholds") {
        s = ReadThresholds(node);
      } else {
        s = FileError(file_, line,
                      fmt::format("unknown key \"{}\" (expected database, window, fail_level, "
                                  "accounts, thresholds, extra_stopwords or ignore_phrases)",
                                  k));
      }
      if (!s.ok()) return s;
    }
    return Status::OK();
  }

 private:
  std::int64_t LineOf(const toml::node& node) const {
    return static_cast<std::int64_t>(node.source().begin.line);
  }

  Status StringOf(const std::string& key, const toml::node& node, std::string* out) {
    const auto* s = node.as_string();
    if (s == nullptr) {
      return FileError(file_, LineOf(node), fmt::format("{}: expected a string", key));
    }
    *out = s->get();
    return Status::OK();
  }

  // A string turned into a T by `parse`; its error gets the file and line.
  template <typename T, typename Parse>
  Status ReadParsed(const std::string& key, const toml::node& node, Parse parse,
                    Setting<T>* out) {
    std::string text;
    if (Status s = StringOf(key, node, &text); !s.ok()) return s;
    Result<T> parsed = parse(text);
    if (!parsed.ok()) return FileError(file_, LineOf(node), parsed.status().message());
    *out = {std::move(*parsed), Provenance::File(file_, LineOf(node))};
    return Status::OK();
  }

  Status ReadString(const std::string& key, const toml::node& node, Setting<std::string>* out) {
    std::string text;
    if (Status s = StringOf(key, node, &text); !s.ok()) return s;
    *out = {text, Provenance::File(file_, LineOf(node))};
    return Status::OK();
  }

  Status ReadStringList(const std::string& key, const toml::node& node,
                        Setting<std::vector<std::string>>* out, bool lowercase) {
    const auto* array = node.as_array();
    if (array == nullptr) {
      return FileError(file_, LineOf(node), fmt::format("{}: expected an array of strings", key));
    }
    std::vector<std::string> items;
    for (const toml::node& item : *array) {
      const auto* s = item.as_string();
      if (s == nullptr) {
        return FileError(file_, LineOf(item),
                         fmt::format("{}: expected an array of strings", key));
      }
      std::string value = s->get();
      if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
        return FileError(file_, LineOf(item), fmt::format("{}: empty entry", key));
      }
      if (lowercase) {
        for (char& c : value) {
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
      }
      items.push_back(std::move(value));
    }
    *out = {std::move(items), Provenance::File(file_, LineOf(node))};
    return Status::OK();
  }

  Status ReadAccounts(const toml::node& node) {
    const auto* array = node.as_array();
    if (array == nullptr || !array->is_array_of_tables()) {
      return FileError(file_, LineOf(node),
                       "accounts: expected [[accounts]] tables with handle and role");
    }
    std::vector<AccountSetting> accounts;
    for (const toml::node& item : *array) {
      const toml::table& table = *item.as_table();
      AccountSetting account;
      account.from = Provenance::File(file_, LineOf(item));
      bool has_handle = false;
      bool has_role = false;
      for (auto&& [key, value] : table) {
        std::string k(key.str());
        std::int64_t line = static_cast<std::int64_t>(key.source().begin.line);
        std::string text;
        if (k != "handle" && k != "role" && k != "platform") {
          return FileError(file_, line,
                           fmt::format("accounts: unknown key \"{}\" (expected handle, role or "
                                       "platform)",
                                       k));
        }
        if (Status s = StringOf("accounts." + k, value, &text); !s.ok()) return s;
        if (k == "handle") {
          account.handle = StripAt(text);
          has_handle = !account.handle.empty();
          if (!has_handle) return FileError(file_, line, "accounts.handle: must not be empty");
        } else if (k == "role") {
          auto role = ParseAccountRole(text);
          if (!role) {
            return FileError(file_, line, fmt::format("accounts.role \"{}\": expected person or "
                                                      "corporate",
                                                      text));
          }
          account.role = *role;
          has_role = true;
        } else {
          auto platform = ParsePlatform(text);
          if (!platform) {
            return FileError(file_, line,
                             fmt::format("accounts.platform \"{}\": expected x, mastodon, "
                                         "bluesky, linkedin or other",
                                         text));
          }
          account.platform = *platform;
        }
      }
      if (!has_handle || !has_role) {
        return FileError(file_, account.from.line,
                         fmt::format("accounts: missing {}", has_handle ? "role" : "handle"));
      }
      for (const AccountSetting& other : accounts) {
        if (other.handle == account.handle && other.platform == account.platform) {
          return FileError(file_, account.from.line,
                           fmt::format("accounts: @{} is listed twice (first at line {})",
                                       account.handle, other.from.line));
        }
      }
      accounts.push_back(std::move(account));
    }
    config_->accounts = {std::move(accounts), Provenance::File(file_, LineOf(node))};
    return Status::OK();
  }

  Status ReadThresholds(const toml::node& node) {
    const auto* table = node.as_table();
    if (table == nullptr) {
      return FileError(file_, LineOf(node), "thresholds: expected a table [thresholds]");
    }
    for (auto&& [key, value] : *table) {
      std::string k(key.str());
      std::int64_t line = static_cast<std::int64_t>(key.source().begin.line);
      Setting<std::optional<double>>* target = ThresholdSetting(config_, k);
      if (target == nullptr) {
        return FileError(file_, line,
                         fmt::format("thresholds: unknown key \"{}\" (expected rewording, "
                                     "same_topic or near_duplicate)",
                                     k));
      }
      std::optional<double> v = value.is_number() ? value.value<double>() : std::nullopt;
      if (!v) {
        return FileError(file_, LineOf(value), fmt::format("thresholds.{}: expected a number", k));
      }
      if (Status s = CheckThresholdRange("thresholds." + k, *v); !s.ok()) {
        return FileError(file_, LineOf(value), s.message());
      }
      *target = {*v, Provenance::File(file_, LineOf(value))};
    }
    return Status::OK();
  }

  std::string file_;
  Config* config_;
};

}  // namespace

Provenance Provenance::File(std::string file, std::int64_t line) {
  Provenance p;
  p.origin = Origin::kFile;
  p.file = std::move(file);
  p.line = line;
  return p;
}

Provenance Provenance::Env(std::string variable) {
  Provenance p;
  p.origin = Origin::kEnvironment;
  p.name = std::move(variable);
  return p;
}

Provenance Provenance::Flag(std::string flag) {
  Provenance p;
  p.origin = Origin::kCommandLine;
  p.name = std::move(flag);
  return p;
}

std::string Provenance::ToString() const {
  switch (origin) {
    case Origin::kDefault:
      return "default";
    case Origin::kFile:
      return fmt::format("{}:{}", file, line);
    case Origin::kEnvironment:
      return "env " + name;
    case Origin::kCommandLine:
      return "flag " + name;
  }
  return "default";
}

Result<Window> ParseWindow(std::string_view text) {
  Window w;
  w.text = std::string(text);
  if (text == "all") {
    w.all = true;
    w.seconds = 0;
    return w;
  }
  auto bad = [&] {
    return Status::InvalidArgument(fmt::format(
        "window \"{}\": expected \"all\" or a count and a unit h, d, w or y (\"90d\")", text));
  };
  if (text.size() < 2) return bad();
  std::int64_t unit = 0;
  switch (text.back()) {
    case 'h': unit = 3600; break;
    case 'd': unit = 86400; break;
    case 'w': unit = 7 * 86400; break;
    case 'y': unit = 365 * 86400; break;
    default: return bad();
  }
  std::string_view digits = text.substr(0, text.size() - 1);
  std::int64_t count = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
  if (ec != std::errc() || ptr != digits.data() + digits.size() || count <= 0 ||
      count > 1000000) {
    return bad();
  }
  w.seconds = count * unit;
  return w;
}

std::optional<std::int64_t> WindowStart(const Window& window, std::int64_t now) {
  if (window.all) return std::nullopt;
  return now - window.seconds;
}

Result<Config> ParseConfig(std::string_view toml_text, const std::string& file) {
  Config config;
  config.file = file;
  toml::table root;
  try {
    root = toml::parse(toml_text, file);
  } catch (const toml::parse_error& e) {
    return FileError(file, static_cast<std::int64_t>(e.source().begin.line),
                     std::string(e.description()));
  }
  TomlReader reader(file, &config);
  if (Status s = reader.Read(root); !s.ok()) return s;
  return config;
}

Result<Config> LoadConfigFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot read the configuration file");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  return ParseConfig(content.str(), path);
}

std::optional<std::string> FindConfigFile(const std::string& start_dir) {
  std::error_code ec;
  fs::path dir = fs::absolute(start_dir, ec);
  if (ec) return std::nullopt;
  dir = dir.lexically_normal();
  while (true) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    fs::path parent = dir.parent_path();
    if (parent == dir || parent.empty()) return std::nullopt;
    dir = parent;
  }
}

Status SetConfigValue(Config* config, std::string_view key, std::string_view value,
                      const Provenance& from) {
  auto fail = [&](const std::string& why) {
    return Status::InvalidArgument(fmt::format("{}: {}", Where(from), why));
  };
  if (key == "database") {
    if (value.empty()) return fail("database: must not be empty");
    config->database = {std::string(value), from};
  } else if (key == "window") {
    auto w = ParseWindow(value);
    if (!w.ok()) return fail(w.status().message());
    config->window = {*w, from};
  } else if (key == "fail_level") {
    auto level = ParseFailLevel(value);
    if (!level.ok()) return fail(level.status().message());
    config->fail_level = {*level, from};
  } else if (key.substr(0, 11) == "thresholds.") {
    std::string_view name = key.substr(11);
    Setting<std::optional<double>>* target = ThresholdSetting(config, name);
    if (target == nullptr) return fail(fmt::format("unknown setting \"{}\"", key));
    auto v = ParseThreshold(key, value);
    if (!v.ok()) return fail(v.status().message());
    if (Status s = CheckThresholdRange(key, *v); !s.ok()) return fail(s.message());
    *target = {*v, from};
  } else {
    return fail(fmt::format("unknown setting \"{}\"", key));
  }
  return Status::OK();
}

Status ValidateThresholds(const Config& config, const similarity::ScorerModel& model) {
  double rewording = config.rewording_threshold.value.value_or(model.rewording);
  double same_topic = config.same_topic_threshold.value.value_or(model.same_topic);
  if (same_topic >= rewording) {
    const Provenance& from = config.same_topic_threshold.value
                                 ? config.same_topic_threshold.from
                                 : config.rewording_threshold.from;
    return Status::InvalidArgument(fmt::format(
        "{}: thresholds.same_topic ({}) must be below thresholds.rewording ({})", Where(from),
        FormatDouble(same_topic), FormatDouble(rewording)));
  }
  return Status::OK();
}

void ApplyThresholds(const Config& config, similarity::ScorerModel* model) {
  if (config.rewording_threshold.value) model->rewording = *config.rewording_threshold.value;
  if (config.same_topic_threshold.value) model->same_topic = *config.same_topic_threshold.value;
  if (config.near_duplicate_threshold.value) {
    model->near_duplicate = *config.near_duplicate_threshold.value;
  }
}

void ApplyStopwords(const Config& config, text::AnalyzerOptions* options) {
  auto& extra = options->lexicon.extra_stopwords;
  extra.insert(extra.end(), config.extra_stopwords.value.begin(),
               config.extra_stopwords.value.end());
}

std::vector<AccountSetting> AccountsWithRole(const Config& config, AccountRole role) {
  std::vector<AccountSetting> out;
  for (const AccountSetting& a : config.accounts.value) {
    if (a.role == role) out.push_back(a);
  }
  return out;
}

std::vector<ConfigEntry> DescribeConfig(const Config& config) {
  std::vector<ConfigEntry> entries;
  entries.push_back({"database", Quote(config.database.value), config.database.from});
  entries.push_back({"window", Quote(config.window.value.text), config.window.from});
  entries.push_back({"fail_level", Quote(similarity::LevelName(config.fail_level.value)),
                     config.fail_level.from});
  auto threshold = [&](const char* key, const Setting<std::optional<double>>& s) {
    entries.push_back(
        {key, s.value ? FormatDouble(*s.value) : std::string("(fitted model)"), s.from});
  };
  threshold("thresholds.rewording", config.rewording_threshold);
  threshold("thresholds.same_topic", config.same_topic_threshold);
  threshold("thresholds.near_duplicate", config.near_duplicate_threshold);
  entries.push_back({"extra_stopwords", QuotedList(config.extra_stopwords.value),
                     config.extra_stopwords.from});
  entries.push_back({"ignore_phrases", QuotedList(config.ignore_phrases.value),
                     config.ignore_phrases.from});
  if (config.accounts.value.empty()) {
    entries.push_back({"accounts", "[]", config.accounts.from});
  }
  for (const AccountSetting& a : config.accounts.value) {
    entries.push_back({"accounts", fmt::format("@{} {} ({})", a.handle, AccountRoleName(a.role),
                                               PlatformName(a.platform)),
                       a.from});
  }
  return entries;
}

}  // namespace redite::workflows
