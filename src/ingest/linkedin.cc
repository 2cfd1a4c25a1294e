// LinkedIn's data export, Shares.csv:
//   Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility
//   2025-07-01 14:33:22,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A73...,"..."
// Dates are UTC. A multi-line ShareCommentary has each of its lines wrapped
// in quotes inside the field ("line one"\n"line two", the outer quotes being
// the field's own), which we undo.
#include <cctype>
#include <string>
#include <vector>

#include "ingest/csv.h"
#include "ingest/dates.h"
#include "ingest/formats.h"

namespace redite::ingest {
namespace {

std::string PercentDecode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out.push_back(static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// Undoes the per-line quoting when every line break in the field has a quote
// on each side; a commentary that merely contains quotes is left alone.
std::string UnwrapLines(std::string_view text) {
  if (text.find('\n') == std::string_view::npos) return std::string(text);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    if (i == 0 || text[i - 1] != '"' || i + 1 >= text.size() || text[i + 1] != '"') {
      return std::string(text);
    }
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (text[i] == '"' && i > 0 && text[i - 1] == '\n') continue;
    out.push_back(text[i]);
  }
  return out;
}

}  // namespace

Status ReadLinkedIn(std::string_view content, const ParseOptions& options, FeedBuilder* out) {
  CsvReader reader(content);
  std::vector<std::string> header;
  if (!reader.Next(&header)) {
    return reader.status().ok() ? Status::InvalidArgument("empty file") : reader.status();
  }
  int date = -1, link = -1, commentary = -1, shared = -1;
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (header[c] == "Date") date = static_cast<int>(c);
    if (header[c] == "ShareLink") link = static_cast<int>(c);
    if (header[c] == "ShareCommentary") commentary = static_cast<int>(c);
    if (header[c] == "SharedUrl") shared = static_cast<int>(c);
  }
  if (date < 0 || commentary < 0) {
    return Status::InvalidArgument("not a LinkedIn Shares.csv: no Date or ShareCommentary column");
  }
  std::vector<std::string> f;
  while (reader.Next(&f)) {
    std::int64_t record = out->NextRecord();
    if (!HasHeaderWidth(f, header, record, reader.line(), out)) continue;
    Result<std::int64_t> t = ParseIsoDate(f[date]);
    if (!t.ok()) {
      out->Error(record, reader.line(), "Date", t.status().message());
      continue;
    }
    Post post;
    post.created_at = *t;
    post.text = UnwrapLines(f[commentary]);
    if (link >= 0 && !f[link].empty()) {
      post.url = f[link];
      // .../feed/update/urn%3Ali%3Ashare%3A7345... -> urn:li:share:7345...
      std::string decoded = PercentDecode(f[link]);
      std::size_t urn = decoded.find("urn:li:");
      post.platform_id = urn != std::string::npos ? decoded.substr(urn) : decoded;
      while (!post.platform_id.empty() && post.platform_id.back() == '/') {
        post.platform_id.pop_back();
      }
    } else {
      post.platform_id = SyntheticId(post.created_at, post.text);
    }
    // A share without commentary re-posts what SharedUrl points to.
    if (post.text.empty() && shared >= 0 && !f[shared].empty()) {
      post.kind = PostKind::kRetweet;
      post.referenced_id = f[shared];
    }
    Status s = out->Emit(std::move(post));
    if (!s.ok()) return s;
  }
  return reader.status();
}

}  // namespace redite::ingest
