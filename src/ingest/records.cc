#include "ingest/records.h"

#include <xxhash.h>

#include <cctype>
#include <charconv>
#include <vector>

#include <fmt/format.h>

#include "ingest/dates.h"

namespace redite::ingest {
namespace {

// Header synonyms seen in real exports (X legacy tweets.csv, rtweet, pandas
// dumps, Twitter API collections, scheduling tools), most specific first.
const std::array<std::vector<std::string_view>, static_cast<int>(Field::kCount)> kSynonyms = {{
        {"id", "id_str", "status_id", "tweet_id", "post_id"},
        {"created_at", "datetime", "date", "time", "timestamp", "published", "posted_at"},
        {"text", "full_text", "tweet", "tweets", "content", "message", "body"},
        {"username", "screen_name", "user", "author", "nom", "account"},
        {"url", "link", "permalink"},
        {"type", "kind", "is_retweet"},
        {"in_reply_to_status_id", "in_reply_to_status_status_id", "reply_to", "in_reply_to"},
        {"lang", "language"},
        {"retweeted_status_id"},
        {"is_quote_status", "quoted_status_id"},
    }};

bool Absent(const std::optional<std::string>& v) {
  return !v.has_value() || v->empty() || *v == "NA";
}

std::optional<PostKind> KindFromValue(std::string_view v) {
  std::string lower;
  for (char c : v) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower == "normal" || lower == "original" || lower == "false" || lower == "0" ||
      lower == "post" || lower == "tweet") {
    return PostKind::kOriginal;
  }
  if (lower == "retweet" || lower == "retweeted" || lower == "rt" || lower == "true" ||
      lower == "1" || lower == "repost" || lower == "boost") {
    return PostKind::kRetweet;
  }
  if (lower == "quoting" || lower == "quote" || lower == "quoted") return PostKind::kQuote;
  if (lower == "reply" || lower == "replied_to") return PostKind::kReply;
  return std::nullopt;
}

}  // namespace

std::string SyntheticId(std::int64_t created_at, std::string_view text) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  XXH3_64bits_update(state, &created_at, sizeof created_at);
  XXH3_64bits_update(state, text.data(), text.size());
  XXH64_hash_t h = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return fmt::format("h:{:016x}", h);
}

std::optional<std::string> JsonId(const nlohmann::json& value) {
  if (value.is_string()) {
    std::string s = value.get<std::string>();
    if (s.empty()) return std::nullopt;
    return s;
  }
  if (value.is_number_unsigned()) return std::to_string(value.get<std::uint64_t>());
  if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
  return std::nullopt;
}

const nlohmann::json* JsonFind(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::string JsonString(const nlohmann::json& object, const char* key) {
  const nlohmann::json* v = JsonFind(object, key);
  return v != nullptr && v->is_string() ? v->get<std::string>() : std::string();
}

std::optional<std::int64_t> SnowflakeTime(std::string_view id) {
  std::uint64_t v = 0;
  auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), v);
  // 29700859247125504 is the first snowflake id (2010-11-04); older ids
  // carry no time.
  if (ec != std::errc() || end != id.data() + id.size() || v < 29700859247125504ULL) {
    return std::nullopt;
  }
  constexpr std::uint64_t kTwitterEpochMs = 1288834974657ULL;
  return static_cast<std::int64_t>(((v >> 22) + kTwitterEpochMs) / 1000);
}

bool LooksLikeRetweet(std::string_view text) { return text.substr(0, 4) == "RT @"; }

