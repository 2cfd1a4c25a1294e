// Small UTF-8 helpers private to the text module.
#ifndef REDITE_SRC_TEXT_UTF8_UTIL_H_
#define REDITE_SRC_TEXT_UTF8_UTIL_H_

#include <unicode/utf8.h>

#include <string>
#include <string_view>

namespace redite::text {

// Appends the UTF-8 form of code point `c` (must be a scalar value).
inline void AppendUtf8(UChar32 c, std::string* out) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, U8_MAX_LENGTH, c, error);
  if (!error) out->append(buf, n);
}

// True when every byte is ASCII (the fast path of most French words is not,
// but of most hashtags, mentions, URLs and numbers is).
inline bool IsAscii(std::string_view s) {
  for (unsigned char ch : s) {
    if (ch >= 0x80) return false;
  }
  return true;
}

// Decodes the code point at s[*i] and advances *i; ill-formed input gives
// U+FFFD (the Normalizer has already replaced such input in its output).
inline UChar32 NextCodePoint(std::string_view s, std::size_t* i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(*i);
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  *i = static_cast<std::size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

}  // namespace redite::text

#endif  // REDITE_SRC_TEXT_UTF8_UTIL_H_
