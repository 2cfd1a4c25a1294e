#include "similarity/features_codec.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace redite::similarity {
namespace {

// The first byte of every encoding; a change of layout bumps it.
constexpr std::uint8_t kCodecVersion = 1;

// Flags byte.
constexpr std::uint8_t kNegated = 1;

void PutVarint(std::uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Spans mostly follow each other: the start relative to the previous span's
// start (zigzag, hashtag words repeat their hashtag's span) and the length.
class SpanWriter {
 public:
  void Put(const Span& span, std::string* out) {
    std::int64_t delta = static_cast<std::int64_t>(span.start) - previous_start_;
    PutVarint(static_cast<std::uint64_t>((delta << 1) ^ (delta >> 63)), out);
    PutVarint(span.end - span.start, out);
    previous_start_ = span.start;
  }

 private:
  std::int64_t previous_start_ = 0;
};

// Numbers each distinct string once; the table is written before the lists.
class StringTable {
 public:
  std::uint32_t Id(const std::string& s) {
    auto [it, added] = ids_.emplace(s, static_cast<std::uint32_t>(strings_.size()));
    if (added) strings_.push_back(&it->first);
    return it->second;
  }
  void Write(std::string* out) const {
    PutVarint(strings_.size(), out);
    for (const std::string* s : strings_) {
      PutVarint(s->size(), out);
      out->append(*s);
    }
  }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<const std::string*> strings_;
};

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}

  bool Varint(std::uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= data_.size()) return false;
      auto byte = static_cast<std::uint8_t>(data_[pos_++]);
      *v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return true;
    }
    return false;
  }
  bool Byte(std::uint8_t* b) {
    if (pos_ >= data_.size()) return false;
    *b = static_cast<std::uint8_t>(data_[pos_++]);
    return true;
  }
  bool Bytes(std::size_t n, std::string* out) {
    if (data_.size() - pos_ < n) return false;
    out->assign(data_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  // A count of items that each take at least one byte: never more than the
  // bytes left (a corrupt count cannot make us allocate gigabytes).
  bool Count(std::size_t* n) {
    std::uint64_t v = 0;
    if (!Varint(&v) || v > data_.size() - pos_) return false;
    *n = static_cast<std::size_t>(v);
    return true;
  }
  bool Span(std::int64_t* previous_start, similarity::Span* span) {
    std::uint64_t zigzag = 0, length = 0;
    if (!Varint(&zigzag) || !Varint(&length)) return false;
    std::int64_t delta = static_cast<std::int64_t>(zigzag >> 1) ^ -static_cast<std::int64_t>(zigzag & 1);
    std::int64_t start = *previous_start + delta;
    if (start < 0 || start > UINT32_MAX || start + static_cast<std::int64_t>(length) > UINT32_MAX) {
      return false;
    }
    span->start = static_cast<std::uint32_t>(start);
    span->end = static_cast<std::uint32_t>(start + static_cast<std::int64_t>(length));
    *previous_start = start;
    return true;
  }
  bool done() const { return pos_ == data_.size(); }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
};

}  // namespace

// Layout (all integers varints): version byte, flags byte, string table
// (count, then length + bytes each), then the lists:
//   lemmas: count, then per lemma: string id, form id + 1 (0: the form is the
//           lemma itself), span
//   words: count, then per word: string id * 2 + optional, span
//   figures: count, then string id, span
//   links: count, then string id
//   hashtags: count, then string id, span
//   mentions: count, then string id
void EncodeFeatures(const PostFeatures& f, std::string* out) {
  // The lists first (into `body`), so that the table they fill comes before them.
  StringTable table;
  std::string body;
  body.reserve(256);
  {
    PutVarint(f.lemmas.size(), &body);
    SpanWriter spans;
    for (std::size_t i = 0; i < f.lemmas.size(); ++i) {
      PutVarint(table.Id(f.lemmas[i]), &body);
      const std::string& form = i < f.lemma_forms.size() ? f.lemma_forms[i] : f.lemmas[i];
      PutVarint(form == f.lemmas[i] ? 0 : table.Id(form) + 1, &body);
      spans.Put(i < f.lemma_spans.size() ? f.lemma_spans[i] : Span{}, &body);
    }
  }
  {
    PutVarint(f.words.size(), &body);
    SpanWriter spans;
    for (std::size_t i = 0; i < f.words.size(); ++i) {
      bool optional = i < f.word_optional.size() && f.word_optional[i] != 0;
      PutVarint(table.Id(f.words[i]) * 2ull + (optional ? 1 : 0), &body);
      spans.Put(i < f.word_spans.size() ? f.word_spans[i] : Span{}, &body);
    }
  }
  auto put_list = [&](const std::vector<std::string>& list, const std::vector<Span>* list_spans) {
    PutVarint(list.size(), &body);
    SpanWriter spans;
    for (std::size_t i = 0; i < list.size(); ++i) {
      PutVarint(table.Id(list[i]), &body);
      if (list_spans != nullptr) {
        spans.Put(i < list_spans->size() ? (*list_spans)[i] : Span{}, &body);
      }
    }
  };
  put_list(f.figures, &f.figure_spans);
  put_list(f.links, nullptr);
  put_list(f.hashtags, &f.hashtag_spans);
  put_list(f.mentions, nullptr);

  out->clear();
  out->push_back(static_cast<char>(kCodecVersion));
  out->push_back(static_cast<char>(f.negated ? kNegated : 0));
  table.Write(out);
  out->append(body);
}

