#include "redite/text/entities.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace redite::text {
namespace {

const EntityExtractor& Extractor() {
  static const EntityExtractor extractor;
  return extractor;
}

// "type:text" for each entity, in order.
std::vector<std::string> Describe(const std::vector<Entity>& entities) {
  std::vector<std::string> out;
  for (const Entity& e : entities)
    out.push_back(std::string(EntityTypeName(e.type)) + ":" + e.text);
  return out;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : " | ") + item;
  return out;
}

struct ExtractCase {
  const char* rule;  // what the case shows
  std::string text;
  std::vector<std::string> expected;  // Describe() of Extract(text)
};

const std::vector<ExtractCase>& FrenchCases() {
  static const std::vector<ExtractCase> cases = {
      {"accented hashtag",
       "#TransitionÉnergétique : c'est maintenant.",
       {"hashtag:#TransitionÉnergétique"}},
      {"hashtag with é", "Un #café avec l'équipe", {"hashtag:#café"}},
      {"mentions after straight and typographic elisions",
       "Merci à l'@Entreprise et d’@Orange",
       {"mention:@Entreprise", "mention:@Orange"}},
      {"hashtag after a typographic apostrophe",
       "Lisez l’#innovation selon nous",
       {"hashtag:#innovation"}},
      {"emoji before and after hashtags",
       "🚀#Innovation et #Climat🌍",
       {"hashtag:#Innovation", "hashtag:#Climat"}},
      {"percentages and amounts are no cashtags", "Une hausse de 12 % et 12$ de plus, 5€", {}},
      {"currency cashtags", "Le $EUR recule face au $USD.", {"cashtag:$EUR", "cashtag:$USD"}},
      {"URL with tracking parameters",
       "Rendez-vous sur https://www.exemple.fr/article?utm_source=twitter&id=3 !",
       {"url:https://www.exemple.fr/article?utm_source=twitter&id=3"}},
      {"t.co link before an ellipsis",
       "Notre vidéo : https://t.co/AbCdEf1234…",
       {"url:https://t.co/AbCdEf1234"}},
      {"an e-mail address is neither mention nor URL", "Contact : presse@entreprise.fr", {}},
      {"retweet prefix",
       "RT @Entreprise: nos résultats du #T3",
       {"mention:@Entreprise", "hashtag:#T3"}},
      {"numeric hashtag",
       "#2022 n'est pas un hashtag, #Présidentielle2022 oui",
       {"hashtag:#Présidentielle2022"}},
      {"a URL wins over the hashtag in its fragment",
       "Voir https://exemple.fr/#ancre",
       {"url:https://exemple.fr/#ancre"}},
      {"list mention",
       "Avec @Entreprise/equipe-dirigeante",
       {"mention:@Entreprise/equipe-dirigeante"}},
      {"URLs without protocol in guillemets",
       "« lemonde.fr » et www.gouv.fr.",
       {"url:lemonde.fr", "url:www.gouv.fr"}},
      {"hashtag before a narrow no-break space", "#climat\u202F!", {"hashtag:#climat"}},
      {"no hashtag after '&'", "Q&#A", {}},
      {"accented screen names are not mentions (twitter-text)",
       "Rencontre avec @Président_2022 et @x",
       {"mention:@x"}},
      {"fullwidth sigils", "＃会議 ＠ユーザ", {"hashtag:＃会議"}},
      {"ill-formed UTF-8 is a separator", "caf\xE9 #ok", {"hashtag:#ok"}},
      {"sentence full stop after a domain",
       "Tout est sur entreprise.fr. Merci",
       {"url:entreprise.fr"}},
      {"file names are no URLs", "Le rapport.pdf et le bilan.docx", {}},
  };
  return cases;
}

