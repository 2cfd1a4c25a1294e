// The readers of each format (one .cc each). Private to src/ingest/; the
// public entry point is ParseFeed in redite/ingest/importer.h.
#ifndef REDITE_INGEST_FORMATS_H_
#define REDITE_INGEST_FORMATS_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/records.h"
#include "redite/ingest/importer.h"

namespace redite::ingest {

// Each returns a non-ok Status only when the file as a whole cannot be read
// as the format, or when the sink fails; bad records go to the builder.
Status ReadXArchive(std::string_view content, const ParseOptions& options, FeedBuilder* out);
Status ReadXApi(std::string_view content, const ParseOptions& options, FeedBuilder* out);
Status ReadMastodon(std::string_view content, const ParseOptions& options, FeedBuilder* out);
Status ReadBluesky(std::string_view content, const ParseOptions& options, FeedBuilder* out);
Status ReadLinkedIn(std::string_view content, const ParseOptions& options, FeedBuilder* out);
// Generic CSV with a header (also the X legacy tweets.csv).
Status ReadCsv(std::string_view content, const ParseOptions& options, FeedBuilder* out);
Status ReadJsonLines(std::string_view content, const ParseOptions& options, FeedBuilder* out);

// A CSV record must have as many fields as the header: when it does not,
// records the error and returns false.
bool HasHeaderWidth(const std::vector<std::string>& fields, const std::vector<std::string>& header,
                    std::int64_t record, std::int64_t line, FeedBuilder* out);

// Calls `each(line_number, line)` for every non-blank line of `content`.
// Stops and returns the first non-ok Status `each` returns.
Status ForEachLine(std::string_view content,
                   const std::function<Status(std::int64_t, std::string_view)>& each);

// Calls `each(document, 0)` with the whole content when it is one JSON
// document, else `each(document, line)` for each line (JSON Lines); a line
// that is not JSON is a record error. Content that is neither is an error.
Status ForEachJsonDocument(std::string_view content, FeedBuilder* out,
                           const std::function<Status(const nlohmann::json&, std::int64_t)>& each);

// Parses JSON, allowing a repeated key (the last one wins, as Mastodon's
// real outbox.json needs). Returns InvalidArgument with the parser's message.
Result<nlohmann::json> ParseJson(std::string_view text);

}  // namespace redite::ingest

#endif  // REDITE_INGEST_FORMATS_H_
