#include "redite/text/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "text/utf8.h"

namespace redite::text {

struct Normalizer::Rep {
  const icu::Normalizer2* nfc = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  const icu::Normalizer2* nfkc_casefold = nullptr;
};

namespace {

// What the first pass does with one code point.
enum class Action {
  kKeep,
  kReplace,    // replaced by `replacement`
  kDrop,       // removed (soft hyphen, word joiner, BOM): joins what is around it
  kSeparator,  // removed, but a space when it stands between two visible characters
};

struct Mapping {
  Action action = Action::kKeep;
  UChar32 replacement = 0;
};

Mapping MapCodePoint(UChar32 c) {
  switch (c) {
    // Apostrophes: French text mixes the typographic one with look-alikes.
    case 0x2019: case 0x2018: case 0x0060: case 0x00B4: case 0x02BC: case 0x02B9:
    case 0x2032: case 0xFF07:
      return {Action::kReplace, '\''};
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xFF02:
      return {Action::kReplace, '"'};
    // Every space variant, including the no-break ones French puts in "1 200" and "12 %".
    case 0x0009: case 0x000B: case 0x000C: case 0x00A0: case 0x1680: case 0x2000:
    case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
    case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000:
      return {Action::kReplace, ' '};
    case 0x000D:  // CR LF -> LF; a lone CR is a line break too
      return {Action::kReplace, '\n'};
    case 0x2010: case 0x2011:
      return {Action::kReplace, '-'};
    case 0x00AD: case 0x2060: case 0xFEFF: case 0x200C:
      return {Action::kDrop, 0};
    // Zero-width space and directional marks separate words: twitter-text ends
    // a URL at a directional mark, so removing it must not glue the next word on.
    case 0x200B: case 0x200E: case 0x200F: case 0x061C: case 0x202A: case 0x202B:
    case 0x202C: case 0x202D: case 0x202E: case 0x2066: case 0x2067: case 0x2068:
    case 0x2069:
      return {Action::kSeparator, 0};
    default:
      break;
  }
  if (c < 0x20 && c != '\n') return {Action::kReplace, ' '};  // other C0 controls
  if (c >= 0x7F && c < 0xA0) return {Action::kReplace, ' '};  // C1 controls
  return {};
}

// Printable ASCII that the first pass copies unchanged.
inline bool IsPlainAscii(unsigned char byte) {
  return byte >= 0x20 && byte < 0x7F && byte != '&' && byte != '`';
}

struct NamedEntity {
  const char* name;
  UChar32 code_point;
};

// The entities exports contain: the five XML ones, and the HTML ones seen in
// French posts copied from web pages.
constexpr std::array<NamedEntity, 22> kNamedEntities = {{
    {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},
    {"apos", '\''},     {"nbsp", 0x00A0},    {"hellip", 0x2026},  {"laquo", 0x00AB},
    {"raquo", 0x00BB},  {"rsquo", 0x2019},   {"lsquo", 0x2018},   {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"ndash", 0x2013},   {"mdash", 0x2014},   {"eacute", 0x00E9},
    {"egrave", 0x00E8}, {"agrave", 0x00E0},  {"ccedil", 0x00E7},  {"euro", 0x20AC},
    {"ecirc", 0x00EA},  {"thinsp", 0x2009},
}};

// Decodes the HTML entity at text[pos] == '&'. On success sets *c and *length
// (bytes consumed, ';' included) and returns true.
bool DecodeEntity(std::string_view text, std::size_t pos, UChar32* c, std::size_t* length) {
  std::size_t semi = text.find(';', pos + 1);
  if (semi == std::string_view::npos || semi - pos > 10 || semi == pos + 1) return false;
  std::string_view body = text.substr(pos + 1, semi - pos - 1);
  if (body[0] == '#') {
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return false;
    UChar32 value = 0;
    for (char d : digits) {
      int v;
      if (d >= '0' && d <= '9') {
        v = d - '0';
      } else if (hex && d >= 'a' && d <= 'f') {
        v = d - 'a' + 10;
      } else if (hex && d >= 'A' && d <= 'F') {
        v = d - 'A' + 10;
      } else {
        return false;
      }
      value = value * (hex ? 16 : 10) + v;
      if (value > 0x10FFFF) return false;
    }
    if (value == 0 || U_IS_SURROGATE(value)) return false;
    *c = value;
    *length = semi - pos + 1;
    return true;
  }
  for (const NamedEntity& e : kNamedEntities) {
    if (body == e.name) {
      *c = e.code_point;
      *length = semi - pos + 1;
      return true;
    }
  }
  return false;
}

// A ByteSink appending to a std::string (icu::StringByteSink needs a template
// argument and copies; this one is explicit).
class AppendSink : public icu::ByteSink {
 public:
  explicit AppendSink(std::string* out) : out_(out) {}
  void Append(const char* bytes, int32_t n) override { out_->append(bytes, n); }