TEST_SUITE("EntityExtractor") {
  TEST_CASE("the default extractor reads the Public Suffix List") {
    CHECK_MESSAGE(Extractor().status().ok(), Extractor().status().ToString());
  }

  TEST_CASE("extracts the entities of French posts") {
    for (const ExtractCase& c : FrenchCases()) {
      CHECK_MESSAGE(Join(Describe(Extractor().Extract(c.text))) == Join(c.expected), c.rule);
    }
  }

  TEST_CASE("entities are byte ranges of the input, sorted and disjoint") {
    for (const ExtractCase& c : FrenchCases()) {
      std::size_t previous_end = 0;
      for (const Entity& e : Extractor().Extract(c.text)) {
        CAPTURE(c.rule);
        CHECK(e.start >= previous_end);
        CHECK(e.end <= c.text.size());
        CHECK(e.text == c.text.substr(e.start, e.end - e.start));
        CHECK(e.text.ends_with(e.value + e.list_slug));
        previous_end = e.end;
      }
    }
  }

  TEST_CASE("offsets count bytes: the typographic apostrophe is 3 bytes") {
    const std::vector<Entity> e = Extractor().Extract("l’#innovation");
    REQUIRE(e.size() == 1);
    CHECK(e[0].start == 4);
    CHECK(e[0].end == 15);
    CHECK(e[0].value == "innovation");
  }

  TEST_CASE("a mention keeps its list slug apart") {
    const std::vector<Entity> e = Extractor().ExtractMentionsOrLists("@Entreprise/comex-2024 !");
    REQUIRE(e.size() == 1);
    CHECK(e[0].value == "Entreprise");
    CHECK(e[0].list_slug == "/comex-2024");
    CHECK(Extractor().ExtractMentions("@Entreprise/comex-2024 !").empty());
  }

  TEST_CASE("the reply screen name is the leading mention only") {
    CHECK(Extractor().ExtractReplyScreenName("@Entreprise bravo !") == "Entreprise");
    CHECK(Extractor().ExtractReplyScreenName("\u00A0@Entreprise bravo") == "Entreprise");
    CHECK(Extractor().ExtractReplyScreenName("Bravo @Entreprise").empty());
    CHECK(Extractor().ExtractReplyScreenName("").empty());
  }

  TEST_CASE("hashtags inside a URL are not hashtags") {
    CHECK(Extractor().ExtractHashtags("https://exemple.fr/#ancre #vrai").size() == 1);
  }

  TEST_CASE("without the Public Suffix List only punycode TLDs are found") {
    EntityExtractorOptions options;
    options.public_suffix_list = testing::TempDir() + "/absent.dat";
    const EntityExtractor degraded(options);
    CHECK_FALSE(degraded.status().ok());
    CHECK(degraded.status().message().find("absent.dat") != std::string::npos);
    CHECK(degraded.ExtractUrls("https://exemple.fr").empty());
    CHECK(degraded.ExtractUrls("https://exemple.xn--p1ai").size() == 1);
    CHECK(degraded.ExtractMentions("@Entreprise").size() == 1);
  }

  // Random mixes of sigils, URL pieces, accents, emoji, ill-formed bytes and
  // parentheses: no crash (the sanitizer build checks memory), and the
  // entities keep their contract.
  TEST_CASE("hostile input keeps the contract") {
    static const char* const kPieces[] = {
        "#",    "@",       "$",      ".",      "/", "(",   ")",    "http://", "https://t.co/",
        "www.", "exemple", "fr",     "com",    "é", "’",   "🚀",    "\xFF",    "\xE2\x82",
        " ",    "\n",      "RT",     ":",      "?", "=",   "&",    "-",       "_",
        "＃",   "＠",      "\u200D", "\uFE0F", "1", "EUR", "xn--", "。",      "\u2066"};
    uint32_t state = 12345;
    auto next = [&state] {
      state = state * 1103515245u + 12345u;
      return state >> 16;
    };
    for (int round = 0; round < 2000; ++round) {
      std::string text;
      const int pieces = 1 + static_cast<int>(next() % 40);
      for (int i = 0; i < pieces; ++i) text += kPieces[next() % std::size(kPieces)];
      std::size_t previous_end = 0;
      for (const Entity& e : Extractor().Extract(text)) {
        CAPTURE(text);
        REQUIRE(e.start >= previous_end);
        REQUIRE(e.end <= text.size());
        CHECK(e.text == text.substr(e.start, e.end - e.start));
        previous_end = e.end;
      }
      (void)CanonicalUrl(text);
      CHECK(WeightedTweetLength(text, Extractor()) >= 0);
    }
  }

  TEST_CASE("one extractor serves several threads") {
    const std::string post = "RT @Entreprise: #Climat https://t.co/AbCd $EUR";
    const std::vector<Entity> expected = Extractor().Extract(post);
    std::vector<std::thread> threads;
    std::vector<int> same(4, 0);
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        for (int i = 0; i < 200; ++i)
          same[t] += Describe(Extractor().Extract(post)) == Describe(expected);
      });
    }
    for (std::thread& t : threads) t.join();
    for (int n : same) CHECK(n == 200);
  }
}

struct UrlCase {
  const char* url;
  const char* canonical;
};

