// Normalizer: turns a raw post into clean text with a map back to the original.
//
//   auto normalizer = redite::text::Normalizer::Create();
//   redite::text::NormalizedText n = normalizer->Normalize("L’équipe&nbsp;: 1\u00a0200");
//   // n.text == "L'équipe : 1 200"; n.OriginalSpan(0, 7) gives the original bytes.
//
// Normalize() decodes HTML entities (exports escape & < > " '), replaces
// ill-formed UTF-8 with U+FFFD (counted), unifies apostrophes and quotes
// (’ ‘ ` ´ ʼ -> ', “ ” „ -> "), turns every space variant into U+0020, removes
// zero-width and directional marks (a mark between two visible characters
// becomes a space, so it still separates words and URLs), and composes to NFC.
// Case and accents are kept: display uses this text; matching uses CaseFold()
// and StripAccents() on tokens. All methods are const and thread-safe.
#ifndef REDITE_TEXT_NORMALIZER_H_
#define REDITE_TEXT_NORMALIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "redite/status.h"

namespace redite::text {

struct NormalizedText {
  std::string text;  // NFC UTF-8
  // to_original[i] is the byte offset in the original of the character that
  // produced normalized byte i; to_original[text.size()] is the original size.
  std::vector<std::uint32_t> to_original;
  int invalid_utf8 = 0;    // ill-formed sequences replaced with U+FFFD
  int html_entities = 0;   // entities decoded

  // The original byte range [first, second) that produced normalized bytes
  // [begin, end). Requires begin <= end <= text.size().
  std::pair<std::size_t, std::size_t> OriginalSpan(std::size_t begin, std::size_t end) const;
};

class Normalizer {
 public:
  // Fails only when ICU's normalization data cannot be loaded.
  static Result<std::unique_ptr<Normalizer>> Create();
  ~Normalizer();

  NormalizedText Normalize(std::string_view original) const;

  // NFKC with full Unicode case folding (ICU NFKC_Casefold): "Énergie" ->
  // "énergie", "ﬁ" -> "fi", "Straße" -> "strasse".
  std::string CaseFold(std::string_view text) const;

  // The same text without combining marks (NFD, marks dropped, NFC again):
  // "énergétique" -> "energetique". ASCII input is returned as is, fast.
  std::string StripAccents(std::string_view text) const;

 private:
  struct Rep;
  explicit Normalizer(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace redite::text

#endif  // REDITE_TEXT_NORMALIZER_H_
