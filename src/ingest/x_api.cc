// X API v2: responses ({"data": [...] or {...}, "includes": {"users",
// "tweets"}, "errors", "meta"}), arrays of tweet objects, collections that
// keep them under "tweets" (tweepy dumps), and JSON Lines of any of these.
// A tweet object: id (string, or a JSON number in some dumps: kept exact),
// created_at (ISO 8601; when absent, the time encoded in a snowflake id),
// text (note_tweet.text holds the full text of long posts), lang, author_id,
// referenced_tweets [{type: retweeted|quoted|replied_to, id}] and
// entities.urls [{url, expanded_url, unwound_url}].
#include <map>
#include <vector>

#include "ingest/dates.h"
#include "ingest/formats.h"

namespace redite::ingest {
namespace {

using nlohmann::json;

bool IsTweet(const json& j) { return j.is_object() && j.contains("text") && j.contains("id"); }

class TweetReader {
 public:
  explicit TweetReader(FeedBuilder* out) : out_(out) {}

  // One response page, tweet array, collection or tweet; `line` for messages.
  Status ReadDocument(const json& doc, std::int64_t line) {
    if (doc.is_array()) {
      for (const json& t : doc) {
        Status s = ReadTweet(t, line);
        if (!s.ok()) return s;
      }
      return Status::OK();
    }
    if (!doc.is_object()) {
      out_->Error(out_->NextRecord(), line, "", "not a JSON object or array");
      return Status::OK();
    }
    std::map<std::string, std::string> users;  // author_id -> username
    const json* includes = JsonFind(doc, "includes");
    if (includes != nullptr) {
      if (const json* list = JsonFind(*includes, "users"); list != nullptr && list->is_array()) {
        for (const json& u : *list) {
          std::optional<std::string> id = JsonFind(u, "id") ? JsonId(u["id"]) : std::nullopt;
          if (id.has_value()) users[*id] = JsonString(u, "username");
        }
      }
    }
    const json* data = JsonFind(doc, "data");
    if (data == nullptr) data = JsonFind(doc, "tweets");
    if (data == nullptr) {
      if (IsTweet(doc)) return ReadTweet(doc, line);
      // A response with only "errors" (every id deleted) has no posts.
      if (JsonFind(doc, "errors") != nullptr) return Status::OK();
      out_->Error(out_->NextRecord(), line, "", "no \"data\" or \"tweets\" in this object");
      return Status::OK();
    }
    if (data->is_object() && !IsTweet(*data) && JsonFind(*data, "username") != nullptr) {
      // A user lookup: the user's own tweets are in includes (pinned tweet).
      std::optional<std::string> user_id = JsonFind(*data, "id") ? JsonId((*data)["id"]) : std::nullopt;
      if (user_id.has_value()) users[*user_id] = JsonString(*data, "username");
      const json* tweets = includes != nullptr ? JsonFind(*includes, "tweets") : nullptr;
      if (tweets == nullptr || !tweets->is_array()) return Status::OK();
      for (const json& t : *tweets) {
        if (user_id.has_value() && JsonString(t, "author_id") != *user_id) continue;
        Status s = ReadTweet(t, line, &users);
        if (!s.ok()) return s;
      }
      return Status::OK();
    }
    if (data->is_object()) return ReadTweet(*data, line, &users);
    if (!data->is_array()) {
      out_->Error(out_->NextRecord(), line, "data", "expected an array or an object");
      return Status::OK();
    }
    for (const json& t : *data) {
      Status s = ReadTweet(t, line, &users);
      if (!s.ok()) return s;
    }
    return Status::OK();
  }

 private:
  Status ReadTweet(const json& t, std::int64_t line,
                   const std::map<std::string, std::string>* users = nullptr) {
    std::int64_t record = out_->NextRecord();
    if (!t.is_object()) {
      out_->Error(record, line, "", "not a tweet object");
      return Status::OK();
    }
    Post post;
    const json* id = JsonFind(t, "id");
    if (id == nullptr) id = JsonFind(t, "id_str");
    std::optional<std::string> id_text = id != nullptr ? JsonId(*id) : std::nullopt;
    if (!id_text.has_value()) {
      out_->Error(record, line, "id", id == nullptr ? "missing" : "not an integer or string id");
      return Status::OK();
    }
    post.platform_id = *id_text;
    std::string created = JsonString(t, "created_at");
    if (created.empty()) {
      std::optional<std::int64_t> when = SnowflakeTime(post.platform_id);
      if (!when.has_value()) {
        out_->Error(record, line, "created_at",
                    "missing, and id " + post.platform_id + " predates the ids that encode time");
        return Status::OK();
      }
      post.created_at = *when;
    } else {
      Result<std::int64_t> when = ParseAnyDate(created);
      if (!when.ok()) {
        out_->Error(record, line, "created_at", when.status().message());
        return Status::OK();
      }
      post.created_at = *when;
    }
    const json* text = JsonFind(t, "text");
    if (text == nullptr || !text->is_string()) {
      out_->Error(record, line, "text", "missing");
      return Status::OK();
    }
    post.text = text->get<std::string>();
    if (const json* note = JsonFind(t, "note_tweet")) {
      std::string full = JsonString(*note, "text");
      if (!full.empty()) post.text = std::move(full);
    }
    post.language = JsonString(t, "lang");
    if (post.language == "und" || post.language == "zxx") post.language.clear();
    post.url = XPostUrl(post.platform_id);
    std::string author_id = JsonString(t, "author_id");
    if (users != nullptr) {
      auto it = users->find(author_id);
      if (it != users->end()) post.author = it->second;
    }
    if (post.author.empty()) post.author = JsonString(t, "username");
    if (const json* refs = JsonFind(t, "referenced_tweets"); refs != nullptr && refs->is_array()) {
      // A retweet is a retweet even when it also quotes; a quote that replies is a quote.
      int best = 0;
      for (const json& r : *refs) {
        std::string type = JsonString(r, "type");
        int rank = type == "retweeted" ? 3 : type == "quoted" ? 2 : type == "replied_to" ? 1 : 0;
        if (rank > best) {
          best = rank;
          post.kind = rank == 3   ? PostKind::kRetweet
                      : rank == 2 ? PostKind::kQuote
                                  : PostKind::kReply;
          post.referenced_id = JsonFind(r, "id") ? JsonId(r["id"]).value_or("") : "";
        }
      }
    }
    if (post.kind == PostKind::kOriginal && LooksLikeRetweet(post.text)) {
      post.kind = PostKind::kRetweet;
    }
    if (const json* entities = JsonFind(t, "entities")) {
      if (const json* urls = JsonFind(*entities, "urls"); urls != nullptr && urls->is_array()) {
        for (const json& u : *urls) {
          std::string expanded = JsonString(u, "unwound_url");
          if (expanded.empty()) expanded = JsonString(u, "expanded_url");
          std::string short_url = JsonString(u, "url");
          if (!short_url.empty() && !expanded.empty()) {
            post.link_expansions.emplace_back(std::move(short_url), std::move(expanded));
          }
        }
      }
    }
    return out_->Emit(std::move(post));
  }

  FeedBuilder* out_;
};

}  // namespace

Status ReadXApi(std::string_view content, const ParseOptions& options, FeedBuilder* out) {
  TweetReader reader(out);
  return ForEachJsonDocument(content, out, [&](const json& doc, std::int64_t line) {
    return reader.ReadDocument(doc, line);
  });
}

}  // namespace redite::ingest
