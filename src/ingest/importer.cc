// Format names, detection from content, and dispatch to the format readers.
#include "redite/ingest/importer.h"

#include <fmt/format.h>

#include <vector>

#include "ingest/csv.h"
#include "ingest/formats.h"

namespace redite::ingest {
namespace {

using nlohmann::json;

constexpr Format kAllFormats[] = {Format::kAuto,     Format::kXArchive, Format::kXLegacyCsv,
                                  Format::kXApi,     Format::kMastodon, Format::kBluesky,
                                  Format::kLinkedIn, Format::kCsv,      Format::kJsonLines};

bool IsBlueskyType(const json& j) {
  return JsonString(j, "$type").rfind("app.bsky.", 0) == 0;
}

// The format of one parsed JSON value (a whole document or a first line).
Format ClassifyJson(const json& j, bool whole_document) {
  if (j.is_array()) {
    if (j.empty()) return Format::kXApi;
    const json& first = j[0];
    if (JsonFind(first, "tweet") != nullptr) return Format::kXArchive;
    if (IsBlueskyType(first) || (JsonFind(first, "value") && IsBlueskyType(first["value"]))) {
      return Format::kBluesky;
    }
    if (first.is_object() && first.contains("id") && first.contains("text")) return Format::kXApi;
    return Format::kJsonLines;
  }
  if (!j.is_object()) return Format::kJsonLines;
  if (j.contains("orderedItems") || JsonString(j, "type") == "OrderedCollection") {
    return Format::kMastodon;
  }
  if (IsBlueskyType(j)) return Format::kBluesky;
  if (const json* records = JsonFind(j, "records"); records != nullptr && records->is_array()) {
    return Format::kBluesky;
  }
  if (j.contains("data") || j.contains("includes") || (whole_document && j.contains("errors"))) {
    return Format::kXApi;
  }
  if (const json* tweets = JsonFind(j, "tweets"); tweets != nullptr && tweets->is_array()) {
    return Format::kXApi;
  }
  if (j.contains("id") && j.contains("text") &&
      (j.contains("created_at") || j.contains("author_id") || j.contains("edit_history_tweet_ids"))) {
    return Format::kXApi;
  }
  return Format::kJsonLines;
}

}  // namespace

const char* FormatName(Format format) {
  switch (format) {
    case Format::kAuto:
      return "auto";
    case Format::kXArchive:
      return "x-archive";
    case Format::kXLegacyCsv:
      return "x-csv";
    case Format::kXApi:
      return "x-api";
    case Format::kMastodon:
      return "mastodon";
    case Format::kBluesky:
      return "bluesky";
    case Format::kLinkedIn:
      return "linkedin";
    case Format::kCsv:
      return "csv";
    case Format::kJsonLines:
      return "jsonl";
  }
  return "auto";
}

std::optional<Format> ParseFormat(std::string_view name) {
  for (Format f : kAllFormats) {
    if (name == FormatName(f)) return f;
  }
  return std::nullopt;
}

Platform FormatPlatform(Format format) {
  switch (format) {
    case Format::kXArchive:
    case Format::kXLegacyCsv:
    case Format::kXApi:
      return Platform::kX;
    case Format::kMastodon:
      return Platform::kMastodon;
    case Format::kBluesky:
      return Platform::kBluesky;
    case Format::kLinkedIn:
      return Platform::kLinkedIn;
    default:
      return Platform::kOther;
  }
}

std::string RecordError::ToString() const {
  std::string where = "record " + std::to_string(record);
  if (line > 0) where += " (line " + std::to_string(line) + ")";
  if (field.empty()) return where + ": " + message;
  return where + ": " + field + ": " + message;
}

Format DetectFormat(std::string_view content) {
  std::size_t start = content.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  start = content.find_first_not_of(" \t\r\n", start);
  if (start == std::string_view::npos) return Format::kCsv;
  std::string_view body = content.substr(start);
  if (body.substr(0, 11) == "window.YTD.") return Format::kXArchive;
  if (body[0] == '{' || body[0] == '[') {
    // Whole documents up to 64 MiB are parsed to look at their structure;
    // beyond that (JSON Lines dumps) the first line decides.
    constexpr std::size_t kWholeLimit = 64u << 20;
    if (body.size() <= kWholeLimit) {
      Result<json> doc = ParseJson(body);
      if (doc.ok()) return ClassifyJson(*doc, true);
    }
    Result<json> first = ParseJson(body.substr(0, body.find('\n')));
    if (first.ok()) {
      Format f = ClassifyJson(*first, false);
      return f == Format::kXArchive ? Format::kJsonLines : f;
    }
    return Format::kJsonLines;  // the reader reports what is wrong with it
  }
  CsvReader reader(content);
  std::vector<std::string> header;
  if (reader.Next(&header)) {
    bool tweet_id = false, timestamp = false;
    for (const auto& h : header) {
      if (h == "ShareCommentary") return Format::kLinkedIn;
      tweet_id |= h == "tweet_id";
      timestamp |= h == "timestamp";
    }
    if (tweet_id && timestamp) return Format::kXLegacyCsv;
  }
  return Format::kCsv;
}

Result<ParseSummary> ParseFeed(std::string_view content, const ParseOptions& options,
                               const PostSink& sink) {
  ParseSummary summary;
  summary.format = options.format == Format::kAuto ? DetectFormat(content) : options.format;
  FeedBuilder out(&summary, &sink);
  Status s;
  switch (summary.format) {
    case Format::kXArchive:
      s = ReadXArchive(content, options, &out);
      break;
    case Format::kXApi:
      s = ReadXApi(content, options, &out);
      break;
    case Format::kMastodon:
      s = ReadMastodon(content, options, &out);
      break;
    case Format::kBluesky:
      s = ReadBluesky(content, options, &out);
      break;
    case Format::kLinkedIn:
      s = ReadLinkedIn(content, options, &out);
      break;
    case Format::kXLegacyCsv:
    case Format::kCsv:
    case Format::kAuto:
      s = ReadCsv(content, options, &out);
      break;
    case Format::kJsonLines:
      s = ReadJsonLines(content, options, &out);
      break;
  }
  if (!s.ok()) return s.WithContext(std::string("as ") + FormatName(summary.format));
  return summary;
}

}  // namespace redite::ingest
