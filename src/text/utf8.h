// Small UTF-8 helpers shared by the lexicon's private files.
//
// Private to src/text/. ICU's U8_* macros, wrapped so that each caller does
// not repeat the decoding loop.
#ifndef REDITE_SRC_TEXT_UTF8_H_
#define REDITE_SRC_TEXT_UTF8_H_

#include <unicode/umachine.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace redite::text {

// Calls `visit(c, bytes)` for each code point of `utf8` in order, with `bytes`
// its encoding; `c` is negative for an ill-formed sequence (`bytes` then
// holds the bytes skipped).
template <typename Visitor>
void ForEachCodePoint(std::string_view utf8, Visitor&& visit) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const std::int32_t length = static_cast<std::int32_t>(utf8.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    visit(c, utf8.substr(start, i - start));
  }
}

// Appends the UTF-8 encoding of `c` to `out` (nothing if `c` is invalid).
void AppendUtf8(UChar32 c, std::string* out);

// True when every byte is ASCII (most hashtags, mentions, URLs and numbers).
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
  std::int32_t pos = static_cast<std::int32_t>(*i);
  U8_NEXT(s.data(), pos, static_cast<std::int32_t>(s.size()), c);
  *i = static_cast<std::size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

// Decodes UTF-8; ill-formed bytes become U+FFFD.
std::u32string DecodeUtf8(std::string_view utf8);

// Lowercases code point by code point (ICU's simple case mapping: enough for
// dictionary words and hashtag pieces, which never need ß -> ss). Ill-formed
// bytes are copied.
std::string Lowercase(std::string_view utf8);

}  // namespace redite::text

#endif  // REDITE_SRC_TEXT_UTF8_H_
