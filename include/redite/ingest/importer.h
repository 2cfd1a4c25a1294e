// Importers: read the export files people really have into Posts, and store
// them with what the text layer derives from them.
//
//   redite::ingest::ImportOptions options;
//   options.account = "ceo_handle";
//   options.role = redite::AccountRole::kPerson;
//   auto report = redite::ingest::ImportFile(*store, "data/tweets.js", options);
//   if (!report.ok()) ... report.status().message() names file, record, field.
//
// Formats are recognized from the content (DetectFormat); --format overrides.
// All dates are parsed strictly to UTC: a date that cannot be parsed is a
// record error, never a default.
#ifndef REDITE_INGEST_IMPORTER_H_
#define REDITE_INGEST_IMPORTER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "redite/post.h"
#include "redite/files.h"
#include "redite/status.h"
#include "redite/store/feed_store.h"
#include "redite/text/tokens.h"

namespace redite::ingest {

enum class Format {
  kAuto,
  kXArchive,     // data/tweets.js, tweet.js, tweets-part1.js (window.YTD.tweets.part0 = [...])
  kXLegacyCsv,   // the legacy archive's tweets.csv
  kXApi,         // X API v2 responses and arrays of tweet objects (also JSON Lines)
  kMastodon,     // outbox.json (ActivityPub OrderedCollection)
  kBluesky,      // app.bsky.feed.post records (listRecords pages, arrays, JSON Lines)
  kLinkedIn,     // Shares.csv of the LinkedIn data export
  kCsv,          // any CSV with a header: columns mapped by name or by ColumnMapping
  kJsonLines,    // one JSON object per line: keys mapped like kCsv columns
};

// "auto", "x-archive", "x-csv", "x-api", "mastodon", "bluesky", "linkedin",
// "csv", "jsonl".
const char* FormatName(Format format);
std::optional<Format> ParseFormat(std::string_view name);
// The platform a format's posts come from (kOther for the generic formats).
Platform FormatPlatform(Format format);

// Recognizes the format from the first bytes (and the structure of JSON).
// Never returns kAuto: content that is no known JSON layout is read as CSV.
Format DetectFormat(std::string_view content);

// Column names (CSV) or keys (JSON Lines) of the generic formats. An empty
// name is guessed from the header: id (id, id_str, status_id, tweet_id),
// date (created_at, date, datetime, time, timestamp), text (text, full_text,
// tweet, tweets, content, message), author (username, screen_name, user,
// author, nom), url, kind (type, kind, is_retweet), reply_to, language (lang).
struct ColumnMapping {
  std::string id;
  std::string date;
  std::string text;
  std::string author;
  std::string url;
  std::string kind;
  std::string reply_to;
  std::string language;
};

struct ParseOptions {
  Format format = Format::kAuto;  // kAuto: DetectFormat
  ColumnMapping columns;          // for kCsv and kJsonLines
  // The content of the X archive's note-tweet.js beside tweets.js, if any:
  // the full text of long posts, which tweets.js has truncated.
  std::string_view note_tweets;
};

// A record that could not be read. `record` counts from 1 in file order
// (data rows for CSV, array elements for JSON, lines for JSON Lines); `line`
// is the line it starts on when known (0 otherwise).
struct RecordError {
  std::int64_t record = 0;
  std::int64_t line = 0;
  std::string field;  // the column or key at fault, "" for the whole record
  std::string message;
  // "record 12 (line 40): created_at \"Fri 31 Feb\": not a date"
  std::string ToString() const;
};

struct ParseSummary {
  Format format = Format::kAuto;  // the format used
  std::int64_t records = 0;       // records read, valid or not
  std::vector<RecordError> errors;
};

// The whole content of a file (redite/files.h), as the importer reads it.
using ::redite::ReadWholeFile;

// Receives each valid post, in file order. A non-ok Status stops the parse.
using PostSink = std::function<Status(Post&&)>;

// Parses a whole file's content. Invalid records become errors and parsing
// goes on; a non-ok Status means the file as a whole cannot be read as the
// format (not JSON, no header, no text column) or the sink failed.
Result<ParseSummary> ParseFeed(std::string_view content, const ParseOptions& options,
                               const PostSink& sink);

// Analyzes one post's text; each thread has its own (the Analyzer is not
// thread-safe).
using AnalyzeFn = std::function<text::Analysis(std::string_view)>;

// What the import needs from the text layer. Both functions are set, or
// neither (then posts are stored without derived data).
struct TextPipeline {
  // Changes whenever stored derived data would change; recorded in the store.
  std::string version;
  // Makes the analyze function of one thread; called once per analysis
  // thread, possibly from several threads at once.
  std::function<Result<AnalyzeFn>()> make_analyzer;
  // Thread-safe.
  std::function<std::string(std::string_view)> canonical_url;
  bool enabled() const { return make_analyzer && canonical_url; }
};

// The text layer: each analysis thread gets its own text::Analyzer made with
// `options`. The version names this build of the text layer.
TextPipeline MakeTextPipeline(const text::AnalyzerOptions& options = {});

struct ImportOptions {
  ParseOptions parse;
  // The account of every post, without '@'. Empty: each record's author
  // (files of several accounts); a record without one is then an error.
  // When set, records by another author are left out and counted.
  std::string account;
  AccountRole role = AccountRole::kPerson;
  // The platform of the account; default: the format's (kOther -> kX for the
  // generic formats, whose real feeds are tweets).
  std::optional<Platform> platform;
  // Import the valid records and list the others, instead of rejecting the file.
  bool skip_invalid = false;
  // Derived data (links, hashtags, mentions, figures). Disabled: posts only.
  TextPipeline text;
  // Threads running the text layer while the calling thread parses and
  // writes (posts are still written in file order); the calling thread also
  // analyzes whenever it would otherwise wait. 0: one per core left by the
  // calling thread, at least one.
  int analysis_threads = 0;
  // Called every few thousand posts with the count so far (progress display).
  std::function<void(std::int64_t)> progress;
};

struct ImportReport {
  std::string file;
  Format format = Format::kAuto;
  // The same bytes were imported before: nothing was read or written.
  bool already_imported = false;
  ImportRun run;
  std::int64_t other_authors = 0;  // records left out: not by options.account
  std::vector<RecordError> skipped;
};

// Imports files into a store, each in one transaction. Rejects a whole file,
// leaving the store unchanged, when a record is invalid (unless
// skip_invalid), with a message "FILE: record N (line L): FIELD: reason".
// Re-importing the same bytes for the same account, or posts the store
// already has, changes nothing. The text layer's threads are started at the
// first file that needs them and serve every later file.
//
//   ingest::Importer importer(store.get(), options);
//   for (const auto& file : files) { auto report = importer.Import(file); ... }
class Importer {
 public:
  // `store` must outlive the importer.
  Importer(FeedStore* store, ImportOptions options);
  ~Importer();
  Importer(const Importer&) = delete;
  Importer& operator=(const Importer&) = delete;

  Result<ImportReport> Import(const std::string& path);
  // The same, with `account` instead of options.account for this file.
  Result<ImportReport> Import(const std::string& path, const std::string& account);

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

// One file with a one-off Importer.
Result<ImportReport> ImportFile(FeedStore& store, const std::string& path,
                                const ImportOptions& options);

}  // namespace redite::ingest

#endif  // REDITE_INGEST_IMPORTER_H_
