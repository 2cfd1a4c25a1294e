#include "text/utf8.h"

#include <unicode/uchar.h>

namespace redite::text {

void AppendUtf8(UChar32 c, std::string* out) {
  std::uint8_t buffer[U8_MAX_LENGTH];
  std::int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, U8_MAX_LENGTH, c, error);
  if (!error) out->append(reinterpret_cast<const char*>(buffer), length);
}

std::u32string DecodeUtf8(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  ForEachCodePoint(utf8, [&](UChar32 c, std::string_view) {
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  });
  return out;
}

std::string Lowercase(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  ForEachCodePoint(utf8, [&](UChar32 c, std::string_view bytes) {
    if (c < 0) {
      out.append(bytes);
    } else {
      AppendUtf8(u_tolower(c), &out);
    }
  });
  return out;
}

}  // namespace redite::text
