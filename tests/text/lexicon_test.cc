#include "redite/text/lexicon.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace redite::text {
namespace {

// One Lexicon for the whole suite: Open() reads Hunspell's dictionary and
// the first SegmentHashtag() builds the trie, which takes a fraction of a second.
Lexicon& SharedLexicon() {
  static std::unique_ptr<Lexicon> lexicon = [] {
    auto opened = Lexicon::Open(LexiconOptions());
    REQUIRE_MESSAGE(opened.ok(), opened.status().ToString());
    return std::move(*opened);
  }();
  return *lexicon;
}

std::string Join(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : "|") + word;
  return joined;
}

}  // namespace

TEST_SUITE("Lexicon") {
  TEST_CASE("lemmas of real French tweet words") {
    struct Case {
      const char* word;
      const char* lemma;
    };
    static const Case kCases[] = {
        // Verb forms -> infinitive.
        {"recrutons", "recruter"},
        {"annoncé", "annoncer"},
        {"annoncée", "annoncer"},
        {"lançons", "lancer"},
        {"accorderons", "accorder"},
        {"jouent", "jouer"},
        {"vont", "aller"},
        {"peuvent", "pouvoir"},
        {"faut", "falloir"},
        {"devons", "devoir"},      // not the noun "devon"
        {"savons", "savoir"},      // not the noun "savon"
        // être and avoir win over the homograph nouns.
        {"est", "être"},
        {"était", "être"},
        {"sommes", "être"},
        {"sont", "être"},
        {"été", "être"},
        {"a", "avoir"},
        {"ont", "avoir"},
        // Nouns keep the singular; a noun wins over a participle or a rare verb form.
        {"apprentis", "apprenti"},
        {"emplois", "emploi"},
        {"entreprises", "entreprise"},
        {"sortie", "sortie"},
        {"président", "président"},
        {"crise", "crise"},
        {"fois", "fois"},
        {"élections", "élection"},
        // Adjectives: masculine singular.
        {"financières", "financier"},
        {"électorales", "électoral"},
        {"jeunes", "jeune"},
        // Grammatical words.
        {"les", "le"},
        {"dans", "dans"},
        // Apostrophe straightened; proper nouns lowercased.
        {"aujourd'hui", "aujourd'hui"},
        {"france", "france"},
        {"europe", "europe"},
        // Hyphenated words Hunspell does not list: the last part is lemmatized.
        {"co-organisé", "co-organiser"},
        {"sous-dotés", "sous-doter"},
    };
    Lexicon& lexicon = SharedLexicon();
    for (const Case& c : kCases) {
      const std::string word = c.word;
      CAPTURE(word);
      CHECK(lexicon.Lemma(word) == std::string(c.lemma));
      CHECK(lexicon.InDictionary(word));
    }
  }

  TEST_CASE("words Hunspell does not know get the Snowball stem") {
    struct Case {
      const char* word;
      const char* stem;
    };
    static const Case kCases[] = {
        {"energetique", "energet"},  // accent-less spelling
        {"macronistes", "macron"},
        {"zemmouriens", "zemmourien"},
    };
    Lexicon& lexicon = SharedLexicon();
    for (const Case& c : kCases) {
      const std::string word = c.word;
      CAPTURE(word);
      CHECK_FALSE(lexicon.InDictionary(word));
      CHECK(lexicon.Lemma(word) == std::string(c.stem));
    }
  }

  TEST_CASE("the cache returns the same lemma, also when it is full or off") {
    LexiconOptions options;
    options.lemma_cache_size = 2;
    auto small = Lexicon::Open(options);
    REQUIRE(small.ok());
    options.lemma_cache_size = 0;
    auto uncached = Lexicon::Open(options);
    REQUIRE(uncached.ok());
    for (int round = 0; round < 2; ++round) {
      for (const std::string word : {"recrutons", "emplois", "energetique", "sommes"}) {
        CAPTURE(word);
        CHECK((*small)->Lemma(word) == SharedLexicon().Lemma(word));
        CHECK((*uncached)->Lemma(word) == SharedLexicon().Lemma(word));
      }
    }
    CHECK(SharedLexicon().Lemma("").empty());
  }

  TEST_CASE("stopwords match with and without accents") {
    struct Case {
      const char* word;
      bool stopword;
    };
    static const Case kCases[] = {
        {"le", true},       {"l", true},         {"qu", true},      {"jusqu", true},
        {"lorsqu", true},   {"à", true},         {"a", true},       {"où", true},
        {"ou", true},       {"était", true},     {"etait", true},   {"été", true},
        {"ete", true},      {"déjà", true},      {"deja", true},    {"ça", true},
        {"ca", true},       {"pas", true},       {"jamais", true},  {"ne", true},
        {"sommes", true},   {"auraient", true},  {"nous", true},
        // Content words stay out, even frequent ones.
        {"entreprise", false}, {"emploi", false}, {"france", false}, {"faire", false},
        {"personne", false},   {"point", false},  {"recrutons", false}, {"", false},
    };
    Lexicon& lexicon = SharedLexicon();
    for (const Case& c : kCases) {
      const std::string word = c.word;
      CAPTURE(word);
      CHECK(lexicon.IsStopword(word) == c.stopword);
    }
  }

  TEST_CASE("extra stopwords are added, lowercased") {
    LexiconOptions options;
    options.extra_stopwords = {"Axa", "rt"};
    auto lexicon = Lexicon::Open(options);
    REQUIRE(lexicon.ok());
    CHECK((*lexicon)->IsStopword("axa"));
    CHECK((*lexicon)->IsStopword("rt"));
    CHECK_FALSE(SharedLexicon().IsStopword("axa"));
  }

  TEST_CASE("segments hashtags by case, digits, underscores and the dictionary") {
    struct Case {
      const char* body;
      const char* words;  // joined with '|'
    };
    static const Case kCases[] = {
        // Case changes.
        {"TransitionÉnergétique", "transition|énergétique"},
        {"ChoisirLaFrance", "choisir|la|france"},
        {"FrenchTech", "french|tech"},
        {"DimancheJeVoteMarine", "dimanche|je|vote|marine"},
        {"RTLMatin", "rtl|matin"},
        {"IAgénérative", "ia|générative"},
        {"FaceABaba", "face|a|baba"},
        // Letters and digits; ordinal suffixes stay with their number.
        {"COP28", "cop|28"},
        {"JO2024", "jo|2024"},
        {"Pecresse2022", "pecresse|2022"},
        {"MarchePourLa6eRepublique", "marche|pour|la|6e|republique"},
        {"COVID19", "covid|19"},
        // Underscores.
        {"emploi_des_jeunes", "emploi|des|jeunes"},
        // No case cue: the dictionary, without accents, keeping the letters as written.
        {"transitionenergetique", "transition|energetique"},
        {"transitionénergétique", "transition|énergétique"},
        {"nousrecrutons", "nous|recrutons"},
        {"Nousrecrutons", "nous|recrutons"},
        {"emploidesjeunes", "emploi|des|jeunes"},
        {"choisirlafrance", "choisir|la|france"},
        {"voeuxmacron", "voeux|macron"},
        {"NOUSRECRUTONS", "nous|recrutons"},
        {"Restezchezvous", "restez|chez|vous"},
        {"fetedelamusique", "fete|de|la|musique"},          // "de la", not "delà"
        {"salondelagriculture", "salon|de|l|agriculture"},  // elided article
        // Whole: a word, an acronym, a name, an English tag.
        {"bienvenue", "bienvenue"},
        {"Bienvenue", "bienvenue"},
        {"nucléaire", "nucléaire"},
        {"IA", "ia"},
        {"RSE", "rse"},
        {"OTAN", "otan"},
        {"EHPAD", "ehpad"},
        {"Melenchon", "melenchon"},
        {"Castex", "castex"},  // a name, not "cas" + "tex"
        {"hybridworking", "hybridworking"},
        // Nothing to keep.
        {"", ""},
        {"___", ""},
    };
    const Lexicon& lexicon = SharedLexicon();
    for (const Case& c : kCases) {
      const std::string body = c.body;
      CAPTURE(body);
      CHECK(Join(lexicon.SegmentHashtag(body)) == std::string(c.words));
    }
  }

  TEST_CASE("segments hashtags with decomposed accents and ill-formed UTF-8") {
    const Lexicon& lexicon = SharedLexicon();
    // "Énergie" + "Verte" with the accent as a combining mark (NFD).
    CHECK(Join(lexicon.SegmentHashtag("E\xcc\x81nergieVerte")) == "e\xcc\x81nergie|verte");
    // A stray byte separates like an underscore.
    CHECK(Join(lexicon.SegmentHashtag("emploi\xff" "jeunes")) == "emploi|jeunes");
  }

  TEST_CASE("concurrent first calls to SegmentHashtag build the dictionary once") {
    auto opened = Lexicon::Open(LexiconOptions());
    REQUIRE(opened.ok());
    const Lexicon& lexicon = **opened;
    std::vector<std::string> results(2);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
      threads.emplace_back([&, t] { results[t] = Join(lexicon.SegmentHashtag("nousrecrutons")); });
    }
    for (std::thread& thread : threads) thread.join();
    CHECK(results[0] == "nous|recrutons");
    CHECK(results[1] == "nous|recrutons");
  }

  TEST_CASE("Open names the missing file") {
    LexiconOptions options;
    options.hunspell_dic = "/nonexistent/fr_FR.dic";
    auto missing_dic = Lexicon::Open(options);
    REQUIRE_FALSE(missing_dic.ok());
    CHECK(missing_dic.status().code() == Status::Code::kNotFound);
    CHECK(missing_dic.status().message().find("/nonexistent/fr_FR.dic") != std::string::npos);

    options = LexiconOptions();
    options.stopwords_path = "/nonexistent/stopwords.txt";
    auto missing_stopwords = Lexicon::Open(options);
    REQUIRE_FALSE(missing_stopwords.ok());
    CHECK(missing_stopwords.status().message().find("/nonexistent/stopwords.txt") !=
          std::string::npos);
  }

  TEST_CASE("Open refuses a dictionary that is not French") {
    LexiconOptions options;
    options.hunspell_aff = "/usr/share/hunspell/en_US.aff";
    options.hunspell_dic = "/usr/share/hunspell/en_US.dic";
    if (!testing::ReadFile(options.hunspell_dic).empty()) {
      auto english = Lexicon::Open(options);
      REQUIRE_FALSE(english.ok());
      CHECK(english.status().code() == Status::Code::kCorruption);
    }
  }
}

}  // namespace redite::text
