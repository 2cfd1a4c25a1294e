// The X/Twitter "Download your data" archive: data/tweets.js (older archives:
// tweet.js; large ones add tweets-part1.js ...), a JavaScript assignment
//   window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]
// Each tweet has id_str, created_at ("Sat May 13 17:20:09 +0000 2023"),
// full_text (HTML-escaped: &amp; &lt; &gt;), lang, in_reply_to_status_id_str
// and entities.urls[] {url, expanded_url}. "retweeted" is false even on
// retweets: the "RT @" prefix tells them. Posts longer than 280 characters
// are truncated in tweets.js; their full text is in note-tweet.js.
#include <map>
#include <vector>

#include "ingest/dates.h"
#include "ingest/formats.h"
#include "ingest/html.h"

namespace redite::ingest {
namespace {

using nlohmann::json;

// The JSON after "window.YTD.<name>.partN = ". Content without the prefix
// is taken as plain JSON (an archive array saved as .json).
std::string_view StripAssignment(std::string_view content) {
  std::size_t start = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (start == std::string_view::npos) return {};
  content.remove_prefix(start);
  if (content.substr(0, 11) == "window.YTD.") {
    std::size_t eq = content.find('=');
    if (eq != std::string_view::npos) content.remove_prefix(eq + 1);
  }
  return content;
}

struct NoteTweet {
  std::int64_t created_at;
  std::string text;
  std::vector<std::pair<std::string, std::string>> links;
};

// note-tweet.js: [{"noteTweet": {"noteTweetId", "createdAt", "core": {"text",
// "urls": [{"shortUrl", "expandedUrl"}]}}}]. Note tweets carry no tweet id:
// they are matched to tweets by creation second (and text, see below).
Result<std::multimap<std::int64_t, NoteTweet>> ReadNoteTweets(std::string_view content) {
  std::multimap<std::int64_t, NoteTweet> notes;
  if (content.empty()) return notes;
  Result<json> doc = ParseJson(StripAssignment(content));
  if (!doc.ok()) return doc.status().WithContext("note-tweet.js");
  if (!doc->is_array()) return Status::InvalidArgument("note-tweet.js: expected an array");
  for (const json& item : *doc) {
    const json* note = JsonFind(item, "noteTweet");
    if (note == nullptr) continue;
    const json* core = JsonFind(*note, "core");
    Result<std::int64_t> t = ParseIsoDate(JsonString(*note, "createdAt"));
    if (core == nullptr || !t.ok()) continue;
    NoteTweet n{*t, JsonString(*core, "text"), {}};
    if (const json* urls = JsonFind(*core, "urls"); urls != nullptr && urls->is_array()) {
      for (const json& u : *urls) {
        n.links.emplace_back(JsonString(u, "shortUrl"), JsonString(u, "expandedUrl"));
      }
    }
    notes.emplace(*t, std::move(n));
  }
  return notes;
}

// The note with the same creation second whose text starts like the tweet's
// (tweets.js keeps the first ~270 characters, then "…" and a link).
const NoteTweet* MatchNote(const std::multimap<std::int64_t, NoteTweet>& notes,
                           std::int64_t created_at, std::string_view text) {
  auto [begin, end] = notes.equal_range(created_at);
  std::string_view prefix = text.substr(0, std::min<std::size_t>(text.size(), 40));
  const NoteTweet* only = nullptr;
  int count = 0;
  for (auto it = begin; it != end; ++it) {
    ++count;
    only = &it->second;
    if (std::string_view(it->second.text).substr(0, prefix.size()) == prefix) return &it->second;
  }
  return count == 1 ? only : nullptr;
}

}  // namespace

Status ReadXArchive(std::string_view content, const ParseOptions& options, FeedBuilder* out) {
  std::string_view body = StripAssignment(content);
  Result<json> doc = ParseJson(body);
  if (!doc.ok()) return doc.status();
  if (!doc->is_array()) return Status::InvalidArgument("expected an array of tweets");
  auto notes = ReadNoteTweets(options.note_tweets);
  if (!notes.ok()) return notes.status();
  for (const json& item : *doc) {
    std::int64_t record = out->NextRecord();
    const json* tweet = JsonFind(item, "tweet");
    if (tweet == nullptr) tweet = &item;  // some tools drop the {"tweet": ...} wrapper
    if (!tweet->is_object()) {
      out->Error(record, 0, "", "not a tweet object");
      continue;
    }
    Post post;
    const json* id = JsonFind(*tweet, "id_str");
    if (id == nullptr) id = JsonFind(*tweet, "id");
    std::optional<std::string> id_text = id != nullptr ? JsonId(*id) : std::nullopt;
    if (!id_text.has_value()) {
      out->Error(record, 0, "id_str", "missing or not an id");
      continue;
    }
    post.platform_id = *id_text;
    std::string created = JsonString(*tweet, "created_at");
    Result<std::int64_t> t = ParseXDate(created);
    if (!t.ok()) {
      out->Error(record, 0, "created_at", t.status().message());
      continue;
    }
    post.created_at = *t;
    const json* text = JsonFind(*tweet, "full_text");
    if (text == nullptr) text = JsonFind(*tweet, "text");
    if (text == nullptr || !text->is_string()) {
      out->Error(record, 0, "full_text", "missing");
      continue;
    }
    post.text = UnescapeHtml(text->get<std::string>());
    post.language = JsonString(*tweet, "lang");
    if (post.language == "und") post.language.clear();
    post.url = XPostUrl(post.platform_id);
    if (const json* entities = JsonFind(*tweet, "entities")) {
      if (const json* urls = JsonFind(*entities, "urls"); urls != nullptr && urls->is_array()) {
        for (const json& u : *urls) {
          std::string short_url = JsonString(u, "url");
          std::string expanded = JsonString(u, "expanded_url");
          if (!short_url.empty() && !expanded.empty()) {
            post.link_expansions.emplace_back(std::move(short_url), std::move(expanded));
          }
        }
      }
    }
    if (const NoteTweet* note = MatchNote(*notes, post.created_at, post.text)) {
      post.text = note->text;
      for (const auto& link : note->links) post.link_expansions.push_back(link);
    }
    std::string reply_to = JsonString(*tweet, "in_reply_to_status_id_str");
    std::string quoted = JsonString(*tweet, "quoted_status_id_str");
    if (LooksLikeRetweet(post.text)) {
      post.kind = PostKind::kRetweet;
    } else if (!quoted.empty()) {
      post.kind = PostKind::kQuote;
      post.referenced_id = quoted;
    } else if (!reply_to.empty()) {
      post.kind = PostKind::kReply;
      post.referenced_id = reply_to;
    }
    Status s = out->Emit(std::move(post));
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace redite::ingest
