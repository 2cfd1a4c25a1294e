// Small UTF-8 helpers for the entity layer: decoding one code point forward
// or backward at a byte offset, validation, UTF-16 length.
#ifndef REDITE_SRC_TEXT_UTF8_SCAN_H_
#define REDITE_SRC_TEXT_UTF8_SCAN_H_

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace redite::text::internal {

// Marks an ill-formed sequence in the results below (never a code point).
inline constexpr char32_t kIllFormed = 0xFFFFFFFF;

// The code point that starts at byte `pos` (< s.size()); sets *len to its
// byte length (1 for an ill-formed byte, which gives kIllFormed).
inline char32_t CodePointAt(std::string_view s, std::size_t pos, std::size_t* len) {
  const auto c0 = static_cast<unsigned char>(s[pos]);
  if (c0 < 0x80) {
    *len = 1;
    return c0;
  }
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  *len = static_cast<std::size_t>(i) - pos;
  return c < 0 ? kIllFormed : static_cast<char32_t>(c);
}

// The code point that ends at byte `pos` (> 0); sets *start to its first byte.
inline char32_t CodePointBefore(std::string_view s, std::size_t pos, std::size_t* start) {
  const auto last = static_cast<unsigned char>(s[pos - 1]);
  if (last < 0x80) {
    *start = pos - 1;
    return last;
  }
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  *start = static_cast<std::size_t>(i);
  return c < 0 ? kIllFormed : static_cast<char32_t>(c);
}

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or values
// above U+10FFFF).
inline bool IsWellFormedUtf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    if (CodePointAt(s, i, &len) == kIllFormed) return false;
    i += len;
  }
  return true;
}

// The number of UTF-16 code units of `s` (ill-formed bytes count one each).
inline std::size_t Utf16Length(std::string_view s) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    const char32_t c = CodePointAt(s, i, &len);
    units += (c != kIllFormed && c > 0xFFFF) ? 2 : 1;
    i += len;
  }
  return units;
}

}  // namespace redite::text::internal

#endif  // REDITE_SRC_TEXT_UTF8_SCAN_H_
