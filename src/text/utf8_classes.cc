#include "text/utf8_classes.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <utility>

namespace redite::text::internal {
namespace {

constexpr char32_t kMaxCodePoint = 0x10FFFF;
constexpr char32_t kSurrogateFirst = 0xD800;
constexpr char32_t kSurrogateLast = 0xDFFF;

// Sorted by first, overlapping and adjacent ranges merged.
CodePointSet Normalized(CodePointSet set) {
  std::sort(set.begin(), set.end(),
            [](const CodePointRange& a, const CodePointRange& b) { return a.first < b.first; });
  CodePointSet out;
  for (const CodePointRange& r : set) {
    if (r.first > r.last) continue;
    if (!out.empty() && r.first <= out.back().last + 1) {
      out.back().last = std::max(out.back().last, r.last);
    } else {
      out.push_back(r);
    }
  }
  return out;
}

// One byte range per position of an encoded sequence.
using ByteRange = std::pair<uint8_t, uint8_t>;
using ByteSequence = std::vector<ByteRange>;

std::size_t EncodedLength(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

std::array<uint8_t, 4> Encode(char32_t c) {
  switch (EncodedLength(c)) {
    case 1:
      return {static_cast<uint8_t>(c), 0, 0, 0};
    case 2:
      return {static_cast<uint8_t>(0xC0 | (c >> 6)), static_cast<uint8_t>(0x80 | (c & 0x3F)), 0, 0};
    case 3:
      return {static_cast<uint8_t>(0xE0 | (c >> 12)),
              static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F)),
              static_cast<uint8_t>(0x80 | (c & 0x3F)), 0};
    default:
      return {
          static_cast<uint8_t>(0xF0 | (c >> 18)), static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3F)),
          static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F)), static_cast<uint8_t>(0x80 | (c & 0x3F))};
  }
}

// Splits [first, last] until each piece encodes as one sequence of byte
// ranges (the classic UTF-8 range split of RE2 and Rust's utf8-ranges):
// same encoded length, and below the first differing byte every trailing
// byte spans its full 0x80-0xBF range.
void AppendSequences(char32_t first, char32_t last, std::vector<ByteSequence>* out) {
  if (first > last) return;
  if (first <= kSurrogateLast && last >= kSurrogateFirst) {
    if (first < kSurrogateFirst) AppendSequences(first, kSurrogateFirst - 1, out);
    if (last > kSurrogateLast) AppendSequences(kSurrogateLast + 1, last, out);
    return;
  }
  for (const char32_t max : {char32_t{0x7F}, char32_t{0x7FF}, char32_t{0xFFFF}}) {
    if (first <= max && max < last) {
      AppendSequences(first, max, out);
      AppendSequences(max + 1, last, out);
      return;
    }
  }
  const std::size_t length = EncodedLength(first);
  for (std::size_t i = 1; i < length; ++i) {
    const char32_t mask = (char32_t{1} << (6 * i)) - 1;
    if ((first & ~mask) != (last & ~mask)) {
      if ((first & mask) != 0) {
        AppendSequences(first, first | mask, out);
        AppendSequences((first | mask) + 1, last, out);
        return;
      }
      if ((last & mask) != mask) {
        AppendSequences(first, (last & ~mask) - 1, out);
        AppendSequences(last & ~mask, last, out);
        return;
      }
    }
  }
  const std::array<uint8_t, 4> a = Encode(first);
  const std::array<uint8_t, 4> b = Encode(last);
  ByteSequence sequence;
  for (std::size_t i = 0; i < length; ++i) sequence.emplace_back(a[i], b[i]);
  out->push_back(std::move(sequence));
}

void AppendByteRange(ByteRange r, std::string* out) {
  if (r.first == r.second) {
    *out += fmt::format("\\x{:02X}", r.first);
  } else {
    *out += fmt::format("\\x{:02X}-\\x{:02X}", r.first, r.second);
  }
}

}  // namespace

CodePointSet AsciiChars(std::string_view chars) {
  CodePointSet out;
  for (const char c : chars) {
    out.push_back({static_cast<char32_t>(static_cast<unsigned char>(c)),
                   static_cast<char32_t>(static_cast<unsigned char>(c))});
  }
  return out;
}

CodePointSet Union(CodePointSet a, const CodePointSet& b) {
  a.insert(a.end(), b.begin(), b.end());
  return Normalized(std::move(a));
}