std::string XPostUrl(std::string_view id) {
  return "https://twitter.com/i/web/status/" + std::string(id);
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

const char* FieldRoleName(Field field) {
  static constexpr const char* kNames[] = {"id",      "date",     "text",       "author",
                                           "url",     "kind",     "reply_to",   "language",
                                           "retweet_of", "quote_of"};
  return kNames[static_cast<int>(field)];
}

Result<std::array<std::string, static_cast<int>(Field::kCount)>> ResolveColumns(
    const std::vector<std::string>& names, const ColumnMapping& mapping) {
  std::array<std::string, static_cast<int>(Field::kCount)> chosen;
  const std::string* mapped[] = {&mapping.id,  &mapping.date,     &mapping.text,
                                 &mapping.author, &mapping.url,   &mapping.kind,
                                 &mapping.reply_to, &mapping.language};
  auto find = [&](std::string_view name) -> const std::string* {
    for (const auto& n : names) {
      if (EqualsIgnoreCase(n, name)) return &n;
    }
    return nullptr;
  };
  for (int f = 0; f < static_cast<int>(Field::kCount); ++f) {
    if (f < static_cast<int>(std::size(mapped)) && !mapped[f]->empty()) {
      const std::string* n = find(*mapped[f]);
      if (n == nullptr) {
        return Status::InvalidArgument(fmt::format("no column \"{}\" (mapped to {})", *mapped[f],
                                                   FieldRoleName(static_cast<Field>(f))));
      }
      chosen[f] = *n;
      continue;
    }
    for (std::string_view synonym : kSynonyms[f]) {
      if (const std::string* n = find(synonym)) {
        chosen[f] = *n;
        break;
      }
    }
  }
  for (Field required : {Field::kText, Field::kDate}) {
    if (chosen[static_cast<int>(required)].empty()) {
      std::string expected;
      for (std::string_view s : kSynonyms[static_cast<int>(required)]) {
        expected += (expected.empty() ? "" : ", ") + std::string(s);
      }
      return Status::InvalidArgument(fmt::format(
          "no {0} column (looked for {1}; name it with --column {0}=NAME)",
          FieldRoleName(required), expected));
    }
  }
  return chosen;
}

bool PostFromFields(const FieldGetter& get,
                    const std::array<std::string, static_cast<int>(Field::kCount)>& names,
                    Post* post, std::string* field, std::string* message) {
  auto name = [&](Field f) { return names[static_cast<int>(f)]; };
  std::optional<std::string> text = get(Field::kText);
  if (!text.has_value()) {
    *field = name(Field::kText);
    *message = "missing";
    return false;
  }
  post->text = std::move(*text);
  std::optional<std::string> date = get(Field::kDate);
  if (Absent(date)) {
    *field = name(Field::kDate);
    *message = "missing date";
    return false;
  }
  Result<std::int64_t> t = ParseAnyDate(*date);
  if (!t.ok()) {
    *field = name(Field::kDate);
    *message = t.status().message();
    return false;
  }
  post->created_at = *t;
  std::optional<std::string> id = get(Field::kId);
  post->platform_id = Absent(id) ? SyntheticId(post->created_at, post->text) : std::move(*id);
  if (std::optional<std::string> author = get(Field::kAuthor); !Absent(author)) {
    post->author = *author;
    if (!post->author.empty() && post->author[0] == '@') post->author.erase(0, 1);
  }
  if (std::optional<std::string> url = get(Field::kUrl); !Absent(url)) post->url = *url;
  if (std::optional<std::string> lang = get(Field::kLanguage); !Absent(lang)) {
    post->language = *lang;
  }
  post->kind = PostKind::kOriginal;
  if (std::optional<std::string> kind = get(Field::kKind); !Absent(kind)) {
    std::optional<PostKind> k = KindFromValue(*kind);
    if (!k.has_value()) {
      *field = name(Field::kKind);
      *message = "\"" + *kind + "\": not a post kind (original, reply, retweet, quote)";
      return false;
    }
    post->kind = *k;
  }
  if (std::optional<std::string> rt = get(Field::kRetweetOf); !Absent(rt)) {
    post->kind = PostKind::kRetweet;
    post->referenced_id = *rt;
  }
  if (std::optional<std::string> quote = get(Field::kQuoteOf);
      post->kind == PostKind::kOriginal && !Absent(quote)) {
    std::optional<PostKind> k = KindFromValue(*quote);
    if (!k.has_value() || k == PostKind::kRetweet) {  // "TRUE" or an id
      post->kind = PostKind::kQuote;
      if (!k.has_value()) post->referenced_id = *quote;
    }
  }
  if (std::optional<std::string> reply = get(Field::kReplyTo); !Absent(reply)) {
    if (post->kind == PostKind::kOriginal) post->kind = PostKind::kReply;
    if (post->referenced_id.empty()) post->referenced_id = *reply;
  }
  if (post->kind == PostKind::kOriginal && LooksLikeRetweet(post->text)) {
    post->kind = PostKind::kRetweet;
  }
  return true;
}

}  // namespace redite::ingest