TEST_SUITE("CanonicalUrl") {
  TEST_CASE("one spelling per link") {
    static const UrlCase kCases[] = {
        {"HTTPS://WWW.Exemple.FR:443/Dossier/Page.html?utm_source=tw&b=2&a=1#haut",
         "https://exemple.fr/Dossier/Page.html?a=1&b=2"},
        {"http://exemple.fr:80/", "http://exemple.fr"},
        {"https://exemple.fr:8080/", "https://exemple.fr:8080"},
        {"http://exemple.fr:443/", "http://exemple.fr:443"},
        {"exemple.fr/a", "https://exemple.fr/a"},
        {"t.co/AbCd", "https://t.co/AbCd"},
        {"https://twitter.com/Entreprise/status/1?s=20&t=xyz",
         "https://twitter.com/Entreprise/status/1?t=xyz"},
        {"https://mobile.x.com/Entreprise/status/1?s=46",
         "https://mobile.x.com/Entreprise/status/1"},
        {"https://exemple.fr/recherche?s=climat", "https://exemple.fr/recherche?s=climat"},
        {"https://www.lemonde.fr/economie/"
         "article.html?xtor=RSS-3208&at_medium=social&at_campaign=x",
         "https://lemonde.fr/economie/article.html"},
        {"https://open.spotify.com/episode/x?si=abc", "https://open.spotify.com/episode/x"},
        {"https://exemple.fr/?fbclid=1&gclid=2&UTM_Medium=x", "https://exemple.fr"},
        {"https://exemple.fr/?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4&mkt_tok=5&yclid=6&igshid=7"
         "&msclkid=8&dclid=9&ref_src=twsrc",
         "https://exemple.fr"},
        {"https://ÉLYSÉE.fr/", "https://élysée.fr"},
        {"https://xn--lyse-9oad.fr/", "https://élysée.fr"},
        {"https://exemple.fr/a/", "https://exemple.fr/a/"},
        {"https://exemple.fr/Chemin/Avec/Casse", "https://exemple.fr/Chemin/Avec/Casse"},
        {"https://www.fr/", "https://www.fr"},
        {"https://exemple.fr/?b=2&a=1&&a=0", "https://exemple.fr?a=0&a=1&b=2"},
        {"  https://exemple.fr  ", "https://exemple.fr"},
        {"", ""},
    };
    for (const UrlCase& c : kCases) CHECK_MESSAGE(CanonicalUrl(c.url) == c.canonical, c.url);
  }

  TEST_CASE("the extracted and the shared spelling meet") {
    const std::vector<Entity> urls =
        Extractor().ExtractUrls("Lisez www.exemple.fr/article?utm_source=twitter");
    REQUIRE(urls.size() == 1);
    CHECK(CanonicalUrl(urls[0].value) == CanonicalUrl("https://exemple.fr/article#commentaires"));
  }
}

struct LengthCase {
  const char* rule;
  std::string text;
  int weighted_length;
};

TEST_SUITE("WeightedTweetLength") {
  TEST_CASE("counts French posts as X does") {
    static const std::vector<LengthCase> kCases = {
        {"Latin letters weigh 1", "Bonjour à tous !", 16},
        {"a URL weighs 23",
         "Lisez notre rapport : https://www.exemple.fr/un-article-tres-long-sur-la-transition", 45},
        {"the typographic apostrophe weighs 1, an emoji with skin tone 2",
         "Bravo à l’équipe 👏🏽", 19},
        {"NFC first: a decomposed é is one letter", "e\u0301te\u0301", 3},
        {"a flag is one emoji", "🇫🇷 Fier !", 9},
        {"an emoji-presentation symbol weighs 2", "Réunion à 10h ⏰", 16},
        {"a keycap is one emoji", "1️⃣ Innover", 10},
        {"guillemets weigh 1", "« 280 caractères »", 18},
        {"the ellipsis U+2026 weighs 2", "Suite…", 7},
        {"the narrow no-break space U+202F weighs 2", "Bonjour\u202F!", 10},
        {"blank", " \n ", 0},
    };
    for (const LengthCase& c : kCases) {
      CHECK_MESSAGE(WeightedTweetLength(c.text, Extractor()) == c.weighted_length, c.rule);
    }
  }

  TEST_CASE("a post over 280 is not valid") {
    std::string long_post;
    for (int i = 0; i < 281; ++i) long_post += "é";
    const TweetLength length = ParseTweetLength(long_post, Extractor());
    CHECK(length.weighted_length == 281);
    CHECK_FALSE(length.valid);
    CHECK(length.permillage == 1003);
    CHECK(ParseTweetLength("Bonjour", Extractor()).valid);
    CHECK_FALSE(ParseTweetLength("Bonjour\uFEFF", Extractor()).valid);
  }

  TEST_CASE("emoji sequences") {
    CHECK(EmojiSequenceLength("👨‍👩‍👧‍👦!", 0) == 25);
    CHECK(EmojiSequenceLength("👏🏽", 0) == 8);
    CHECK(EmojiSequenceLength("©", 0) == 0);
    CHECK(EmojiSequenceLength("©\uFE0F", 0) == 5);
    CHECK(EmojiSequenceLength("⌚\uFE0E", 0) == 0);
    CHECK(EmojiSequenceLength("1\u20E3", 0) == 4);
    CHECK(EmojiSequenceLength("1", 0) == 0);
    CHECK(EmojiSequenceLength("a🇫🇷", 1) == 8);
    CHECK(EmojiSequenceLength("é", 0) == 0);
    CHECK(EmojiSequenceLength("", 0) == 0);
  }
}

}  // namespace
}  // namespace redite::text
