// Helpers shared by the format readers (src/ingest/*.cc): collecting posts
// and record errors, ids, and the column mapping of the generic formats.
#ifndef REDITE_INGEST_RECORDS_H_
#define REDITE_INGEST_RECORDS_H_

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "redite/ingest/importer.h"

namespace redite::ingest {

// Where a reader sends what it reads: valid posts to the sink, invalid
// records to the summary's errors.
class FeedBuilder {
 public:
  FeedBuilder(ParseSummary* summary, const PostSink* sink) : summary_(summary), sink_(sink) {}
  // Counts a record (valid or not); returns its 1-based number.
  std::int64_t NextRecord() { return ++summary_->records; }
  void Error(std::int64_t record, std::int64_t line, std::string field, std::string message) {
    summary_->errors.push_back(RecordError{record, line, std::move(field), std::move(message)});
  }
  Status Emit(Post&& post) { return (*sink_)(std::move(post)); }

 private:
  ParseSummary* summary_;
  const PostSink* sink_;
};

// A stable id for a post whose format has none: "h:" + XXH3-64 of date and text.
std::string SyntheticId(std::int64_t created_at, std::string_view text);

// A JSON id as text: strings as they are, integers by their exact digits
// (nlohmann keeps 64-bit integers exact). nullopt for anything else
// (a float would have lost digits).
std::optional<std::string> JsonId(const nlohmann::json& value);

// The member `key` of a JSON object; null when absent, null-valued, or when
// `object` is not an object.
const nlohmann::json* JsonFind(const nlohmann::json& object, const char* key);
// The string member `key`, "" when absent or not a string.
std::string JsonString(const nlohmann::json& object, const char* key);

// The creation time encoded in an X snowflake id (ids from November 2010 on);
// nullopt for older or non-numeric ids.
std::optional<std::int64_t> SnowflakeTime(std::string_view id);

// "RT @user: ..." is how X marks a retweet in the text (archives say
// retweeted=false even on retweets).
bool LooksLikeRetweet(std::string_view text);

// The address of an X post from its id.
std::string XPostUrl(std::string_view id);

// Case-insensitive ASCII comparison (header names, handles).
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

// The fields the generic formats map from columns (CSV) or keys (JSON Lines).
enum class Field { kId, kDate, kText, kAuthor, kUrl, kKind, kReplyTo, kLanguage, kRetweetOf,
                   kQuoteOf, kCount };
const char* FieldRoleName(Field field);  // "id", "date", ... for messages

// For each Field, the column/key name chosen ("" when the file has none):
// the user's mapping first, else the first synonym present in `names`.
// Returns InvalidArgument when a mapped name is absent or text/date are missing.
Result<std::array<std::string, static_cast<int>(Field::kCount)>> ResolveColumns(
    const std::vector<std::string>& names, const ColumnMapping& mapping);

// Builds a Post from the mapped fields of one record. `get` returns a field's
// value ("" and "NA" count as absent for the optional fields). On a bad value
// returns false and fills *field and *message.
using FieldGetter = std::function<std::optional<std::string>(Field)>;
bool PostFromFields(const FieldGetter& get,
                    const std::array<std::string, static_cast<int>(Field::kCount)>& names,
                    Post* post, std::string* field, std::string* message);

}  // namespace redite::ingest

#endif  // REDITE_INGEST_RECORDS_H_
