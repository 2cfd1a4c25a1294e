// Generic CSV: any CSV export with a header row, columns mapped by name
// (ColumnMapping) or guessed from common names. The X legacy tweets.csv is
// one such layout (tweet_id, timestamp, text, in_reply_to_status_id,
// retweeted_status_id), and so are the rtweet and pandas dumps of tweets.
#include <vector>

#include "ingest/csv.h"
#include "ingest/formats.h"

namespace redite::ingest {

bool HasHeaderWidth(const std::vector<std::string>& fields, const std::vector<std::string>& header,
                    std::int64_t record, std::int64_t line, FeedBuilder* out) {
  if (fields.size() == header.size()) return true;
  out->Error(record, line, "",
             std::to_string(fields.size()) + " fields, the header has " +
                 std::to_string(header.size()));
  return false;
}

Status ReadCsv(std::string_view content, const ParseOptions& options, FeedBuilder* out) {
  CsvReader reader(content);
  std::vector<std::string> header;
  if (!reader.Next(&header)) {
    if (!reader.status().ok()) return reader.status();
    return Status::InvalidArgument("empty file: expected a CSV header row");
  }
  auto columns = ResolveColumns(header, options.columns);
  if (!columns.ok()) return columns.status();
  // Column index of each mapped field, -1 when unmapped.
  std::array<int, static_cast<int>(Field::kCount)> index;
  for (int f = 0; f < static_cast<int>(Field::kCount); ++f) {
    index[f] = -1;
    for (std::size_t c = 0; c < header.size(); ++c) {
      if (!(*columns)[f].empty() && header[c] == (*columns)[f]) {
        index[f] = static_cast<int>(c);
        break;
      }
    }
  }
  std::vector<std::string> fields;
  while (reader.Next(&fields)) {
    std::int64_t record = out->NextRecord();
    if (!HasHeaderWidth(fields, header, record, reader.line(), out)) continue;
    Post post;
    std::string field, message;
    auto get = [&](Field f) -> std::optional<std::string> {
      int i = index[static_cast<int>(f)];
      if (i < 0) return std::nullopt;
      return fields[i];
    };
    if (!PostFromFields(get, *columns, &post, &field, &message)) {
      out->Error(record, reader.line(), field, message);
      continue;
    }
    Status s = out->Emit(std::move(post));
    if (!s.ok()) return s;
  }
  return reader.status();
}

}  // namespace redite::ingest
