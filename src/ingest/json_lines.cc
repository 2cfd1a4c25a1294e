// Generic JSON Lines (or a JSON array of objects): one object per record,
// keys mapped like the columns of the generic CSV. (X API tweet objects,
// one per line or not, are read by x_api.cc.)
#include <string>

#include "ingest/formats.h"

namespace redite::ingest {

Status ForEachLine(std::string_view content,
                   const std::function<Status(std::int64_t, std::string_view)>& each) {
  std::int64_t line_number = 0;
  std::size_t pos = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos < content.size()) {
    std::size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    ++line_number;
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Status s = each(line_number, line);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Result<nlohmann::json> ParseJson(std::string_view text) {
  try {
    return nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(std::string("not valid JSON: ") + e.what());
  }
}

Status ForEachJsonDocument(std::string_view content, FeedBuilder* out,
                           const std::function<Status(const nlohmann::json&, std::int64_t)>& each) {
  Result<nlohmann::json> doc = ParseJson(content);
  if (doc.ok()) return each(*doc, 0);
  bool any = false;
  return ForEachLine(content, [&](std::int64_t line, std::string_view text) -> Status {
    Result<nlohmann::json> j = ParseJson(text);
    if (!j.ok()) {
      if (!any) return doc.status();  // neither a JSON document nor JSON Lines
      out->Error(out->NextRecord(), line, "", j.status().message());
      return Status::OK();
    }
    any = true;
    return each(*j, line);
  });
}

Status ReadJsonLines(std::string_view content, const ParseOptions& options, FeedBuilder* out) {
  std::optional<std::array<std::string, static_cast<int>(Field::kCount)>> columns;
  auto read_object = [&](const nlohmann::json& j, std::int64_t line) -> Status {
    std::int64_t record = out->NextRecord();
    if (!j.is_object()) {
      out->Error(record, line, "", "not a JSON object");
      return Status::OK();
    }
    if (!columns.has_value()) {
      // The first object's keys name the columns, as a CSV header would.
      std::vector<std::string> keys;
      for (const auto& [key, value] : j.items()) keys.push_back(key);
      auto resolved = ResolveColumns(keys, options.columns);
      if (!resolved.ok()) return resolved.status().WithContext("record " + std::to_string(record));
      columns = *resolved;
    }
    auto get = [&](Field f) -> std::optional<std::string> {
      const std::string& key = (*columns)[static_cast<int>(f)];
      if (key.empty()) return std::nullopt;
      auto it = j.find(key);
      if (it == j.end() || it->is_null()) return std::nullopt;
      if (it->is_string()) return it->get<std::string>();
      if (it->is_boolean()) return it->get<bool>() ? "true" : "false";
      if (std::optional<std::string> id = JsonId(*it)) return id;
      return it->dump();
    };
    Post post;
    std::string field, message;
    if (!PostFromFields(get, *columns, &post, &field, &message)) {
      out->Error(record, line, field, message);
      return Status::OK();
    }
    return out->Emit(std::move(post));
  };
  // One object per line, or a JSON array of objects.
  return ForEachJsonDocument(content, out, [&](const nlohmann::json& doc, std::int64_t line) {
    if (!doc.is_array()) return read_object(doc, line);
    for (const nlohmann::json& item : doc) {
      Status s = read_object(item, line);
      if (!s.ok()) return s;
    }
    return Status::OK();
  });
}

}  // namespace redite::ingest
