#include "redite/workflows/ignored_phrases.h"

namespace redite::workflows {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool MatchesAt(std::string_view text, std::size_t pos, std::string_view phrase) {
  if (pos + phrase.size() > text.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (Lower(text[pos + k]) != Lower(phrase[k])) return false;
  }
  return true;
}

}  // namespace

std::string MaskPhrases(std::string_view text, const std::vector<std::string>& phrases) {
  std::string out(text);
  for (const std::string& phrase : phrases) {
    if (phrase.empty()) continue;
    for (std::size_t pos = 0; pos + phrase.size() <= text.size(); ++pos) {
      if (MatchesAt(text, pos, phrase)) out.replace(pos, phrase.size(), phrase.size(), ' ');
    }
  }
  return out;
}

}  // namespace redite::workflows
