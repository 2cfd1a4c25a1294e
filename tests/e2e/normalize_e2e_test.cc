// End-to-end: `redite normalize` and `redite score` run by the built binary.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "redite/ingest/importer.h"
#include "test_support.h"

namespace redite {
namespace {

using testing::RediteBinary;
using testing::RunCommand;
using testing::TempDir;

// The real French feeds of ../shared/data/tweets-fr.
const char* const kFeeds[] = {
    "tweets-fr/presidentielle2022/MLP_officiel.csv", "tweets-fr/presidentielle2022/JLMelenchon.csv",
    "tweets-fr/presidentielle2022/vpecresse.csv",    "tweets-fr/debat2017/tweets_debat.csv",
    "tweets-fr/debat2017/tweets_debat_20170404.csv", "tweets-fr/axa/axa.csv",
    "tweets-fr/saegus/saegus_tweets.json",
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_SUITE("e2e normalize") {
  TEST_CASE("normalize reads every post of the real French feeds") {
    std::vector<std::string> posts;
    for (const char* feed : kFeeds) {
      auto path = testing::SharedData(feed);
      if (!path) return;
      std::string content = testing::ReadFile(*path);
      auto parsed = ingest::ParseFeed(content, ingest::ParseOptions(), [&](Post&& p) {
        // One post per line: line breaks inside a post become spaces.
        for (char& c : p.text) {
          if (c == '\n' || c == '\r') c = ' ';
        }
        posts.push_back(std::move(p.text));
        return Status::OK();
      });
      REQUIRE_MESSAGE(parsed.ok(), feed << ": " << parsed.status().message());
    }
    REQUIRE(posts.size() > 13000);
    std::string input = TempDir() + "/posts.txt";
    {
      std::ofstream out(input, std::ios::binary);
      for (const std::string& p : posts) out << p << '\n';
    }
    std::string out, err;
    int rc = RunCommand(RediteBinary() + " normalize " + input, &out, &err);
    REQUIRE_MESSAGE(rc == 0, err);
    std::vector<std::string> lines = Lines(out);
    REQUIRE(lines.size() == posts.size());
    std::size_t entities = 0, tokens = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      nlohmann::json j = nlohmann::json::parse(lines[i]);
      REQUIRE(j.at("original").get<std::string>() == posts[i]);
      for (const auto& e : j.at("entities")) {
        std::size_t start = e.at("start"), end = e.at("end");
        REQUIRE(end <= posts[i].size());
        // "text" is exactly the original bytes at start..end, sigil included.
        CHECK(posts[i].substr(start, end - start) == e.at("text").get<std::string>());
        ++entities;
      }
      for (const auto& t : j.at("tokens")) {
        CHECK(t.at("start").get<std::size_t>() <= t.at("end").get<std::size_t>());
        CHECK(t.at("end").get<std::size_t>() <= posts[i].size());
        ++tokens;
      }
    }
    MESSAGE(posts.size() << " posts, " << tokens << " tokens, " << entities << " entities");
    CHECK(entities > posts.size() / 2);
  }

  TEST_CASE("normalize reads stdin, reports entities as written, and rejects a missing file") {
    std::string out, err;
    int rc = RunCommand("printf 'L\\342\\200\\231\\303\\251quipe &amp; @Helvion #Emploi\\n' | " +
                            RediteBinary() + " normalize -",
                        &out, &err);
    REQUIRE_MESSAGE(rc == 0, err);
    nlohmann::json j = nlohmann::json::parse(out);
    CHECK(j["normalized"] == "L'\u00e9quipe & @Helvion #Emploi");
    REQUIRE(j["entities"].size() == 2);
    CHECK(j["entities"][0]["type"] == "mention");
    CHECK(j["entities"][0]["text"] == "@Helvion");
    CHECK(j["entities"][0]["start"] == 18);  // L(1) ’(3) équipe(7) space &amp;(5) space
    CHECK(j["entities"][1]["type"] == "hashtag");
    CHECK(j["entities"][1]["text"] == "#Emploi");
    rc = RunCommand(RediteBinary() + " normalize /nonexistent/posts.txt", &out, &err);
    CHECK(rc == 2);
    CHECK(err.find("/nonexistent/posts.txt") != std::string::npos);
  }

  TEST_CASE("normalize survives broken UTF-8 and keeps the JSON valid") {
    std::string input = TempDir() + "/broken.txt";
    {
      std::ofstream out(input, std::ios::binary);
      out << "caf\xc3 cr\xe9me #ok\n";
    }
    std::string out, err;
    int rc = RunCommand(RediteBinary() + " normalize " + input, &out, &err);
    REQUIRE(rc == 0);
    nlohmann::json j = nlohmann::json::parse(out);
    CHECK(j["invalid_utf8"] == 2);
  }
}

TEST_SUITE("e2e score") {
  TEST_CASE("score writes score and level per pair, in order") {
    std::string input = TempDir() + "/pairs.tsv";
    {
      std::ofstream out(input, std::ios::binary);
      out << "Nous recrutons 1 200 alternants cette ann\u00e9e #emploi\tNous recrutons 1\u00a0200 "
             "alternants cette ann\u00e9e !\n";
      out << "Nous recrutons 1 200 alternants\tLe conseil a approuv\u00e9 les comptes du "
             "semestre\n";
    }
    std::string out, err;
    int rc = RunCommand(RediteBinary() + " score " + input, &out, &err);
    REQUIRE_MESSAGE(rc == 0, err);
    std::vector<std::string> lines = Lines(out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].substr(lines[0].find('\t') + 1) == "duplicate");
    CHECK(lines[1].substr(lines[1].find('\t') + 1) == "distinct");
    double first = std::stod(lines[0]), second = std::stod(lines[1]);
    CHECK(first > second);
    rc = RunCommand("printf 'no tab here\\n' | " + RediteBinary() + " score -", &out, &err);
    CHECK(rc == 2);
    CHECK(err.find("line 1") != std::string::npos);
  }
}

}  // namespace redite
