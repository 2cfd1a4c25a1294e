// End-to-end: `redite profile` on the demo corpus (corpus/demo), in text,
// JSON and HTML; the counts it prints are checked against the stored posts.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "e2e/demo_corpus.h"
#include "ingest/dates.h"
#include "redite/store/feed_store.h"
#include "test_support.h"

namespace redite {
namespace {

using testing::Quote;
using testing::ReadFile;
using testing::Redite;
using testing::SourcePath;
using testing::TempDir;

// The whole demo year, and one month of it.
constexpr const char* kYear = " --since 2025-11-01 --until 2026-11-01";
constexpr const char* kMonth = " --since 2026-01-01 --until 2026-02-01";

std::string Db() { return " " + testing::DemoDb(); }

std::string Profile(const std::string& period) {
  return "profile" + Db() + " --person @MathildeVarenne --corporate @Helvion_Groupe" + period;
}

std::int64_t Utc(int y, unsigned m, unsigned d) { return ingest::DaysFromCivil(y, m, d) * 86400; }

// The stored posts of an account in [since, until), read without redite profile.
std::vector<Post> StoredPosts(FeedStore* store, const std::string& handle, std::int64_t since,
                              std::int64_t until) {
  auto accounts = store->FindAccountsByHandle(handle);
  REQUIRE(accounts.ok());
  REQUIRE(accounts->size() == 1);
  PostQuery query;
  query.account_id = accounts->front().id;
  query.since = since;
  query.until = until;
  auto posts = store->ListPosts(query);
  REQUIRE(posts.ok());
  return *posts;
}

// How many of `posts` have the hashtag `key` (entities: case and accents folded).
std::int64_t PostsWithHashtag(FeedStore* store, const std::vector<Post>& posts,
                              const std::string& key) {
  std::int64_t n = 0;
  for (const Post& p : posts) {
    auto entities = store->GetEntities(p.id);
    REQUIRE(entities.ok());
    const auto& tags = entities->hashtags;
    n += std::find(tags.begin(), tags.end(), key) != tags.end();
  }
  return n;
}

}  // namespace

TEST_SUITE("e2e profile") {
  TEST_CASE("profile --format json: the documented fields, and counts that match the stored posts") {
    std::string out, err;
    int rc = Redite(Profile(kYear) + " --format json --top 10 --min-count 2", &out, &err);
    REQUIRE_MESSAGE(rc == 0, err);
    nlohmann::json j = nlohmann::json::parse(out);
    CHECK(j.at("tool") == "redite");
    CHECK(j.at("person") == nlohmann::json::array({"MathildeVarenne"}));
    CHECK(j.at("corporate") == nlohmann::json::array({"Helvion_Groupe"}));
    CHECK(j.at("since") == "2025-11-01T00:00:00Z");
    CHECK(j.at("until") == "2026-11-01T00:00:00Z");
    CHECK(j.at("min_count") == 2);

    auto store = FeedStore::Open(testing::Demo().path, {});
    REQUIRE(store.ok());
    const std::int64_t since = Utc(2025, 11, 1), until = Utc(2026, 11, 1);
    std::vector<Post> person = StoredPosts(store->get(), "MathildeVarenne", since, until);
    std::vector<Post> corporate = StoredPosts(store->get(), "Helvion_Groupe", since, until);
    CHECK(j.at("person_posts") == person.size());
    CHECK(j.at("corporate_posts") == corporate.size());

    for (std::string kind : {"subject", "lemma", "hashtag", "domain"}) {
      CAPTURE(kind);
      const nlohmann::json& k = j.at("kinds").at(kind);
      for (const char* list : {"person", "corporate", "shared"}) {
        REQUIRE(k.at(list).is_array());
        CHECK(k.at(list).size() <= 10);
      }
      // The person's list: z >= 1.96, highest first, in at least 2 person posts.
      // The demo CEO has distinctive words and hashtags (#Lecture, #Management).
      if (kind == "lemma" || kind == "hashtag") CHECK_FALSE(k.at("person").empty());
      if (kind != "domain") CHECK_FALSE(k.at("corporate").empty());
      double previous = 1e300;
      for (const nlohmann::json& t : k.at("person")) {
        CAPTURE(t.dump());
        CHECK(t.at("z").get<double>() >= 1.96);
        CHECK(t.at("z").get<double>() <= previous);
        CHECK(t.at("delta").get<double>() > 0);
        CHECK(t.at("person_posts").get<std::int64_t>() >= 2);
        CHECK(t.at("person_posts").get<std::int64_t>() <= static_cast<std::int64_t>(person.size()));
        previous = t.at("z").get<double>();
      }
      previous = -1e300;
      for (const nlohmann::json& t : k.at("corporate")) {
        CHECK(t.at("z").get<double>() <= -1.96);
        CHECK(t.at("z").get<double>() >= previous);
        CHECK(t.at("corporate_posts").get<std::int64_t>() >= 2);
        previous = t.at("z").get<double>();
      }
      for (const nlohmann::json& t : k.at("shared")) {
        CHECK(std::abs(t.at("z").get<double>()) < 1.96);
      }
    }

    // Each listed hashtag's counts are the posts of each side holding it.
    const nlohmann::json& hashtags = j["kinds"]["hashtag"];
    std::size_t checked = 0;
    for (const char* list : {"person", "corporate", "shared"}) {
      for (const nlohmann::json& t : hashtags.at(list)) {
        std::string key = t.at("key");
        CAPTURE(key);
        CHECK(t.at("term").get<std::string>().front() == '#');
        CHECK(t.at("person_posts") == PostsWithHashtag(store->get(), person, key));
        CHECK(t.at("corporate_posts") == PostsWithHashtag(store->get(), corporate, key));
        ++checked;
      }
    }
    CHECK(checked >= 5);

    // The campaign hashtag is the company's (README of the demo corpus).
    bool recrute = false;
    for (const nlohmann::json& t : hashtags.at("corporate")) recrute |= t.at("key") == "helvionrecrute";
    CHECK(recrute);

    // Echoes by month: the 12 months of the year, posts summing to the person's.
    const nlohmann::json& monthly = j.at("monthly_echoes");
    REQUIRE(monthly.size() == 12);
    CHECK(monthly.front().at("month") == "2025-11");
    CHECK(monthly.back().at("month") == "2026-10");
    std::int64_t posts = 0, echoing = 0;
    for (const nlohmann::json& m : monthly) {
      posts += m.at("posts").get<std::int64_t>();
      echoing += m.at("echoing").get<std::int64_t>();
      CHECK(m.at("echoing").get<std::int64_t>() <= m.at("posts").get<std::int64_t>());
    }
    CHECK(posts == static_cast<std::int64_t>(person.size()));
    CHECK(echoing > 0);
  }

  TEST_CASE("profile --format text: the lists per kind and the months, in aligned columns") {
    std::string out, err;
    int rc = Redite(Profile(kMonth) + " --top 5", &out, &err);
    REQUIRE_MESSAGE(rc == 0, err);
    CHECK(out.find("Editorial-line profile: @MathildeVarenne") != std::string::npos);
    CHECK(out.find("Subjects (two-word terms)") != std::string::npos);
    CHECK(out.find("Hashtags") != std::string::npos);
    CHECK(out.find("Distinctive of @Helvion_Groupe") != std::string::npos);
    CHECK(out.find("Said alike by both") != std::string::npos);
    CHECK(out.find("2026-01 ") != std::string::npos);
    CHECK(out.find("2025-12 ") == std::string::npos);
    CHECK(err.empty());
  }

  TEST_CASE("profile --format html -o: one self-contained page with the profile section") {
    std::string file = TempDir() + "/profile.html";
    std::string out, err;
    int rc = Redite(Profile(kYear) + " --format html -o " + Quote(file), &out, &err);
    REQUIRE_MESSAGE(rc == 0, err);
    CHECK(out.empty());
    std::string html = ReadFile(file);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<section id=\"profile\">") != std::string::npos);
    CHECK(html.find("</section>") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http://") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("<svg class=\"bar person\"") != std::string::npos);
    CHECK(html.find("@MathildeVarenne") != std::string::npos);
    CHECK(html.find("#Lecture") != std::string::npos);
    CHECK(html.find("<td class=\"term\">2026-10</td>") != std::string::npos);
    CHECK(err.find("written to") != std::string::npos);
  }

  TEST_CASE("profile: bad input is a one-line error with exit code 2") {
    struct Case {
      std::string args;
      std::string expected;
    };
    const Case cases[] = {
        {"profile" + Db() + " --person @nobody --corporate @Helvion_Groupe" + std::string(kYear),
         "unknown account @nobody"},
        {Profile(" --since 2026-03-01 --until 2026-01-01"), "the period is empty"},
        {Profile(" --since 2019-01-01 --until 2019-02-01"),
         "person @MathildeVarenne: no posts between 2019-01-01"},
        {Profile(kYear) + " --min-count 0", "--min-count 0"},
        {Profile(kYear) + " --prior-size 0", "--prior-size 0"},
        {Profile(kYear) + " --min-z -1", "--min-z -1"},
        {Profile(kYear) + " --format csv", "--format"},
        {"profile --db " + Quote(TempDir() + "/absent.db"), "no such database"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.args);
      std::string out, err;
      int rc = Redite(c.args, &out, &err);
      CHECK(rc == 2);
      CHECK(out.empty());
      CHECK(err.find(c.expected) != std::string::npos);
      CHECK(std::count(err.begin(), err.end(), '\n') == 1);
    }
  }
}

}  // namespace redite
