// Mastodon's account export, outbox.json: an ActivityPub OrderedCollection
// whose orderedItems are activities. "Create" wraps a Note (the post: id,
// published, content as HTML, inReplyTo, url, contentMap for the language);
// "Announce" is a boost, whose object is only the boosted post's address.
// The real export repeats the "orderedItems" key (an empty one first): the
// JSON parser keeps the last, which holds the posts.
#include "ingest/dates.h"
#include "ingest/formats.h"
#include "ingest/html.h"

namespace redite::ingest {
namespace {

using nlohmann::json;

// ".../statuses/109309145334822499[/activity]" -> "109309145334822499";
// other ids are kept whole.
std::string StatusId(std::string_view uri) {
  std::size_t at = uri.find("/statuses/");
  if (at == std::string_view::npos) return std::string(uri);
  std::string_view rest = uri.substr(at + 10);
  return std::string(rest.substr(0, rest.find('/')));
}

}  // namespace

Status ReadMastodon(std::string_view content, const ParseOptions& options, FeedBuilder* out) {
  Result<json> doc = ParseJson(content);
  if (!doc.ok()) return doc.status();
  const json* items = JsonFind(*doc, "orderedItems");
  if (items == nullptr) items = JsonFind(*doc, "items");
  if (items == nullptr || !items->is_array()) {
    return Status::InvalidArgument("not a Mastodon outbox: no orderedItems array");
  }
  for (const json& activity : *items) {
    std::string type = JsonString(activity, "type");
    if (type != "Create" && type != "Announce") continue;  // not a post (Delete, Like...)
    std::int64_t record = out->NextRecord();
    Post post;
    const json* object = JsonFind(activity, "object");
    if (type == "Announce") {
      Result<std::int64_t> t = ParseIsoDate(JsonString(activity, "published"));
      if (!t.ok()) {
        out->Error(record, 0, "published", t.status().message());
        continue;
      }
      post.created_at = *t;
      post.platform_id = StatusId(JsonString(activity, "id"));
      post.kind = PostKind::kRetweet;
      if (object != nullptr) {
        post.referenced_id =
            object->is_string() ? object->get<std::string>() : JsonString(*object, "id");
      }
    } else {
      if (object == nullptr || !object->is_object()) {
        out->Error(record, 0, "object", "missing");
        continue;
      }
      std::string id = JsonString(*object, "id");
      if (id.empty()) {
        out->Error(record, 0, "object.id", "missing");
        continue;
      }
      post.platform_id = StatusId(id);
      Result<std::int64_t> t = ParseIsoDate(JsonString(*object, "published"));
      if (!t.ok()) {
        out->Error(record, 0, "object.published", t.status().message());
        continue;
      }
      post.created_at = *t;
      const json* content_html = JsonFind(*object, "content");
      if (content_html == nullptr || !content_html->is_string()) {
        out->Error(record, 0, "object.content", "missing");
        continue;
      }
      post.text = HtmlToText(content_html->get<std::string>());
      std::string warning = HtmlToText(JsonString(*object, "summary"));
      if (!warning.empty()) post.text = warning + "\n\n" + post.text;
      post.url = JsonString(*object, "url");
      std::string reply_to = JsonString(*object, "inReplyTo");
      if (!reply_to.empty()) {
        post.kind = PostKind::kReply;
        post.referenced_id = reply_to;
      }
      std::string quote = JsonString(*object, "quoteUri");
      if (!quote.empty() && post.kind == PostKind::kOriginal) {
        post.kind = PostKind::kQuote;
        post.referenced_id = quote;
      }
      if (const json* map = JsonFind(*object, "contentMap"); map != nullptr && map->is_object() &&
                                                            map->size() == 1) {
        post.language = map->begin().key();
      }
    }
    Status s = out->Emit(std::move(post));
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace redite::ingest
