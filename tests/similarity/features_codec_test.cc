// The stored encoding of PostFeatures: round trips and refuses damaged data.
#include "similarity/features_codec.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "redite/text/tokens.h"
#include "test_support.h"

namespace redite::similarity {
namespace {

void CheckSpans(const std::vector<Span>& a, const std::vector<Span>& b) {
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CAPTURE(i);
    CHECK(a[i].start == b[i].start);
    CHECK(a[i].end == b[i].end);
  }
}

// Every field of PostFeatures (a new field needs a line here too).
void CheckSame(const PostFeatures& a, const PostFeatures& b) {
  CHECK(a.lemmas == b.lemmas);
  CHECK(a.lemma_forms == b.lemma_forms);
  CheckSpans(a.lemma_spans, b.lemma_spans);
  CHECK(a.words == b.words);
  CheckSpans(a.word_spans, b.word_spans);
  CHECK(a.word_optional == b.word_optional);
  CHECK(a.figures == b.figures);
  CheckSpans(a.figure_spans, b.figure_spans);
  CHECK(a.links == b.links);
  CHECK(a.hashtags == b.hashtags);
  CheckSpans(a.hashtag_spans, b.hashtag_spans);
  CHECK(a.mentions == b.mentions);
  CHECK(a.shingles == b.shingles);
  CHECK(a.negated == b.negated);
}

}  // namespace

TEST_SUITE("FeaturesCodec") {
  TEST_CASE("real French posts round-trip field by field") {
    const char* posts[] = {
        "Nous recrutons 1 200 apprentis en 2024 ! #Emploi #TransitionÉnergétique "
        "https://exemple.fr/emploi?utm_source=x @Entreprise_SA",
        "Chiffre d’affaires T1 2024 : 3,2 Md€, +8 % sur un an. Merci à nos 14 000 collaborateurs ! 👏",
        "Nous ne recrutons plus d'apprentis cette année.",
        "",
        "🎉",
        "L'équipe est fière : l'événement a réuni 12 % de plus qu'en 2023, jusqu'à 3 000 personnes.",
    };
    for (const char* text : posts) {
      CAPTURE(text);
      PostFeatures f = ExtractFeatures(redite::testing::SharedAnalyzer().Analyze(text));
      std::string encoded;
      EncodeFeatures(f, &encoded);
      Result<PostFeatures> decoded = DecodeFeatures(encoded);
      REQUIRE_MESSAGE(decoded.ok(), decoded.status().ToString());
      CheckSame(f, *decoded);
    }
  }

  TEST_CASE("repeated strings are stored once: a repeated word costs less than its letters") {
    auto size_of = [](const std::string& text) {
      std::string encoded;
      EncodeFeatures(ExtractFeatures(redite::testing::SharedAnalyzer().Analyze(text)), &encoded);
      return encoded.size();
    };
    std::string once = "L'innovation au service des clients";
    std::string repeated = once;
    for (int i = 0; i < 10; ++i) repeated += " innovation";
    CHECK(size_of(repeated) - size_of(once) < 10 * std::string("innovation").size());
  }

  TEST_CASE("hand-made features with differing forms, optional words and backward spans") {
    PostFeatures f;
    f.lemmas = {"energie", "transition"};
    f.lemma_forms = {"énergie", "transition"};
    f.lemma_spans = {{30, 40}, {10, 20}};  // not in order: hashtag words share spans
    f.words = {"la", "transition", "energie"};
    f.word_spans = {{0, 2}, {10, 20}, {30, 40}};
    f.word_optional = {0, 1, 0};
    f.figures = {"12%"};
    f.figure_spans = {{50, 53}};
    f.links = {"https://exemple.fr/a"};
    f.hashtags = {"transitionenergetique"};
    f.hashtag_spans = {{9, 40}};
    f.mentions = {"entreprise"};
    f.negated = true;
    f.shingles = WordShingles(f);
    std::string encoded;
    EncodeFeatures(f, &encoded);
    Result<PostFeatures> decoded = DecodeFeatures(encoded);
    REQUIRE_MESSAGE(decoded.ok(), decoded.status().ToString());
    CheckSame(f, *decoded);
  }

  TEST_CASE("every truncation and a changed version byte are Corruption, never a crash") {
    PostFeatures f = ExtractFeatures(redite::testing::SharedAnalyzer().Analyze(
        "Voltéa inaugure son parc solaire de Lunel : 42 MW. #Énergie https://t.co/Vx81LmQpza"));
    std::string encoded;
    EncodeFeatures(f, &encoded);
    for (std::size_t n = 0; n < encoded.size(); ++n) {
      CAPTURE(n);
      Result<PostFeatures> decoded = DecodeFeatures(std::string_view(encoded).substr(0, n));
      REQUIRE_FALSE(decoded.ok());
      CHECK(decoded.status().code() == Status::Code::kCorruption);
    }
    std::string other = encoded;
    other[0] = static_cast<char>(other[0] + 1);
    CHECK_FALSE(DecodeFeatures(other).ok());
    CHECK_FALSE(DecodeFeatures(encoded + "x").ok());
  }
}

}  // namespace redite::similarity
