// Character classes for byte-level (narrow) Boost.Regex patterns over UTF-8.
//
// Why not boost::u32regex: its sets test each character through
// icu_regex_traits, whose string_type is a std::vector, so a set with ranges
// allocates once per character tested; measured on French tweets, a t.co URL
// took 9 µs and a 24-letter hashtag 5-6 µs to match. A narrow boost::regex
// tests a byte against a 256-bit map. Utf8Class turns a set of code points
// into the UTF-8 byte sequences that encode them, so the narrow pattern
// matches exactly the same characters as the code-point class would.
#ifndef REDITE_SRC_TEXT_UTF8_CLASSES_H_
#define REDITE_SRC_TEXT_UTF8_CLASSES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace redite::text::internal {

struct CodePointRange {
  char32_t first = 0;  // inclusive
  char32_t last = 0;   // inclusive
};

// A set of code points as ranges; the functions below accept them in any
// order, overlapping or not.
using CodePointSet = std::vector<CodePointRange>;

// Each character of `chars` (ASCII) as a one-code-point range.
CodePointSet AsciiChars(std::string_view chars);

// The union of `a` and `b`.
CodePointSet Union(CodePointSet a, const CodePointSet& b);

// Every Unicode scalar value (U+0000..U+10FFFF without surrogates) not in `set`.
CodePointSet Complement(const CodePointSet& set);

// The code points whose general category is in `category_mask` (ICU's
// U_GC_*_MASK bits), from ICU's data.
CodePointSet CodePointsOfCategories(uint32_t category_mask);

// A narrow Boost.Regex (perl syntax) fragment that matches exactly one
// well-formed UTF-8 encoded code point of `set`: a bracket expression for
// the ASCII part and one alternative per byte-range sequence for the rest,
// e.g. "(?:[\x61-\x7A]|\xC3[\x80-\x96\x98-\xB6])". An empty set never matches.
std::string Utf8Class(const CodePointSet& set);

// Utf8Class(set) + `quantifier` ("*" or "+"), written so that ASCII runs go
// through Boost's fast single-set repeat: "[ascii]*(?:\xC3[\x80-\xBF][ascii]*)*".
// Matches the same strings, longest first, with linear backtracking.
std::string Utf8Repeat(const CodePointSet& set, std::string_view quantifier);

}  // namespace redite::text::internal

#endif  // REDITE_SRC_TEXT_UTF8_CLASSES_H_
