#include "redite/text/tokens.h"

#include <doctest/doctest.h>

#include <string>

#include "redite/ingest/importer.h"
#include "test_support.h"

namespace redite::text {
namespace {

Analyzer& TheAnalyzer() {
  static std::unique_ptr<Analyzer> analyzer = [] {
    auto created = Analyzer::Create(AnalyzerOptions());
    REQUIRE_MESSAGE(created.ok(), created.status().ToString());
    return std::move(created).value();
  }();
  return *analyzer;
}

// "type:norm" of every token, joined by " | ".
std::string Summary(const Analysis& a) {
  std::string out;
  for (const Token& t : a.tokens) {
    if (!out.empty()) out += " | ";
    out += TokenTypeName(t.type);
    out += ':';
    out += t.norm;
  }
  return out;
}

// Every token with its type, matching form and original span.
std::string Detailed(const Analysis& a) {
  std::string out;
  for (const Token& t : a.tokens) {
    out += TokenTypeName(t.type);
    out += ':' + t.norm + '@' + std::to_string(t.start) + '-' + std::to_string(t.end) + ' ';
  }
  return out;
}

struct TokenCase {
  const char* name;
  const char* input;
  const char* expected;  // Summary()
};

const TokenCase kTokenCases[] = {
    // Elisions are split; words whose apostrophe belongs to them stay whole.
    {"elisions", "L\u2019entreprise qu\u2019on aime jusqu'\u00e0 aujourd\u2019hui",
     "word:l' | word:entreprise | word:qu' | word:on | word:aime | word:jusqu' | word:\u00e0 | "
     "word:aujourd'hui"},
    {"elision before a word with an apostrophe", "qu'aujourd'hui",
     "word:qu' | word:aujourd'hui"},
    {"words that keep their apostrophe", "quelqu'un au conseil de prud'hommes",
     "word:quelqu'un | word:au | word:conseil | word:de | word:prud'hommes"},
    {"presqu' and lorsqu'", "presqu'\u00eele lorsqu'il puisqu'elle quoiqu'on",
     "word:presqu' | word:\u00eele | word:lorsqu' | word:il | word:puisqu' | word:elle | "
     "word:quoiqu' | word:on"},
    {"capitalized elision", "J'AI D\u2019abord", "word:j' | word:ai | word:d' | word:abord"},
    // Numbers: every space variant, dots and commas.
    {"plain space thousands", "1 200 emplois", "number:1200 | word:emplois"},
    {"no-break space thousands", "1\u00a0200 emplois", "number:1200 | word:emplois"},
    {"narrow no-break space thousands", "1\u202f200 emplois", "number:1200 | word:emplois"},
    {"thin space thousands", "1\u2009200 emplois", "number:1200 | word:emplois"},
    {"dot thousands", "1.200 emplois", "number:1200 | word:emplois"},
    {"no separator", "1200 emplois", "number:1200 | word:emplois"},
    {"millions with spaces", "700\u00a0000 apprentis", "number:700000 | word:apprentis"},
    {"decimal comma", "3,5 tonnes", "number:3.5 | word:tonnes"},
    {"decimal dot", "version 2.5", "word:version | number:2.5"},
    {"year then figure are not merged", "en 2022 200 postes",
     "word:en | number:2022 | number:200 | word:postes"},
    {"range stays two numbers", "2020-2022", "number:2020 | punctuation:- | number:2022"},
    {"date with dots kept as written", "le 12.03.2024", "word:le | number:12.03.2024"},
    // Percentages.
    {"percent after a no-break space", "12\u00a0%", "percentage:12%"},
    {"percent with sign", "+12%", "percentage:12%"},
    {"negative decimal percent", "-3,5 %", "percentage:3.5%"},
    {"pour cent", "12 pour cent", "percentage:12%"},
    // Amounts.
    {"billions of euros abbreviated", "2,4\u00a0Md\u20ac", "number:2400000000\u20ac"},
    {"billions glued", "2,4Md\u20ac de CA", "number:2400000000\u20ac | word:de | word:ca"},
    {"milliard d'euros", "1,5 milliard d'euros",
     "number:1500000000\u20ac"},
    {"millions of euros", "3 M\u20ac", "number:3000000\u20ac"},
    {"euros after a figure", "200 euros", "number:200\u20ac"},
    {"millions without currency", "3 millions de clients",
     "number:3000000 | word:de | word:clients"},
    {"a distance is not a million", "100 m", "number:100 | word:m"},
    // Entities as tokens.
    {"hashtag mention url cashtag",
     "Merci @Helvion_Groupe #TransitionEnergetique $HLV https://t.co/AbC123",
     "word:merci | mention:helvion_groupe | hashtag:transitionenergetique | cashtag:hlv | "
     "url:https://t.co/AbC123"},
    {"tracking parameters dropped from URLs",
     "Lire https://www.example.fr/actu/usine?utm_source=twitter&id=4&utm_medium=social#haut",
     "word:lire | url:https://example.fr/actu/usine?id=4"},
    // Emoji and punctuation.
    {"emoji sequences are one token each",
     "Bravo \U0001F469\u200d\U0001F4BB\U0001F1EB\U0001F1F7\U0001F44D\U0001F3FD !",
     "word:bravo | emoji:\U0001F469\u200d\U0001F4BB | emoji:\U0001F1EB\U0001F1F7 | "
     "emoji:\U0001F44D\U0001F3FD | punctuation:!"},
    {"variation selector does not change the emoji", "\u2764\ufe0f \u2764",
     "emoji:\u2764 | emoji:\u2764"},
    {"inclusive writing is not a link to Spain", "Merci aux Fran\u00e7ais.es et aux \u00e9lu.ne.s",
     "word:merci | word:aux | word:fran\u00e7ais | punctuation:. | word:es | word:et | word:aux | "
     "word:\u00e9lu | punctuation:. | word:ne | punctuation:. | word:s"},
    {"a missing space after a full stop is not a link", "Bon travail.Je remercie",
     "word:bon | word:travail | punctuation:. | word:je | word:remercie"},
    {"a real link without scheme stays a link", "Voir helvion.fr et www.example.es",
     "word:voir | url:https://helvion.fr | word:et | url:https://example.es"},
    {"HTML entities decoded before tokens", "R&amp;D &gt; 3",
     "word:r | punctuation:& | word:d | punctuation:> | number:3"},
};

TEST_SUITE("Tokens") {
  TEST_CASE("segments French posts into typed tokens") {
    for (const TokenCase& c : kTokenCases) {
      const std::string name = c.name;
      CAPTURE(name);
      CHECK(Summary(TheAnalyzer().Analyze(c.input)) == std::string(c.expected));
    }
  }

  TEST_CASE("elision, accent and hashtag in one post map back to the original") {
    std::string post = "L\u2019\u00e9quipe qu\u2019on forme : #Transition\u00c9nerg\u00e9tique, 1\u202f200 postes \U0001F680";
    Analysis a = TheAnalyzer().Analyze(post);
    REQUIRE(a.tokens.size() >= 8);
    auto original = [&](const Token& t) { return post.substr(t.start, t.end - t.start); };
    CHECK(original(a.tokens[0]) == "L\u2019");
    CHECK(a.tokens[0].lemma == "le");
    CHECK(a.tokens[0].elided);
    CHECK(original(a.tokens[1]) == "\u00e9quipe");
    CHECK(a.tokens[1].key == "equipe");
    const Token* hashtag = nullptr;
    const Token* number = nullptr;
    for (const Token& t : a.tokens) {
      if (t.type == TokenType::kHashtag) hashtag = &t;
      if (t.type == TokenType::kNumber) number = &t;
    }
    REQUIRE(hashtag != nullptr);
    CHECK(original(*hashtag) == "#Transition\u00c9nerg\u00e9tique");
    CHECK(hashtag->norm == "transition\u00e9nerg\u00e9tique");
    CHECK(hashtag->key == "transitionenergetique");
    CHECK(hashtag->parts == std::vector<std::string>{"transition", "\u00e9nerg\u00e9tique"});
    CHECK(hashtag->part_lemma_keys == std::vector<std::string>{"transition", "energetique"});
    REQUIRE(number != nullptr);
    CHECK(original(*number) == "1\u202f200");
    CHECK(number->value == 1200);
    CHECK(original(a.tokens.back()) == "\U0001F680");
    CHECK(a.tokens.back().type == TokenType::kEmoji);
    REQUIRE(a.entities.size() == 1);
    CHECK(a.entities[0].text == "#Transition\u00c9nerg\u00e9tique");
    CHECK(post.substr(a.entities[0].start, a.entities[0].end - a.entities[0].start) ==
          a.entities[0].text);
  }

  TEST_CASE("entity offsets are bytes of the original, even after HTML entities") {
    std::string post = "R&amp;D &amp; @Helvion : https://t.co/xyz";
    Analysis a = TheAnalyzer().Analyze(post);
    REQUIRE(a.entities.size() == 2);
    CHECK(a.entities[0].type == EntityType::kMention);
    CHECK(a.entities[0].text == "@Helvion");
    CHECK(a.entities[0].start == post.find("@Helvion"));
    CHECK(a.entities[1].type == EntityType::kUrl);
    CHECK(a.entities[1].start == post.find("https"));
    CHECK(a.entities[1].end == post.size());
  }

  TEST_CASE("an all-lowercase hashtag meets the words written out") {
    Analysis tag = TheAnalyzer().Analyze("#transitionenergetique");
    Analysis words = TheAnalyzer().Analyze("la transition \u00e9nerg\u00e9tique");
    REQUIRE(tag.tokens.size() == 1);
    REQUIRE(words.tokens.size() == 3);
    CHECK(tag.tokens[0].part_lemma_keys ==
          std::vector<std::string>{words.tokens[1].lemma_key, words.tokens[2].lemma_key});
  }

  TEST_CASE("the fast path segments exactly like ICU") {
    AnalyzerOptions icu_only;
    icu_only.ascii_fast_path = false;
    auto reference = Analyzer::Create(icu_only);
    REQUIRE(reference.ok());
    std::vector<std::string> posts = {
        "COP28 2024 abc123 123abc (voir) [x] {y} \"cit\u00e9\" 50% a+b a/b a-b a*b a=b a<b>c",
        "Hello  world   two spaces\nnew line 3 M\u20ac 1 200 emplois 2,5 M 500k",
        "l'entreprise jusqu'\u00e0 aujourd'hui, fin. Fin: 1.200 3,5 14h30 1er 6e",
        "\U0001F680\U0001F680 a\u0301 \u00e9t\u00e9 \U0001F1EB\U0001F1F7 x \u200d y",
        "e-mail@exemple.fr $HLV #tag @user_name snake_case a_b 3_000",
        // Latin letters, French punctuation, mid characters in every position.
        "\u00c9tat \u0152uvre \u0153uf na\u00efve \u00e0 l'\u00c9tat d'\u00e9t\u00e9 sal\u00e9\u00b7es a\u00b7 \u00b7b",
        "a:b a: :b 12:30 \u00e9:\u00e9 1:a \u00ab cit\u00e9 \u00bb \u2026 \u2013 \u2014 12\u00b0C 3\u00d74 8\u00f72 5\u20ac",
        "1'000 U.S.A. e.g. 1.2.3 a.1 1.a 'cit\u00e9' l' ' .5 5. ,5 5, 1;2 a;b a,b 3,5% x'1 1'x",
        "Fran\u00e7ais.es travail.Je 2,5Md\u20ac \u0100\u017f \u00aa\u00b5 \u00a9 \u00ae \u00bd",
    };
    for (const auto& c : kTokenCases) posts.push_back(c.input);
    for (const char* feed : {"tweets-fr/presidentielle2022/MLP_officiel.csv",
                             "tweets-fr/presidentielle2022/JLMelenchon.csv",
                             "tweets-fr/presidentielle2022/vpecresse.csv",
                             "tweets-fr/debat2017/tweets_debat.csv",
                             "tweets-fr/axa/axa.csv", "tweets-fr/saegus/saegus_tweets.json"}) {
      auto path = testing::SharedData(feed);
      if (!path) return;
      std::string content = testing::ReadFile(*path);
      auto parsed = ingest::ParseFeed(content, ingest::ParseOptions(), [&](Post&& p) {
        posts.push_back(std::move(p.text));
        return Status::OK();
      });
      REQUIRE(parsed.ok());
    }
    std::size_t differ = 0;
    for (const std::string& p : posts) {
      std::string fast = Detailed(TheAnalyzer().Analyze(p));
      std::string slow = Detailed((*reference)->Analyze(p));
      if (fast != slow) {
        ++differ;
        CHECK_MESSAGE(fast == slow, "post: " << p);
      }
    }
    MESSAGE(posts.size() << " posts compared, " << differ << " differ");
    CHECK(differ == 0);
  }

  TEST_CASE("signed figures keep their sign in the value") {
    Analysis a = TheAnalyzer().Analyze("baisse : -3,5 % puis +12%");
    std::vector<double> values;
    for (const Token& t : a.tokens) {
      if (t.type == TokenType::kPercentage) values.push_back(t.value);
    }
    CHECK(values == std::vector<double>{-3.5, 12});
  }

  TEST_CASE("lemmas and stopwords come from the lexicon") {
    Analysis a = TheAnalyzer().Analyze("Nous recrutons et avons annonc\u00e9 nos emplois");
    REQUIRE(a.tokens.size() == 7);
    CHECK(a.tokens[0].stopword);            // nous
    CHECK(a.tokens[1].lemma == "recruter");
    CHECK_FALSE(a.tokens[1].stopword);
    CHECK(a.tokens[4].lemma == "annoncer");
    CHECK(a.tokens[6].lemma == "emploi");
  }

  TEST_CASE("broken UTF-8 and a 100 KB post do not crash") {
    Analysis broken = TheAnalyzer().Analyze("caf\xc3 #cr\xe9me \xff @x\xe2\x82");
    CHECK(broken.normalized.invalid_utf8 == 4);
    for (const Token& t : broken.tokens) {
      CHECK(t.start <= t.end);
      CHECK(t.end <= broken.original.size());
    }
    std::string big;
    while (big.size() < 100 * 1024) big += "Nous recrutons 1\u00a0200 personnes #Emploi https://t.co/a ";
    Analysis a = TheAnalyzer().Analyze(big);
    CHECK(a.tokens.size() > 10000);
    CHECK(a.tokens.back().end <= big.size());
  }
}

}  // namespace
}  // namespace redite::text
