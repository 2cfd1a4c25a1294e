#include "redite/eval/datasets.h"

#include <charconv>
#include <sstream>

#include "ingest/csv.h"
#include "redite/ingest/importer.h"

namespace redite::eval {
namespace {


Status RecordError(const std::string& path, std::int64_t line, const std::string& what) {
  return Status::InvalidArgument(path + ": line " + std::to_string(line) + ": " + what);
}

// Reads every record of a delimited file, checking the field count.
Result<std::vector<std::vector<std::string>>> ReadRecords(const std::string& path,
                                                         char delimiter, std::size_t fields) {
  auto content = ingest::ReadWholeFile(path);
  if (!content.ok()) return content.status();
  ingest::CsvReader reader(*content, delimiter);
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> row;
  while (reader.Next(&row)) {
    if (row.size() != fields) {
      return RecordError(path, reader.line(),
                         "expected " + std::to_string(fields) + " fields, found " +
                             std::to_string(row.size()));
    }
    records.push_back(row);
  }
  if (!reader.status().ok()) return reader.status().WithContext(path);
  if (records.empty()) return Status::InvalidArgument(path + ": no pairs");
  return records;
}

bool ParseDouble(const std::string& s, double* value) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

Result<std::vector<TextPair>> LoadStsPairs(const std::string& path) {
  auto records = ReadRecords(path, ',', 3);
  if (!records.ok()) return records.status();
  std::vector<TextPair> pairs;
  for (std::size_t i = 0; i < records->size(); ++i) {
    auto& r = (*records)[i];
    TextPair p;
    p.id = "sts" + std::to_string(i + 1);
    p.a = std::move(r[0]);
    p.b = std::move(r[1]);
    if (!ParseDouble(r[2], &p.score) || p.score < 0 || p.score > 5) {
      return RecordError(path, static_cast<std::int64_t>(i + 1),
                         "score \"" + r[2] + "\": not a number in [0, 5]");
    }
    pairs.push_back(std::move(p));
  }
  return pairs;
}

Result<std::vector<TextPair>> LoadPawsPairs(const std::string& path) {
  auto records = ReadRecords(path, '\t', 3);
  if (!records.ok()) return records.status();
  std::vector<TextPair> pairs;
  for (std::size_t i = 0; i < records->size(); ++i) {
    auto& r = (*records)[i];
    if (r[2] != "0" && r[2] != "1") {
      return RecordError(path, static_cast<std::int64_t>(i + 1),
                         "label \"" + r[2] + "\": expected 0 or 1");
    }
    TextPair p;
    p.id = "paws" + std::to_string(i + 1);
    p.a = std::move(r[0]);
    p.b = std::move(r[1]);
    p.positive = r[2] == "1";
    pairs.push_back(std::move(p));
  }
  return pairs;
}

Result<std::vector<TextPair>> LoadLabeledPairs(const std::string& path) {
  auto content = ingest::ReadWholeFile(path);
  if (!content.ok()) return content.status();
  std::istringstream in(*content);
  std::string line;
  std::int64_t number = 0;
  std::vector<TextPair> pairs;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    // Split on tabs by hand: the texts hold straight quotes that a CSV
    // reader would take for quoting (a post may begin with "...").
    std::vector<std::string> f;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      f.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (f.size() != 6) {
      return RecordError(path, number, "expected 6 tab-separated fields, found " +
                                           std::to_string(f.size()));
    }
    if (number == 1) {
      if (f[0] != "id" || f[2] != "level" || f[4] != "text_a") {
        return RecordError(path, number, "header must be id split level kind text_a text_b");
      }
      continue;
    }
    TextPair p;
    p.id = f[0];
    if (f[1] != "fit" && f[1] != "heldout") {
      return RecordError(path, number, "split \"" + f[1] + "\": expected fit or heldout");
    }
    p.heldout = f[1] == "heldout";
    auto level = similarity::ParseLevel(f[2]);
    if (!level) return RecordError(path, number, "level \"" + f[2] + "\": unknown level");
    p.level = *level;
    p.positive = *level >= similarity::Level::kRewording;
    p.kind = f[3];
    p.a = f[4];
    p.b = f[5];
    if (p.a.empty() || p.b.empty()) return RecordError(path, number, "empty text");
    pairs.push_back(std::move(p));
  }
  if (pairs.empty()) return Status::InvalidArgument(path + ": no pairs");
  return pairs;
}

}  // namespace redite::eval
