#include "redite/workflows/drafts.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <sstream>
#include <utility>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "ingest/csv.h"
#include "ingest/dates.h"

namespace redite::workflows {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerTrim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string StripAt(std::string_view handle) {
  while (!handle.empty() && handle.front() == ' ') handle.remove_prefix(1);
  while (!handle.empty() && handle.back() == ' ') handle.remove_suffix(1);
  if (!handle.empty() && handle[0] == '@') handle.remove_prefix(1);
  return std::string(handle);
}

Status AtLine(const std::string& file, std::int64_t line, const std::string& what) {
  return Status::InvalidArgument(fmt::format("{}: line {}: {}", file, line, what));
}

// The lines of `content` without their terminators ("\n" or "\r\n").
std::vector<std::string_view> SplitLines(std::string_view content) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

bool IsSeparator(std::string_view line) { return TrimRight(line) == "---"; }

// Front matter: its date and account, from YAML.
struct FrontMatter {
  std::optional<std::int64_t> date;
  std::string account;
};

Status ParseFrontMatter(const std::string& yaml, const std::string& file, std::int64_t first_line,
                        const DraftOptions& options, FrontMatter* out) {
  YAML::Node root;
  try {
    root = YAML::Load(yaml);
  } catch (const YAML::Exception& e) {
    // e.mark.line is 0-based within the front matter.
    std::int64_t line = e.mark.line >= 0 ? first_line + e.mark.line : first_line;
    return AtLine(file, line, "front matter: " + e.msg);
  }
  if (root.IsNull()) return Status::OK();
  if (!root.IsMap()) {
    return AtLine(file, first_line, "front matter: expected \"key: value\" lines");
  }
  try {
    for (const auto& entry : root) {
      std::string key = entry.first.as<std::string>();
      std::int64_t line = first_line + entry.first.Mark().line;
      if (key != "date" && key != "account") continue;  // title, tags...: not ours
      if (!entry.second.IsScalar()) {
        return AtLine(file, line, fmt::format("front matter: {}: expected a single value", key));
      }
      std::string value = entry.second.as<std::string>();
      if (key == "date") {
        auto date = ParseDraftDate(value, options.day_first);
        if (!date.ok()) return AtLine(file, line, "front matter: date: " + date.status().message());
        out->date = *date;
      } else {
        out->account = StripAt(value);
        if (out->account.empty()) return AtLine(file, line, "front matter: account: empty");
      }
    }
  } catch (const YAML::Exception& e) {
    return AtLine(file, first_line, "front matter: " + e.msg);
  }
  return Status::OK();
}

Result<DraftSet> ParseTextDrafts(std::string_view content, const std::string& file,
                                 const DraftOptions& options) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  std::vector<std::string_view> lines = SplitLines(content);
  std::size_t i = 0;
  FrontMatter front;
  if (!lines.empty() && IsSeparator(lines[0])) {
    std::size_t end = 1;
    while (end < lines.size() && !IsSeparator(lines[end]) && TrimRight(lines[end]) != "...") {
      ++end;
    }
    if (end == lines.size()) {
      return AtLine(file, 1, "front matter opened by \"---\" is never closed");
    }
    std::string yaml;
    for (std::size_t k = 1; k < end; ++k) {
      yaml.append(lines[k]);
      yaml += '\n';
    }
    if (Status s = ParseFrontMatter(yaml, file, 2, options, &front); !s.ok()) return s;
    i = end + 1;
  }
  DraftSet set;
  // Sections between separators; `section_start` is the 0-based line after
  // the separator that opened it.
  std::size_t section_start = i;
  auto flush = [&](std::size_t end) -> Status {
    std::size_t first = section_start;
    while (first < end && IsBlank(lines[first])) ++first;
    std::size_t last = end;
    while (last > first && IsBlank(lines[last - 1])) --last;
    if (first == last) {
      std::int64_t where = static_cast<std::int64_t>(std::min(section_start, lines.size()) + 1);
      if (section_start >= lines.size() && !lines.empty()) where = static_cast<std::int64_t>(lines.size());
      return AtLine(file, where, "empty draft");
    }
    Draft d;
    d.file = file;
    d.line = static_cast<std::int64_t>(first + 1);
    d.date = front.date;
    d.account = front.account;
    bool ignored = false;
    for (std::size_t k = first; k < last; ++k) {
      if (k > first) d.text += '\n';
      d.text.append(TrimRight(lines[k]));
      if (HasIgnoreMarker(lines[k])) ignored = true;
    }
    (ignored ? set.ignored : set.drafts).push_back(std::move(d));
    return Status::OK();
  };
  for (; i < lines.size(); ++i) {
    if (IsSeparator(lines[i])) {
      if (Status s = flush(i); !s.ok()) return s;
      section_start = i + 1;
    }
  }
  if (Status s = flush(lines.size()); !s.ok()) return s;
  return set;
}

