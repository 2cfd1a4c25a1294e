#include "ingest/post_features.h"

#include <doctest/doctest.h>

#include <string>

namespace redite::ingest {
namespace {

text::Entity Url(std::string written, std::string canonical) {
  text::Entity e;
  e.type = text::EntityType::kUrl;
  e.text = std::move(written);
  e.value = std::move(canonical);
  return e;
}

text::Token MakeToken(text::TokenType type, std::string norm, std::string key, double value = 0) {
  text::Token t;
  t.type = type;
  t.norm = std::move(norm);
  t.key = std::move(key);
  t.value = value;
  return t;
}

// Stands in for text::CanonicalUrl: marks what went through it.
std::string Canon(std::string_view url) { return "canon(" + std::string(url) + ")"; }

}  // namespace

TEST_SUITE("PostFeatures") {
  TEST_CASE("links: expanded short links, canonical ones, and expansions not shown") {
    Post post;
    post.link_expansions = {{"https://t.co/AbC", "https://www.exemple.fr/emploi?utm_source=x"},
                            {"exemple.fr/annonce…", "https://exemple.fr/annonce-complete"},
                            {"https://t.co/Hidden", "https://exemple.fr/photo"}};
    text::Analysis a;
    a.entities = {Url("https://t.co/AbC", "https://t.co/AbC"),
                  Url("exemple.fr/annonce", "https://exemple.fr/annonce"),
                  Url("https://Autre.fr/x#frag", "https://autre.fr/x"),
                  Url("https://autre.fr/x", "https://autre.fr/x")};
    PostEntities e = EntitiesFromAnalysis(a, post, Canon);
    CHECK(e.links == std::vector<std::string>{
                         "canon(https://www.exemple.fr/emploi?utm_source=x)",
                         "canon(https://exemple.fr/annonce-complete)", "https://autre.fr/x",
                         "canon(https://exemple.fr/photo)"});
  }

  TEST_CASE("hashtags by accent-insensitive key, mentions by case-folded handle, figures") {
    Post post;
    text::Analysis a;
    using text::TokenType;
    a.tokens = {MakeToken(TokenType::kHashtag, "transitionénergétique", "transitionenergetique"),
                MakeToken(TokenType::kWord, "recrutons", "recrutons"),
                MakeToken(TokenType::kHashtag, "transitionenergetique", "transitionenergetique"),
                MakeToken(TokenType::kMention, "entreprise_sa", "entreprise_sa"),
                MakeToken(TokenType::kNumber, "1200", "1200", 1200),
                MakeToken(TokenType::kPercentage, "12%", "12%", 12),
                MakeToken(TokenType::kNumber, "1200", "1200", 1200),
                MakeToken(TokenType::kNumber, "2400000000€", "2400000000€", 2.4e9)};
    PostEntities e = EntitiesFromAnalysis(a, post, Canon);
    CHECK(e.hashtags == std::vector<std::string>{"transitionenergetique"});
    CHECK(e.mentions == std::vector<std::string>{"entreprise_sa"});
    CHECK(e.figures == std::vector<Figure>{{"1200", 1200}, {"12%", 12}, {"2400000000€", 2.4e9}});
    CHECK(e.links.empty());
  }
}

}  // namespace redite::ingest
