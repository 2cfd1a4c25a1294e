// Typed tokens of a post, and the Analyzer that produces them.
//
//   auto analyzer = redite::text::Analyzer::Create(redite::text::AnalyzerOptions());
//   redite::text::Analysis a = (*analyzer)->Analyze("Nous recrutons 1 200 jeunes #Emploi");
//   for (const auto& t : a.tokens) { t.type, t.norm, t.lemma, t.start, t.end ... }
//
// The Analyzer runs the whole text layer: Normalizer, EntityExtractor (on the
// normalized text), ICU word segmentation of the rest, elision splitting,
// number canonicalization, hashtag segmentation, stopwords and lemmas.
// Analyze() is NOT thread-safe (the lemma cache): use one Analyzer per thread.
#ifndef REDITE_TEXT_TOKENS_H_
#define REDITE_TEXT_TOKENS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redite/status.h"
#include "redite/text/entities.h"
#include "redite/text/lexicon.h"
#include "redite/text/normalizer.h"

namespace redite::text {

enum class TokenType {
  kWord,
  kNumber,      // numbers and amounts: "1 200", "3,5", "2,4 Md€", "700 000"
  kPercentage,  // "12 %", "+12%", "12 pour cent"
  kHashtag,
  kMention,
  kUrl,
  kCashtag,
  kEmoji,
  kPunctuation,
};

// "word", "number", "percentage", "hashtag", "mention", "url", "cashtag",
// "emoji", "punctuation".
const char* TokenTypeName(TokenType type);

struct Token {
  TokenType type = TokenType::kWord;
  std::uint32_t start = 0;  // byte range in the ORIGINAL post
  std::uint32_t end = 0;
  std::string text;  // as in the normalized text: case and accents kept
  // The matching form. Words: case-folded. Numbers: canonical decimal, scaled
  // ("1200", "3.5", "2400000000"), with a unit suffix for currencies
  // ("2400000000€"). Percentages: "12%". Hashtags, cashtags and mentions:
  // case-folded body without the sigil. URLs: CanonicalUrl().
  std::string norm;
  std::string key;    // norm without accents: the accent-insensitive key
  std::string lemma;  // words: the lemma; elided articles: the full form (l' -> le); else norm
  std::string lemma_key;  // lemma without accents (what matching compares)
  double value = 0;   // numbers and percentages: the numeric value (sign kept)
  bool stopword = false;
  bool elided = false;  // an elided word split from the next one (l', qu', jusqu')
  // Hashtags: the words of the body, case-folded ("TransitionÉnergétique" ->
  // "transition", "énergétique"), each with its lemma in part_lemmas.
  std::vector<std::string> parts;
  std::vector<std::string> part_lemmas;
  std::vector<std::string> part_lemma_keys;  // part_lemmas without accents
};

struct Analysis {
  std::string original;
  NormalizedText normalized;
  // Entities with start/end and text in the ORIGINAL post; value as for
  // EntityExtractor (URL entities' value is the canonical URL).
  std::vector<Entity> entities;
  std::vector<Token> tokens;
};

struct AnalyzerOptions {
  LexiconOptions lexicon;
  bool lemmas = true;  // false: lemma = norm (faster; for tests and benchmarks)
  // Segment plain ASCII chunks without ICU (same boundaries, several times
  // faster). false: ICU for everything (tests compare the two).
  bool ascii_fast_path = true;
};

class Analyzer {
 public:
  static Result<std::unique_ptr<Analyzer>> Create(const AnalyzerOptions& options);
  // `given` when not null (an analyzer shared with the caller), else a new
  // one made with `options` and owned by *own.
  static Result<Analyzer*> GivenOrCreate(Analyzer* given, const AnalyzerOptions& options,
                                         std::unique_ptr<Analyzer>* own);
  ~Analyzer();

  Analysis Analyze(std::string_view post);

  const Normalizer& normalizer() const;
  const EntityExtractor& extractor() const;
  Lexicon& lexicon();

 private:
  struct Rep;
  explicit Analyzer(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace redite::text

#endif  // REDITE_TEXT_TOKENS_H_