 private:
  std::string* out_;
};

}  // namespace

std::pair<std::size_t, std::size_t> NormalizedText::OriginalSpan(std::size_t begin,
                                                                  std::size_t end) const {
  std::size_t first = to_original[begin];
  if (end <= begin) return {first, first};
  // The original end is where the character after the span starts; when the
  // span ends inside the expansion of one original character, go past it.
  std::size_t last_start = to_original[end - 1];
  std::size_t k = end;
  while (k < text.size() && to_original[k] == last_start) ++k;
  return {first, std::max<std::size_t>(to_original[k], first)};
}

Normalizer::Normalizer(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Normalizer::~Normalizer() = default;

Result<std::unique_ptr<Normalizer>> Normalizer::Create() {
  auto rep = std::make_unique<Rep>();
  UErrorCode status = U_ZERO_ERROR;
  rep->nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    return Status::IOError(std::string("ICU NFC data: ") + u_errorName(status));
  }
  rep->nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) {
    return Status::IOError(std::string("ICU NFD data: ") + u_errorName(status));
  }
  rep->nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    return Status::IOError(std::string("ICU NFKC_Casefold data: ") + u_errorName(status));
  }
  return std::unique_ptr<Normalizer>(new Normalizer(std::move(rep)));
}

NormalizedText Normalizer::Normalize(std::string_view original) const {
  NormalizedText result;
  std::string& out = result.text;
  std::vector<std::uint32_t>& map = result.to_original;
  out.reserve(original.size());
  map.reserve(original.size() + 1);

  // Pass 1: decode, map code points, record where each output byte came from.
  const char* s = original.data();
  const int32_t length = static_cast<int32_t>(original.size());
  bool pending_separator = false;
  std::uint32_t separator_at = 0;
  int32_t i = 0;
  bool ascii = true;
  while (i < length) {
    // Fast path: runs of printable ASCII other than '&' and '`' are copied as
    // they are, in one go (most bytes of a French post).
    unsigned char byte = static_cast<unsigned char>(s[i]);
    if (IsPlainAscii(byte) && !pending_separator) {
      int32_t j = i + 1;
      while (j < length && IsPlainAscii(static_cast<unsigned char>(s[j]))) ++j;
      out.append(s + i, static_cast<std::size_t>(j - i));
      std::size_t at = map.size();
      map.resize(at + static_cast<std::size_t>(j - i));
      for (int32_t k = i; k < j; ++k) map[at++] = static_cast<std::uint32_t>(k);
      i = j;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    if (byte < 0x80) {
      c = static_cast<unsigned char>(s[i++]);
    } else {
      U8_NEXT(s, i, length, c);
      if (c < 0) {
        c = 0xFFFD;  // ill-formed: U8_NEXT skipped the maximal ill-formed subpart
        ++result.invalid_utf8;
      }
    }
    if (c == '&') {
      UChar32 decoded;
      std::size_t consumed;
      if (DecodeEntity(original, start, &decoded, &consumed)) {
        c = decoded;
        i = start + static_cast<int32_t>(consumed);
        ++result.html_entities;
      }
    }
    if (c == 0x000D && i < length && s[i] == '\n') continue;  // CR LF: keep the LF
    Mapping m = MapCodePoint(c);
    if (m.action == Action::kDrop) continue;
    if (m.action == Action::kSeparator) {
      if (!pending_separator) separator_at = static_cast<std::uint32_t>(start);
      pending_separator = true;
      continue;
    }
    if (m.action == Action::kReplace) c = m.replacement;
    if (pending_separator) {
      pending_separator = false;
      if (!out.empty() && out.back() != ' ' && out.back() != '\n' && c != ' ' && c != '\n') {
        out.push_back(' ');
        map.push_back(separator_at);
      }
    }
    std::size_t before = out.size();
    AppendUtf8(c, &out);
    if (c >= 0x80) ascii = false;
    for (std::size_t k = before; k < out.size(); ++k) map.push_back(static_cast<std::uint32_t>(start));
  }

  // Pass 2: NFC (composes "e" + U+0301 into "é"), with ICU's edit record to
  // carry the offsets through. Most posts are already NFC: check first.
  UErrorCode status = U_ZERO_ERROR;
  if (!ascii && !rep_->nfc->isNormalizedUTF8(out, status) && U_SUCCESS(status)) {
    std::string composed;
    composed.reserve(out.size());
    AppendSink sink(&composed);
    icu::Edits edits;
    rep_->nfc->normalizeUTF8(0, out, sink, &edits, status);
    if (U_SUCCESS(status)) {
      std::vector<std::uint32_t> composed_map(composed.size());
      icu::Edits::Iterator it = edits.getFineIterator();
      while (it.next(status)) {
        int32_t src = it.sourceIndex();
        int32_t dst = it.destinationIndex();
        for (int32_t k = 0; k < it.newLength(); ++k) {
          composed_map[dst + k] = map[src + (it.hasChange() ? 0 : k)];
        }
      }
      if (U_SUCCESS(status)) {
        out.swap(composed);
        map.swap(composed_map);
      }
    }
  }
  map.push_back(static_cast<std::uint32_t>(original.size()));
  return result;
}

std::string Normalizer::CaseFold(std::string_view text) const {
  if (IsAscii(text)) {
    std::string lower(text);
    for (char& ch : lower) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    return lower;
  }
  std::string folded;
  folded.reserve(text.size());
  AppendSink sink(&folded);
  UErrorCode status = U_ZERO_ERROR;
  rep_->nfkc_casefold->normalizeUTF8(0, icu::StringPiece(text.data(), text.size()), sink,
                                     nullptr, status);
  if (U_FAILURE(status)) return std::string(text);
  return folded;
}

std::string Normalizer::StripAccents(std::string_view text) const {
  if (IsAscii(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  std::string decomposed;
  decomposed.reserve(text.size() + 8);
  AppendSink sink(&decomposed);
  rep_->nfd->normalizeUTF8(0, icu::StringPiece(text.data(), text.size()), sink, nullptr,
                           status);
  if (U_FAILURE(status)) return std::string(text);
  std::string stripped;
  stripped.reserve(decomposed.size());
  const char* s = decomposed.data();
  const int32_t length = static_cast<int32_t>(decomposed.size());
  int32_t i = 0;
  bool has_non_ascii = false;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c >= 0x80) has_non_ascii = true;
    stripped.append(s + start, i - start);
  }
  if (!has_non_ascii) return stripped;
  std::string composed;
  AppendSink composed_sink(&composed);
  rep_->nfc->normalizeUTF8(0, stripped, composed_sink, nullptr, status);
  if (U_FAILURE(status)) return stripped;
  return composed;
}

}  // namespace redite::text