// Column indexes of a calendar CSV; -1 when absent.
struct Layout {
  int text = -1;
  int date = -1;
  int account = -1;
  int link = -1;
  bool header = true;
};

int FindColumn(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    for (std::size_t c = 0; c < header.size(); ++c) {
      if (LowerTrim(header[c]) == name) return static_cast<int>(c);
    }
  }
  return -1;
}

Result<Layout> DetectLayout(const std::vector<std::string>& header, const std::string& file,
                            std::int64_t line, const DraftOptions& options) {
  Layout layout;
  const CsvColumns& cols = options.columns;
  auto named = [&](const std::string& name, const char* role, int* out) -> Status {
    if (name.empty()) return Status::OK();
    std::string wanted = LowerTrim(name);
    for (std::size_t c = 0; c < header.size(); ++c) {
      if (LowerTrim(header[c]) == wanted) {
        *out = static_cast<int>(c);
        return Status::OK();
      }
    }
    return AtLine(file, line, fmt::format("no column \"{}\" for the {} in the header", name, role));
  };
  if (Status s = named(cols.text, "text", &layout.text); !s.ok()) return s;
  if (Status s = named(cols.date, "date", &layout.date); !s.ok()) return s;
  if (Status s = named(cols.account, "account", &layout.account); !s.ok()) return s;
  if (Status s = named(cols.link, "link", &layout.link); !s.ok()) return s;
  // Buffer: Text, Image URL, Tags, Posting Time. Hootsuite: Date, Message, Link.
  if (layout.text < 0) layout.text = FindColumn(header, {"text", "message", "content", "post"});
  if (cols.date.empty()) {
    layout.date = FindColumn(header, {"posting time", "date", "scheduled at", "scheduled_at"});
  }
  if (cols.account.empty()) layout.account = FindColumn(header, {"account", "handle", "profile"});
  if (cols.link.empty() && FindColumn(header, {"message"}) == layout.text && layout.text >= 0) {
    layout.link = FindColumn(header, {"link", "url"});
  }
  if (layout.text >= 0) return layout;
  // Hootsuite also takes files without a header: date, message[, link].
  if (cols.text.empty() && header.size() >= 2 && header.size() <= 3 &&
      ParseDraftDate(header[0], options.day_first).ok()) {
    return Layout{1, 0, -1, header.size() == 3 ? 2 : -1, false};
  }
  return AtLine(file, line,
                "no text column: expected a Buffer header (Text, Image URL, Tags, Posting Time), "
                "a Hootsuite one (Date, Message, Link), or the column named in the options");
}

Result<DraftSet> ParseCsvDrafts(std::string_view content, const std::string& file,
                                const DraftOptions& options) {
  ingest::CsvReader reader(content);
  std::vector<std::string> fields;
  if (!reader.Next(&fields)) {
    if (!reader.status().ok()) return reader.status().WithContext(file);
    return Status::InvalidArgument(file + ": empty CSV file (no header, no draft)");
  }
  auto layout = DetectLayout(fields, file, reader.line(), options);
  if (!layout.ok()) return layout.status();
  DraftSet set;
  bool first = true;
  const std::vector<std::string> header = layout->header ? fields : std::vector<std::string>();
  auto column_name = [&](int c) {
    return c < static_cast<int>(header.size()) ? header[c] : fmt::format("{}", c + 1);
  };
  while (true) {
    if (!first || layout->header) {
      if (!reader.Next(&fields)) break;
    }
    first = false;
    std::int64_t line = reader.line();
    auto cell = [&](int c) -> std::string_view {
      return c >= 0 && c < static_cast<int>(fields.size()) ? std::string_view(fields[c])
                                                           : std::string_view();
    };
    if (fields.size() == 1 && IsBlank(fields[0])) continue;
    Draft d;
    d.file = file;
    d.line = line;
    std::string_view text = cell(layout->text);
    if (IsBlank(text)) {
      return AtLine(file, line,
                    fmt::format("column \"{}\": empty draft", column_name(layout->text)));
    }
    d.text = std::string(text);
    std::string_view link = cell(layout->link);
    if (!IsBlank(link) && d.text.find(link) == std::string::npos) {
      d.text += ' ';
      d.text.append(link);
    }
    std::string_view date = cell(layout->date);
    if (!IsBlank(date)) {
      auto parsed = ParseDraftDate(date, options.day_first);
      if (!parsed.ok()) {
        return AtLine(file, line,
                      fmt::format("column \"{}\": {}", column_name(layout->date),
                                  parsed.status().message()));
      }
      d.date = *parsed;
    }
    d.account = StripAt(cell(layout->account));
    bool ignored = std::any_of(fields.begin(), fields.end(),
                               [](const std::string& f) { return HasIgnoreMarker(f); });
    (ignored ? set.ignored : set.drafts).push_back(std::move(d));
  }
  if (!reader.status().ok()) return reader.status().WithContext(file);
  if (set.drafts.empty() && set.ignored.empty()) {
    return AtLine(file, reader.line() > 0 ? reader.line() : 1, "no draft after the header");
  }
  return set;
}