CodePointSet Complement(const CodePointSet& set) {
  CodePointSet out;
  char32_t next = 0;
  for (const CodePointRange& r : Normalized(set)) {
    if (r.first > next) out.push_back({next, r.first - 1});
    next = r.last + 1;
  }
  if (next <= kMaxCodePoint) out.push_back({next, kMaxCodePoint});
  // Surrogates are no scalar values; AppendSequences drops them anyway.
  return out;
}

CodePointSet CodePointsOfCategories(uint32_t category_mask) {
  struct Context {
    uint32_t mask;
    CodePointSet set;
  } context{category_mask, {}};
  u_enumCharTypes(
      [](const void* raw, UChar32 start, UChar32 limit, UCharCategory type) -> UBool {
        auto* c = static_cast<Context*>(const_cast<void*>(raw));
        if ((U_MASK(type) & c->mask) != 0) {
          c->set.push_back({static_cast<char32_t>(start), static_cast<char32_t>(limit - 1)});
        }
        return true;
      },
      &context);
  return Normalized(std::move(context.set));
}

namespace {

// The ASCII bracket expression ("" when none) and the multi-byte
// alternatives of `set`.
struct Utf8Parts {
  std::string ascii;
  std::vector<std::string> multibyte;
};

Utf8Parts Parts(const CodePointSet& set) {
  std::vector<ByteSequence> sequences;
  for (const CodePointRange& r : Normalized(set)) {
    if (r.last > kMaxCodePoint) continue;
    AppendSequences(r.first, r.last, &sequences);
  }
  Utf8Parts parts;
  std::string ascii;
  // Sequences that differ only in their last byte share one bracket.
  for (std::size_t i = 0; i < sequences.size();) {
    const ByteSequence& s = sequences[i];
    if (s.size() == 1) {
      AppendByteRange(s[0], &ascii);
      ++i;
      continue;
    }
    std::string prefix;
    for (std::size_t k = 0; k + 1 < s.size(); ++k) {
      if (s[k].first == s[k].second) {
        AppendByteRange(s[k], &prefix);
      } else {
        prefix += "[";
        AppendByteRange(s[k], &prefix);
        prefix += "]";
      }
    }
    std::string last;
    std::size_t j = i;
    for (; j < sequences.size() && sequences[j].size() == s.size() &&
           std::equal(s.begin(), s.end() - 1, sequences[j].begin());
         ++j) {
      AppendByteRange(sequences[j].back(), &last);
    }
    parts.multibyte.push_back(prefix + "[" + last + "]");
    i = j;
  }
  if (!ascii.empty()) parts.ascii = "[" + ascii + "]";
  return parts;
}

std::string Alternation(const std::vector<std::string>& alternatives) {
  if (alternatives.empty()) return "(?!)";
  if (alternatives.size() == 1) return alternatives[0];
  std::string out = "(?:";
  for (std::size_t i = 0; i < alternatives.size(); ++i) {
    if (i > 0) out += "|";
    out += alternatives[i];
  }
  return out + ")";
}

}  // namespace

std::string Utf8Class(const CodePointSet& set) {
  Utf8Parts parts = Parts(set);
  if (!parts.ascii.empty()) parts.multibyte.insert(parts.multibyte.begin(), parts.ascii);
  return Alternation(parts.multibyte);
}

std::string Utf8Repeat(const CodePointSet& set, std::string_view quantifier) {
  const bool at_least_one = quantifier == "+";
  Utf8Parts parts = Parts(set);
  if (parts.multibyte.empty()) {
    if (!parts.ascii.empty()) return parts.ascii + (at_least_one ? "+" : "*");
    return at_least_one ? "(?!)" : "";
  }
  // X* with X = A|B unrolled as A*(?:B A*)*: A* is Boost's fast set repeat,
  // and every string still has one parse, so backtracking stays linear
  // ("(?:A+|B)*" would be exponential on a long ASCII run).
  const std::string a = parts.ascii.empty() ? "" : parts.ascii + "*";
  std::string repeat = a + "(?:" + Alternation(parts.multibyte) + a + ")*";
  if (!at_least_one) return repeat;
  if (!parts.ascii.empty()) parts.multibyte.insert(parts.multibyte.begin(), parts.ascii);
  return Alternation(parts.multibyte) + repeat;  // X+ = X X*
}

}  // namespace redite::text::internal