Result<PostFeatures> DecodeFeatures(std::string_view data) {
  auto corrupt = [](const char* what) {
    return Status::Corruption(std::string("stored post features: ") + what);
  };
  Reader in(data);
  std::uint8_t version = 0, flags = 0;
  if (!in.Byte(&version) || version != kCodecVersion) return corrupt("unknown encoding version");
  if (!in.Byte(&flags)) return corrupt("truncated");
  PostFeatures f;
  f.negated = (flags & kNegated) != 0;
  std::size_t n = 0;
  if (!in.Count(&n)) return corrupt("truncated string table");
  std::vector<std::string> strings(n);
  for (std::string& s : strings) {
    std::size_t length = 0;
    if (!in.Count(&length) || !in.Bytes(length, &s)) return corrupt("truncated string table");
  }
  // A string reference, checked against the table.
  auto string_at = [&](std::uint64_t id, std::string* s) {
    if (id >= strings.size()) return false;
    *s = strings[id];
    return true;
  };

  if (!in.Count(&n)) return corrupt("truncated lemmas");
  f.lemmas.resize(n);
  f.lemma_forms.resize(n);
  f.lemma_spans.resize(n);
  std::int64_t start = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t id = 0, form = 0;
    if (!in.Varint(&id) || !string_at(id, &f.lemmas[i]) || !in.Varint(&form) ||
        !string_at(form == 0 ? id : form - 1, &f.lemma_forms[i]) ||
        !in.Span(&start, &f.lemma_spans[i])) {
      return corrupt("bad lemma");
    }
  }

  if (!in.Count(&n)) return corrupt("truncated words");
  f.words.resize(n);
  f.word_spans.resize(n);
  f.word_optional.resize(n);
  start = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t id = 0;
    if (!in.Varint(&id) || !string_at(id >> 1, &f.words[i]) || !in.Span(&start, &f.word_spans[i])) {
      return corrupt("bad word");
    }
    f.word_optional[i] = static_cast<std::uint8_t>(id & 1);
  }

  auto get_list = [&](std::vector<std::string>* list, std::vector<Span>* list_spans) {
    std::size_t count = 0;
    if (!in.Count(&count)) return false;
    list->resize(count);
    if (list_spans != nullptr) list_spans->resize(count);
    std::int64_t previous = 0;
    for (std::size_t i = 0; i < count; ++i) {
      std::uint64_t id = 0;
      if (!in.Varint(&id) || !string_at(id, &(*list)[i])) return false;
      if (list_spans != nullptr && !in.Span(&previous, &(*list_spans)[i])) return false;
    }
    return true;
  };
  if (!get_list(&f.figures, &f.figure_spans)) return corrupt("bad figure");
  if (!get_list(&f.links, nullptr)) return corrupt("bad link");
  if (!get_list(&f.hashtags, &f.hashtag_spans)) return corrupt("bad hashtag");
  if (!get_list(&f.mentions, nullptr)) return corrupt("bad mention");
  if (!in.done()) return corrupt("trailing bytes");
  f.shingles = WordShingles(f);
  return f;
}

}  // namespace redite::similarity
