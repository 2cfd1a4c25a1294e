// Accent-insensitive folding of Latin letters, for dictionary matching.
//
// Private to src/text/. Matching a hashtag body such as "transitionenergetique"
// against "transition" + "énergétique", or "etait" against the stopword
// "était", needs letters reduced to a-z. Unlike Normalizer::StripAccents()
// this also lowercases, expands ligatures (œ -> oe) and works one code point
// at a time, so callers can map folded positions back to the original text.
#ifndef REDITE_SRC_TEXT_LATIN_FOLD_H_
#define REDITE_SRC_TEXT_LATIN_FOLD_H_

#include <unicode/umachine.h>

#include <string>
#include <string_view>

namespace redite::text {

// The lowercase a-z letters that `c` folds to: 'É' -> "e", 'œ' -> "oe",
// 'ß' -> "ss", 'a' -> "a". Empty when `c` is not a Latin letter (digits,
// punctuation, combining marks, other scripts). Thread-safe.
std::string_view FoldLatinLetter(UChar32 c);

// `utf8` with every Latin letter folded as above ("Était" -> "etait"); any
// other character (apostrophe, digit, letter of another script, combining
// mark, ill-formed byte) is copied unchanged. Thread-safe.
std::string FoldLatin(std::string_view utf8);

}  // namespace redite::text

#endif  // REDITE_SRC_TEXT_LATIN_FOLD_H_
