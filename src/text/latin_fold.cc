#include "text/latin_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <string>

#include "text/utf8.h"

namespace redite::text {
namespace {

// Latin letters live below U+0250 (Basic Latin to Latin Extended-B), plus
// Latin Extended Additional (U+1E00-U+1EFF, Vietnamese and others).
constexpr UChar32 kTableEnd = 0x250;
constexpr UChar32 kExtendedBegin = 0x1E00;
constexpr UChar32 kExtendedEnd = 0x1F00;

// Letters that NFD does not decompose but that readers see as accented a-z.
const char* SpecialFold(UChar32 lower) {
  switch (lower) {
    case 0x00DF: return "ss";  // ß
    case 0x00E6: return "ae";  // æ
    case 0x0153: return "oe";  // œ
    case 0x00F8: return "o";   // ø
    case 0x0111: return "d";   // đ
    case 0x0142: return "l";   // ł
    case 0x0131: return "i";   // dotless ı
    default: return nullptr;
  }
}

// The fold of one code point, computed with ICU: lowercase, then keep the
// first character of the canonical decomposition if it is a-z.
std::string ComputeFold(UChar32 c, const icu::Normalizer2* nfd) {
  UChar32 lower = u_tolower(c);
  if (lower >= 'a' && lower <= 'z') return std::string(1, static_cast<char>(lower));
  if (const char* special = SpecialFold(lower)) return special;
  if (nfd == nullptr) return "";
  icu::UnicodeString decomposition;
  if (!nfd->getDecomposition(lower, decomposition) || decomposition.isEmpty()) return "";
  UChar32 base = decomposition.char32At(0);
  if (base >= 'a' && base <= 'z') return std::string(1, static_cast<char>(base));
  return "";
}

const icu::Normalizer2* NfdInstance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  // Without ICU's data only a-z folds; every caller still gets a valid answer.
  return U_FAILURE(status) ? nullptr : nfd;
}

struct FoldTable {
  std::array<std::string, kTableEnd> basic;
  std::array<std::string, kExtendedEnd - kExtendedBegin> extended;

  FoldTable() {
    const icu::Normalizer2* nfd = NfdInstance();
    for (UChar32 c = 0; c < kTableEnd; ++c) basic[c] = ComputeFold(c, nfd);
    for (UChar32 c = kExtendedBegin; c < kExtendedEnd; ++c) {
      extended[c - kExtendedBegin] = ComputeFold(c, nfd);
    }
  }
};

const FoldTable& Table() {
  static const FoldTable* const table = new FoldTable();  // never destroyed
  return *table;
}

}  // namespace

std::string_view FoldLatinLetter(UChar32 c) {
  if (c >= 'a' && c <= 'z') {
    static constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz";
    return kLetters.substr(c - 'a', 1);
  }
  if (c >= 0 && c < kTableEnd) return Table().basic[c];
  if (c >= kExtendedBegin && c < kExtendedEnd) return Table().extended[c - kExtendedBegin];
  return {};
}

std::string FoldLatin(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool after_folded_letter = false;
  ForEachCodePoint(utf8, [&](UChar32 c, std::string_view bytes) {
    std::string_view folded = c >= 0 ? FoldLatinLetter(c) : std::string_view();
    if (!folded.empty()) {
      out.append(folded);
      after_folded_letter = true;
    } else if (after_folded_letter && u_charType(c) == U_NON_SPACING_MARK) {
      // A decomposed accent ("e" + U+0301) goes with the letter it follows.
    } else {
      out.append(bytes);
      after_folded_letter = false;
    }
  });
  return out;
}

}  // namespace redite::text
