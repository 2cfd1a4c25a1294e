// Bluesky app.bsky.feed.post records as JSON: com.atproto.repo.listRecords
// pages ({"records": [{"uri", "cid", "value": {record}}]}), arrays of those
// or of bare records, single records, and JSON Lines of any of these. A
// record (lexicon app.bsky.feed.post) has text, createdAt, langs, reply
// {parent, root}, embed (app.bsky.embed.record[WithMedia] = a quote) and
// facets whose index is a UTF-8 BYTE range of text; a #link feature gives the
// full address behind the shortened text shown. app.bsky.feed.repost records
// are reposts (kept as retweets); other record types are not posts.
#include "ingest/dates.h"
#include "ingest/formats.h"

namespace redite::ingest {
namespace {

using nlohmann::json;

constexpr std::string_view kPostType = "app.bsky.feed.post";
constexpr std::string_view kRepostType = "app.bsky.feed.repost";

// "at://did:plc:xyz/app.bsky.feed.post/3k2abc" -> {"did:plc:xyz", "3k2abc"}.
std::pair<std::string, std::string> SplitAtUri(std::string_view uri) {
  if (uri.substr(0, 5) != "at://") return {};
  uri.remove_prefix(5);
  std::size_t slash = uri.find('/');
  std::size_t last = uri.rfind('/');
  if (slash == std::string_view::npos || last == slash) return {};
  return {std::string(uri.substr(0, slash)), std::string(uri.substr(last + 1))};
}

bool IsUtf8Boundary(std::string_view text, std::size_t i) {
  return i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

class RecordReader {
 public:
  explicit RecordReader(FeedBuilder* out) : out_(out) {}

  Status ReadDocument(const json& doc, std::int64_t line) {
    if (doc.is_array()) {
      for (const json& item : doc) {
        Status s = ReadItem(item, line);
        if (!s.ok()) return s;
      }
      return Status::OK();
    }
    if (const json* records = JsonFind(doc, "records"); records != nullptr && records->is_array()) {
      return ReadDocument(*records, line);
    }
    return ReadItem(doc, line);
  }

 private:
  // A {"uri", "value"} wrapper or a bare record.
  Status ReadItem(const json& item, std::int64_t line) {
    const json* value = JsonFind(item, "value");
    const json& record = value != nullptr ? *value : item;
    std::string type = JsonString(record, "$type");
    if (!type.empty() && type != kPostType && type != kRepostType) return Status::OK();
    std::int64_t number = out_->NextRecord();
    if (!record.is_object()) {
      out_->Error(number, line, "", "not a record object");
      return Status::OK();
    }
    Post post;
    Result<std::int64_t> t = ParseIsoDate(JsonString(record, "createdAt"));
    if (!t.ok()) {
      out_->Error(number, line, "createdAt", t.status().message());
      return Status::OK();
    }
    post.created_at = *t;
    auto [did, rkey] = SplitAtUri(JsonString(item, "uri"));
    if (type == kRepostType) {
      post.kind = PostKind::kRetweet;
      if (const json* subject = JsonFind(record, "subject")) {
        post.referenced_id = JsonString(*subject, "uri");
      }
    } else {
      const json* text = JsonFind(record, "text");
      if (text == nullptr || !text->is_string()) {
        out_->Error(number, line, "text", "missing");
        return Status::OK();
      }
      post.text = text->get<std::string>();
      std::string field, message;
      if (!ReadFacets(record, &post, &field, &message)) {
        out_->Error(number, line, field, message);
        return Status::OK();
      }
      if (const json* langs = JsonFind(record, "langs");
          langs != nullptr && langs->is_array() && !langs->empty() && (*langs)[0].is_string()) {
        post.language = (*langs)[0].get<std::string>();
      }
      if (const json* reply = JsonFind(record, "reply")) {
        post.kind = PostKind::kReply;
        if (const json* parent = JsonFind(*reply, "parent")) {
          post.referenced_id = JsonString(*parent, "uri");
        }
      } else if (const json* embed = JsonFind(record, "embed")) {
        std::string embed_type = JsonString(*embed, "$type");
        const json* quoted = JsonFind(*embed, "record");
        if (embed_type == "app.bsky.embed.recordWithMedia" && quoted != nullptr) {
          quoted = JsonFind(*quoted, "record");
        }
        if ((embed_type == "app.bsky.embed.record" ||
             embed_type == "app.bsky.embed.recordWithMedia") &&
            quoted != nullptr) {
          post.kind = PostKind::kQuote;
          post.referenced_id = JsonString(*quoted, "uri");
        }
      }
    }
    if (!rkey.empty()) {
      post.platform_id = rkey;
      post.url = "https://bsky.app/profile/" + did + "/post/" + rkey;
    } else if (std::string cid = JsonString(item, "cid"); !cid.empty()) {
      post.platform_id = cid;
    } else {
      post.platform_id = SyntheticId(post.created_at, post.text);
    }
    return out_->Emit(std::move(post));
  }

  // Link facets: the text shown in the byte range -> the full uri.
  static bool ReadFacets(const json& record, Post* post, std::string* field,
                         std::string* message) {
    const json* facets = JsonFind(record, "facets");
    if (facets == nullptr) return true;
    if (!facets->is_array()) {
      *field = "facets";
      *message = "not an array";
      return false;
    }
    for (std::size_t i = 0; i < facets->size(); ++i) {
      const json& facet = (*facets)[i];
      const json* index = JsonFind(facet, "index");
      const json* features = JsonFind(facet, "features");
      const json* start = index != nullptr ? JsonFind(*index, "byteStart") : nullptr;
      const json* end = index != nullptr ? JsonFind(*index, "byteEnd") : nullptr;
      *field = "facets[" + std::to_string(i) + "].index";
      if (start == nullptr || end == nullptr || !start->is_number_unsigned() ||
          !end->is_number_unsigned()) {
        *message = "byteStart and byteEnd must be non-negative integers";
        return false;
      }
      std::uint64_t b = start->get<std::uint64_t>(), e = end->get<std::uint64_t>();
      if (b > e || e > post->text.size() || !IsUtf8Boundary(post->text, b) ||
          !IsUtf8Boundary(post->text, e)) {
        *message = "byte range " + std::to_string(b) + ".." + std::to_string(e) +
                   " is not a range of whole characters of the text (" +
                   std::to_string(post->text.size()) + " bytes)";
        return false;
      }
      if (features == nullptr || !features->is_array()) continue;
      for (const json& feature : *features) {
        if (JsonString(feature, "$type") == "app.bsky.richtext.facet#link") {
          std::string uri = JsonString(feature, "uri");
          if (!uri.empty()) post->link_expansions.emplace_back(post->text.substr(b, e - b), uri);
        }
      }
    }
    field->clear();
    return true;
  }

  FeedBuilder* out_;
};

}  // namespace

Status ReadBluesky(std::string_view content, const ParseOptions& options, FeedBuilder* out) {
  RecordReader reader(out);
  return ForEachJsonDocument(content, out, [&](const json& doc, std::int64_t line) {
    return reader.ReadDocument(doc, line);
  });
}

}  // namespace redite::ingest
