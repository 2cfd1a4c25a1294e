#include "redite/similarity/features.h"

#include <xxhash.h>

#include <algorithm>
#include <string_view>

namespace redite::similarity {
namespace {

using text::Token;
using text::TokenType;

// Words that negate a French clause on their own ("jamais", "aucun", "sans").
bool IsNegator(std::string_view key) {
  return key == "pas" || key == "jamais" || key == "aucun" || key == "aucune" ||
         key == "rien" || key == "nullement" || key == "guere" || key == "sans" ||
         key == "ni";
}

// "plus" and "personne" negate only after "ne"/"n'": "nous ne recrutons plus"
// versus "plus de 1 200 postes".
bool NegatesAfterNe(std::string_view key) { return key == "plus" || key == "personne"; }

bool HasLetterOrDigit(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  }
  return false;
}

}  // namespace

std::vector<std::uint32_t> WordShingles(const PostFeatures& f) {
  std::vector<std::uint32_t> shingles;
  std::string joined = " ";
  for (std::size_t i = 0; i < f.words.size(); ++i) {
    if (f.word_optional[i]) continue;
    joined += f.words[i];
    joined += ' ';
  }
  constexpr std::size_t kN = 4;
  if (joined.size() < kN) return shingles;
  // Byte 4-grams of UTF-8 text: accent-less French is nearly all ASCII, so
  // bytes are characters for matching purposes, and hashing is cheap.
  shingles.reserve(joined.size());
  for (std::size_t i = 0; i + kN <= joined.size(); ++i) {
    shingles.push_back(static_cast<std::uint32_t>(XXH3_64bits(joined.data() + i, kN)));
  }
  std::sort(shingles.begin(), shingles.end());
  return shingles;
}

std::vector<std::size_t> NegationPositions(const PostFeatures& f) {
  std::vector<std::size_t> positions;
  int ne_seen = -100;  // as in ExtractFeatures, on the case-folded words
  for (std::size_t i = 0; i < f.words.size(); ++i) {
    const std::string& w = f.words[i];
    if (w == "ne" || w == "n" || w == "n'" || w == "n\u2019") ne_seen = static_cast<int>(i);
    if (IsNegator(w) || (NegatesAfterNe(w) && static_cast<int>(i) - ne_seen <= 4)) {
      positions.push_back(i);
    }
  }
  return positions;
}

std::string FigureKey(const std::string& figure) {
  for (const char* suffix : {"\u20ac", "$", "\u00a3"}) {
    std::size_t n = std::char_traits<char>::length(suffix);
    if (figure.size() > n && figure.compare(figure.size() - n, n, suffix) == 0) {
      return figure.substr(0, figure.size() - n);
    }
  }
  return figure;
}

PostFeatures ExtractFeatures(const text::Analysis& analysis) {
  PostFeatures f;
  int ne_seen = -100;  // index in `words` of the last "ne"/"n'"
  auto add_word = [&f](const std::string& word, Span span, bool optional) {
    f.words.push_back(word);
    f.word_spans.push_back(span);
    f.word_optional.push_back(optional ? 1 : 0);
  };
  for (const Token& t : analysis.tokens) {
    Span span{t.start, t.end};
    switch (t.type) {
      case TokenType::kWord: {
        if (!HasLetterOrDigit(t.key)) break;
        std::string_view lemma_key = t.lemma_key;
        if (lemma_key == "ne") ne_seen = static_cast<int>(f.words.size());
        if (IsNegator(t.key) ||
            (NegatesAfterNe(t.key) && static_cast<int>(f.words.size()) - ne_seen <= 4)) {
          f.negated = true;
        }
        add_word(t.key, span, false);
        if (!t.stopword && !t.elided) {
          f.lemmas.push_back(t.lemma_key);
          f.lemma_forms.push_back(t.lemma);
          f.lemma_spans.push_back(span);
        }
        break;
      }
      case TokenType::kNumber:
      case TokenType::kPercentage:
        f.figures.push_back(t.norm);
        f.figure_spans.push_back(span);
        add_word(t.norm, span, false);
        break;
      case TokenType::kHashtag:
        f.hashtags.push_back(t.key);
        f.hashtag_spans.push_back(span);
        add_word(t.key, span, true);
        for (std::size_t k = 0; k < t.part_lemma_keys.size(); ++k) {
          // A hashtag's words count as the post's words: #TransitionÉnergétique
          // says "transition énergétique".
          f.lemmas.push_back(t.part_lemma_keys[k]);
          f.lemma_forms.push_back(t.part_lemmas[k]);
          f.lemma_spans.push_back(span);
        }
        break;
      case TokenType::kUrl:
        f.links.push_back(t.norm);
        break;
      case TokenType::kMention:
        f.mentions.push_back(t.norm);
        add_word(t.norm, span, true);
        break;
      case TokenType::kCashtag:
      case TokenType::kEmoji:
      case TokenType::kPunctuation:
        break;
    }
  }
  f.shingles = WordShingles(f);
  return f;
}

std::string ExactKey(const PostFeatures& features) {
  std::string key;
  for (std::size_t i = 0; i < features.words.size(); ++i) {
    if (features.word_optional[i]) continue;
    if (!key.empty()) key += ' ';
    key += features.words[i];
  }
  return key;
}

}  // namespace redite::similarity