bool EndsWithCsv(const std::string& name) {
  if (name.size() < 4) return false;
  return LowerTrim(name.substr(name.size() - 4)) == ".csv";
}

// Reads `n` digits at *pos.
bool Digits(std::string_view s, std::size_t* pos, int min, int max, int* out) {
  int value = 0, count = 0;
  while (*pos < s.size() && count < max && s[*pos] >= '0' && s[*pos] <= '9') {
    value = value * 10 + (s[*pos] - '0');
    ++*pos;
    ++count;
  }
  *out = value;
  return count >= min;
}

}  // namespace

std::string Draft::Id() const { return fmt::format("{}:{}", file, line); }

bool HasIgnoreMarker(std::string_view line) {
  static constexpr std::string_view kMarker = "redite: ignore";
  if (line.size() < kMarker.size()) return false;
  for (std::size_t i = 0; i + kMarker.size() <= line.size(); ++i) {
    std::size_t k = 0;
    while (k < kMarker.size() && Lower(line[i + k]) == kMarker[k]) ++k;
    if (k == kMarker.size()) return true;
  }
  return false;
}

Result<std::int64_t> ParseDraftDate(std::string_view text, bool day_first) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  auto bad = [&](const char* why) {
    return Status::InvalidArgument(fmt::format(
        "\"{}\": not a date ({}; expected 2025-03-14, 2025-03-14 09:30, {} 09:30 or ISO 8601)",
        text, why, day_first ? "14/03/2025" : "03/14/2025"));
  };
  if (text.size() >= 10 && text[4] == '-') {
    if (text.size() == 10) {
      std::string midnight = std::string(text) + "T00:00:00Z";
      auto r = ingest::ParseIsoDate(midnight);
      if (!r.ok()) return bad("invalid day");
      return r;
    }
    auto r = ingest::ParseIsoDate(text);
    if (!r.ok()) return Status::InvalidArgument(r.status().message());
    return r;
  }
  // d/m/yyyy [h:mm[:ss]] or m/d/yyyy ...
  std::size_t pos = 0;
  int a = 0, b = 0, y = 0, h = 0, mi = 0, sec = 0;
  if (!Digits(text, &pos, 1, 2, &a) || pos >= text.size() || text[pos++] != '/' ||
      !Digits(text, &pos, 1, 2, &b) || pos >= text.size() || text[pos++] != '/' ||
      !Digits(text, &pos, 4, 4, &y)) {
    return bad("unknown layout");
  }
  if (pos < text.size()) {
    if (text[pos] != ' ' && text[pos] != 'T') return bad("unknown layout");
    ++pos;
    if (!Digits(text, &pos, 1, 2, &h) || pos >= text.size() || text[pos++] != ':' ||
        !Digits(text, &pos, 2, 2, &mi)) {
      return bad("expected hh:mm after the date");
    }
    if (pos < text.size() && text[pos] == ':') {
      ++pos;
      if (!Digits(text, &pos, 2, 2, &sec)) return bad("expected seconds");
    }
    if (pos != text.size()) return bad("unexpected text after the time");
  }
  int day = day_first ? a : b;
  int month = day_first ? b : a;
  std::string iso = fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z", y, month, day, h, mi,
                                sec);
  auto r = ingest::ParseIsoDate(iso);
  if (!r.ok()) return bad(day_first ? "no such day (read as day/month/year)"
                                    : "no such day (read as month/day/year)");
  return r;
}

Result<DraftSet> ParseDrafts(std::string_view content, const std::string& file,
                             const DraftOptions& options) {
  bool csv = options.format == DraftFormat::kCsv ||
             (options.format == DraftFormat::kAuto && EndsWithCsv(file));
  return csv ? ParseCsvDrafts(content, file, options) : ParseTextDrafts(content, file, options);
}

Result<DraftSet> ReadDrafts(const std::string& path, const DraftOptions& options) {
  std::ostringstream content;
  std::string name = path;
  if (path == "-") {
    name = "<stdin>";
    content << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::NotFound(path + ": cannot open");
    content << in.rdbuf();
    if (in.bad()) return Status::IOError(path + ": read error");
  }
  return ParseDrafts(content.str(), name, options);
}

}  // namespace redite::workflows
