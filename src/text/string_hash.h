// StringHash: a transparent hash, so that unordered containers keyed by
// std::string are searched with a std::string_view without building a string.
//
//   std::unordered_set<std::string, StringHash, std::equal_to<>> words;
//   words.find(std::string_view("usine"));
#ifndef REDITE_TEXT_STRING_HASH_H_
#define REDITE_TEXT_STRING_HASH_H_

#include <cstddef>
#include <functional>
#include <string_view>

namespace redite::text {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace redite::text

#endif  // REDITE_TEXT_STRING_HASH_H_
