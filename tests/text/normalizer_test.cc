#include "redite/text/normalizer.h"

#include <doctest/doctest.h>

#include <string>

namespace redite::text {
namespace {

const Normalizer& TheNormalizer() {
  static std::unique_ptr<Normalizer> normalizer = [] {
    auto created = Normalizer::Create();
    REQUIRE(created.ok());
    return std::move(created).value();
  }();
  return *normalizer;
}

struct NormalizeCase {
  const char* name;
  const char* input;
  const char* expected;
};

// Literal expected strings, one rule per line (sentencepiece normalizer_test style).
const NormalizeCase kNormalizeCases[] = {
    {"typographic apostrophe", "L\u2019entreprise qu\u2019on aime", "L'entreprise qu'on aime"},
    {"left quote, backtick, acute, modifier letter as apostrophe",
     "l\u2018\u00e9quipe d`abord j\u00b4ai aujourd\u02bchui",
     "l'\u00e9quipe d'abord j'ai aujourd'hui"},
    {"curly double quotes", "\u201cUne \u00e9tape\u201d", "\"Une \u00e9tape\""},
    {"guillemets are kept", "\u00ab\u00a0Merci\u00a0\u00bb", "\u00ab Merci \u00bb"},
    {"no-break space in numbers", "1\u00a0200 emplois", "1 200 emplois"},
    {"narrow no-break space before percent", "12\u202f%", "12 %"},
    {"thin and figure spaces", "3\u20092\u2007000", "3 2 000"},
    {"tab becomes space", "a\tb", "a b"},
    {"HTML entities from exports", "R&amp;D &lt;3 &gt; &quot;ok&quot; &#39;x&#39;",
     "R&D <3 > \"ok\" 'x'"},
    {"numeric entities", "&#233;t&#xE9; &#x1F680;", "\u00e9t\u00e9 \U0001F680"},
    {"named entity that is also mapped", "l&rsquo;usine&nbsp;!", "l'usine !"},
    {"unknown or broken entities stay", "AT&T &foo; & ;&#;", "AT&T &foo; & ;&#;"},
    {"zero-width space between words becomes a space", "mot\u200bsuivant", "mot suivant"},
    {"soft hyphen and word joiner are removed", "trans\u00aditi\u2060on", "transition"},
    {"BOM is removed", "\ufeffBonjour", "Bonjour"},
    {"directional mark ends a URL", "https://t.co/abc\u200eSuite", "https://t.co/abc Suite"},
    {"directional marks next to spaces vanish", "a \u200f\u200eb", "a b"},
    {"ZWJ emoji sequence is kept", "\U0001F469\u200d\U0001F4BB ok", "\U0001F469\u200d\U0001F4BB ok"},
    {"NFC composition", "e\u0301nergie", "\u00e9nergie"},
    {"CR LF becomes LF", "ligne\r\nsuite", "ligne\nsuite"},
    {"non-breaking hyphen", "Saint\u2011\u00c9tienne", "Saint-\u00c9tienne"},
    {"case and accents are kept", "#Transition\u00c9nerg\u00e9tique", "#Transition\u00c9nerg\u00e9tique"},
};

TEST_SUITE("Normalizer") {
  TEST_CASE("normalizes French post text rule by rule") {
    for (const NormalizeCase& c : kNormalizeCases) {
      const std::string name = c.name;
      CAPTURE(name);
      CHECK(TheNormalizer().Normalize(c.input).text == std::string(c.expected));
    }
  }

  TEST_CASE("replaces ill-formed UTF-8 with U+FFFD and counts it") {
    std::string broken = "caf\xc3 cr\xe9me \xff\xfe fin\xe2\x82";
    NormalizedText n = TheNormalizer().Normalize(broken);
    CHECK(n.invalid_utf8 == 5);  // \xc3, \xe9, \xff, \xfe, \xe2\x82
    CHECK(n.text == "caf\ufffd cr\ufffdme \ufffd\ufffd fin\ufffd");
    CHECK(n.to_original.size() == n.text.size() + 1);
  }

  TEST_CASE("maps every normalized byte back to the original") {
    std::string original = "R&amp;D\u00a0: l\u2019\u00e9quipe e\u0301lue \u200b1\u202f200";
    NormalizedText n = TheNormalizer().Normalize(original);
    REQUIRE(n.text == "R&D : l'\u00e9quipe \u00e9lue 1 200");
    REQUIRE(n.to_original.size() == n.text.size() + 1);
    // "&" came from "&amp;"
    auto amp = n.OriginalSpan(1, 2);
    CHECK(original.substr(amp.first, amp.second - amp.first) == "&amp;");
    // "l'équipe" spans the typographic apostrophe
    std::size_t at = n.text.find("l'");
    auto word = n.OriginalSpan(at, at + std::string("l'\u00e9quipe").size());
    CHECK(original.substr(word.first, word.second - word.first) == "l\u2019\u00e9quipe");
    // "élue" was composed from e + combining acute
    at = n.text.find("\u00e9lue");
    auto composed = n.OriginalSpan(at, at + std::string("\u00e9lue").size());
    CHECK(original.substr(composed.first, composed.second - composed.first) == "e\u0301lue");
    // "1 200" with the narrow no-break space
    at = n.text.find("1 200");
    auto number = n.OriginalSpan(at, at + 5);
    CHECK(original.substr(number.first, number.second - number.first) == "1\u202f200");
    // Offsets never decrease.
    for (std::size_t i = 1; i < n.to_original.size(); ++i) {
      CHECK(n.to_original[i - 1] <= n.to_original[i]);
    }
  }

  TEST_CASE("handles a 100 KB post") {
    std::string big;
    while (big.size() < 100 * 1024) big += "L\u2019\u00e9quipe recrute 1\u00a0200 personnes &amp; plus. ";
    NormalizedText n = TheNormalizer().Normalize(big);
    CHECK(n.invalid_utf8 == 0);
    CHECK(n.text.size() < big.size());
    CHECK(n.to_original.back() == big.size());
  }

  TEST_CASE("empty input gives empty output") {
    NormalizedText n = TheNormalizer().Normalize("");
    CHECK(n.text.empty());
    REQUIRE(n.to_original.size() == 1);
    CHECK(n.to_original[0] == 0);
  }

  TEST_CASE("case folding is full Unicode folding with NFKC") {
    CHECK(TheNormalizer().CaseFold("\u00c9NERGIE Stra\u00dfe") == "\u00e9nergie strasse");
    CHECK(TheNormalizer().CaseFold("\ufb01nance") == "finance");
    CHECK(TheNormalizer().CaseFold("ASCII Only") == "ascii only");
    CHECK(TheNormalizer().CaseFold("\u0152UVRE") == "\u0153uvre");
  }

  TEST_CASE("accent stripping keeps letters that are not accents") {
    CHECK(TheNormalizer().StripAccents("\u00e9nerg\u00e9tique") == "energetique");
    CHECK(TheNormalizer().StripAccents("\u00e7a o\u00f9 na\u00efve \u00eele") == "ca ou naive ile");
    CHECK(TheNormalizer().StripAccents("\u0153uvre") == "\u0153uvre");
    CHECK(TheNormalizer().StripAccents("plain") == "plain");
  }
}

}  // namespace
}  // namespace redite::text
