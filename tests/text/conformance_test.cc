// twitter-text's conformance suite (../shared/data/twitter-text), run on
// EntityExtractor and ParseTweetLength: every case of the extraction and
// weighted-length sections, one TEST_CASE per section.
//
// The suite's indices count UTF-16 code units, as the Java and JS reference
// implementations do (validate.yml: 160 astral emoji end at display index
// 319; see "the suite's offsets are UTF-16 code units" below). No indexed case
// of extract.yml has an astral character before an entity, so code points
// would pass too. Our offsets are bytes; IndexPair converts them.
#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "redite/text/entities.h"
#include "test_support.h"
#include "text/tlds.h"

namespace redite::text {
namespace {

const EntityExtractor& Extractor() {
  static const EntityExtractor extractor;
  return extractor;
}

// The number of UTF-16 code units in text[0, byte).
std::size_t Utf16Index(std::string_view text, std::size_t byte) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;  // a lead byte; 4-byte -> surrogates
  }
  return units;
}

std::string IndexPair(std::string_view text, const Entity& e) {
  return "[" + std::to_string(Utf16Index(text, e.start)) + ", " +
         std::to_string(Utf16Index(text, e.end)) + "]";
}

std::string Join(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i > 0 ? " | " : "") + items[i];
  return out + "]";
}

std::vector<std::string> Values(const std::vector<Entity>& entities) {
  std::vector<std::string> out;
  for (const Entity& e : entities) out.push_back(e.value);
  return out;
}

std::vector<std::string> ExpectedValues(const YAML::Node& expected) {
  std::vector<std::string> out;
  for (const YAML::Node& v : expected) out.push_back(v.as<std::string>());
  return out;
}

// "value[ list_slug] [start, end]" for the actual entities, in UTF-16 indices.
std::vector<std::string> WithIndices(std::string_view text, const std::vector<Entity>& entities,
                                     bool with_slug) {
  std::vector<std::string> out;
  for (const Entity& e : entities) {
    out.push_back(e.value + (with_slug ? " '" + e.list_slug + "'" : "") + " " + IndexPair(text, e));
  }
  return out;
}

// The same for the expected entities, whose value is under `key`.
std::vector<std::string> ExpectedWithIndices(const YAML::Node& expected, const std::string& key,
                                             bool with_slug) {
  std::vector<std::string> out;
  for (const YAML::Node& e : expected) {
    out.push_back(e[key].as<std::string>() +
                  (with_slug ? " '" + e["list_slug"].as<std::string>() + "'" : "") + " [" +
                  std::to_string(e["indices"][0].as<int>()) + ", " +
                  std::to_string(e["indices"][1].as<int>()) + "]");
  }
  return out;
}

struct Outcome {
  std::string actual;
  std::string expected;
};

// Runs every case of `section` in `file`; `run` turns a case into comparable
// text. Reports "section: passed/total" and fails on each mismatch, naming
// the case's description.
void RunSection(const std::string& file, const std::string& section,
                const std::function<Outcome(const YAML::Node&)>& run) {
  const std::optional<std::string> path = testing::SharedData("twitter-text/" + file);
  if (!path) return;
  const YAML::Node cases = YAML::LoadFile(*path)["tests"][section];
  REQUIRE_MESSAGE(cases.IsSequence(), file << ": no section " << section);
  int passed = 0;
  for (const YAML::Node& test : cases) {
    const Outcome outcome = run(test);
    CHECK_MESSAGE(outcome.actual == outcome.expected,
                  section << ": " << test["description"].as<std::string>());
    passed += outcome.actual == outcome.expected ? 1 : 0;
  }
  MESSAGE(file << " " << section << ": " << passed << "/" << cases.size() << " passed");
}

// A section whose expected output is the list of values.
void RunValues(const std::string& section,
               const std::function<std::vector<Entity>(std::string_view)>& extract) {
  RunSection("extract.yml", section, [&](const YAML::Node& test) {
    const std::string text = test["text"].as<std::string>();
    return Outcome{Join(Values(extract(text))), Join(ExpectedValues(test["expected"]))};
  });
}

// A section whose expected output is a list of {key, indices[, list_slug]}.
void RunIndices(const std::string& section, const std::string& key, bool with_slug,
                const std::function<std::vector<Entity>(std::string_view)>& extract) {
  RunSection("extract.yml", section, [&](const YAML::Node& test) {
    const std::string text = test["text"].as<std::string>();
    return Outcome{Join(WithIndices(text, extract(text), with_slug)),
                   Join(ExpectedWithIndices(test["expected"], key, with_slug))};
  });
}

std::vector<Entity> Urls(std::string_view t) { return Extractor().ExtractUrls(t); }
std::vector<Entity> Mentions(std::string_view t) { return Extractor().ExtractMentions(t); }
std::vector<Entity> MentionsOrLists(std::string_view t) {
  return Extractor().ExtractMentionsOrLists(t);
}
std::vector<Entity> Hashtags(std::string_view t) { return Extractor().ExtractHashtags(t); }
std::vector<Entity> Cashtags(std::string_view t) { return Extractor().ExtractCashtags(t); }

// A twitter-text config/v*.json file.
std::optional<TweetLengthConfig> LoadConfig(const std::string& relative) {
  const std::optional<std::string> path = testing::SharedData(relative);
  if (!path) return std::nullopt;
  std::ifstream in(*path);
  const nlohmann::json json = nlohmann::json::parse(in);
  TweetLengthConfig config;
  config.max_weighted_tweet_length = json.at("maxWeightedTweetLength").get<int>();
  config.scale = json.at("scale").get<int>();
  config.default_weight = json.at("defaultWeight").get<int>();
  config.transformed_url_length = json.at("transformedURLLength").get<int>();
  config.emoji_parsing_enabled = json.value("emojiParsingEnabled", false);
  config.ranges.clear();
  for (const nlohmann::json& range : json.at("ranges")) {
    config.ranges.push_back({static_cast<char32_t>(range.at("start").get<std::uint32_t>()),
                             static_cast<char32_t>(range.at("end").get<std::uint32_t>()),
                             range.at("weight").get<int>()});
  }
  return config;
}

void RunWeighted(const std::string& section, const TweetLengthConfig& config) {
  RunSection("validate.yml", section, [&](const YAML::Node& test) {
    const TweetLength length =
        ParseTweetLength(test["text"].as<std::string>(), Extractor(), config);
    const YAML::Node& expected = test["expected"];
    std::ostringstream actual_text, expected_text;
    actual_text << "weightedLength " << length.weighted_length << ", valid " << length.valid
                << ", permillage " << length.permillage;
    expected_text << "weightedLength " << expected["weightedLength"].as<int>() << ", valid "
                  << expected["valid"].as<bool>() << ", permillage "
                  << expected["permillage"].as<int>();
    return Outcome{actual_text.str(), expected_text.str()};
  });
}

}  // namespace

TEST_SUITE("twitter-text conformance") {
  TEST_CASE("the extractor is healthy") {
    CHECK_MESSAGE(Extractor().status().ok(), Extractor().status().ToString());
  }

  TEST_CASE("extract.yml mentions") { RunValues("mentions", Mentions); }
  TEST_CASE("extract.yml mentions_with_indices") {
    RunIndices("mentions_with_indices", "screen_name", false, Mentions);
  }
  TEST_CASE("extract.yml mentions_or_lists_with_indices") {
    RunIndices("mentions_or_lists_with_indices", "screen_name", true, MentionsOrLists);
  }
  TEST_CASE("extract.yml replies") {
    RunSection("extract.yml", "replies", [](const YAML::Node& test) {
      const YAML::Node& expected = test["expected"];
      return Outcome{Extractor().ExtractReplyScreenName(test["text"].as<std::string>()),
                     expected.IsNull() ? "" : expected.as<std::string>()};
    });
  }
  TEST_CASE("extract.yml urls") { RunValues("urls", Urls); }
  TEST_CASE("extract.yml urls_with_indices") {
    RunIndices("urls_with_indices", "url", false, Urls);
  }
  TEST_CASE("extract.yml urls_with_directional_markers") {
    RunIndices("urls_with_directional_markers", "url", false, Urls);
  }
  TEST_CASE("extract.yml tco_urls_with_params") { RunValues("tco_urls_with_params", Urls); }
  TEST_CASE("extract.yml hashtags") { RunValues("hashtags", Hashtags); }
  TEST_CASE("extract.yml hashtags_from_astral") { RunValues("hashtags_from_astral", Hashtags); }
  TEST_CASE("extract.yml hashtags_with_indices") {
    RunIndices("hashtags_with_indices", "hashtag", false, Hashtags);
  }
  TEST_CASE("extract.yml cashtags") { RunValues("cashtags", Cashtags); }
  TEST_CASE("extract.yml cashtags_with_indices") {
    RunIndices("cashtags_with_indices", "cashtag", false, Cashtags);
  }

  // twitter-text runs this section with config v2 (no emoji parsing): with
  // v3 two of its emoji cases would count 7 and 4 instead of 16 and 9.
  TEST_CASE("validate.yml WeightedTweetsCounterTest (config v2)") {
    const std::optional<TweetLengthConfig> v2 = LoadConfig("twitter-text/config/v2.json");
    if (!v2) return;
    RunWeighted("WeightedTweetsCounterTest", *v2);
  }

  TEST_CASE("validate.yml WeightedTweetsWithDiscountedEmojiCounterTest (config v3)") {
    const std::optional<TweetLengthConfig> v3 = LoadConfig("twitter-text/config/v3.json");
    if (!v3) return;
    RunWeighted("WeightedTweetsWithDiscountedEmojiCounterTest", *v3);
  }

  TEST_CASE("the v3 constants in code are config/v3.json") {
    const std::optional<TweetLengthConfig> v3 = LoadConfig("twitter-text/config/v3.json");
    if (!v3) return;
    const TweetLengthConfig code;
    CHECK(code.max_weighted_tweet_length == v3->max_weighted_tweet_length);
    CHECK(code.max_weighted_tweet_length == kMaxWeightedTweetLength);
    CHECK(code.scale == v3->scale);
    CHECK(code.default_weight == v3->default_weight);
    CHECK(code.transformed_url_length == v3->transformed_url_length);
    CHECK(code.emoji_parsing_enabled == v3->emoji_parsing_enabled);
    REQUIRE(code.ranges.size() == v3->ranges.size());
    for (std::size_t i = 0; i < code.ranges.size(); ++i) {
      CAPTURE(i);
      CHECK(code.ranges[i].first == v3->ranges[i].first);
      CHECK(code.ranges[i].last == v3->ranges[i].last);
      CHECK(code.ranges[i].weight == v3->ranges[i].weight);
    }
  }

  // Java's display range ends at the original text's last UTF-16 code unit:
  // the evidence that the suite's indices are UTF-16 code units.
  TEST_CASE("the suite's offsets are UTF-16 code units") {
    const std::optional<std::string> path = testing::SharedData("twitter-text/validate.yml");
    if (!path) return;
    const YAML::Node cases =
        YAML::LoadFile(*path)["tests"]["WeightedTweetsWithDiscountedEmojiCounterTest"];
    REQUIRE(cases.IsSequence());
    for (const YAML::Node& test : cases) {
      const std::string text = test["text"].as<std::string>();
      CHECK_MESSAGE(test["expected"]["displayRangeEnd"].as<std::size_t>() + 1 ==
                        Utf16Index(text, text.size()),
                    test["description"].as<std::string>());
    }
  }

  // Not required: tlds.yml checks one URL per TLD of twitter-text's own list.
  // Ours is the PSL's, which lacks retired TLDs (.an, .tp, .bl, ...): those
  // cases are counted and named, not failed.
  TEST_CASE("tlds.yml: every TLD that the Public Suffix List has") {
    const std::optional<std::string> path = testing::SharedData("twitter-text/tlds.yml");
    if (!path) return;
    const EntityExtractorOptions options;
    Result<std::vector<std::string>> psl = internal::LoadIcannTlds(options.public_suffix_list);
    REQUIRE_MESSAGE(psl.ok(), psl.status().ToString());
    const YAML::Node root = YAML::LoadFile(*path)["tests"];
    for (const char* section : {"country", "generic"}) {
      int passed = 0;
      int total = 0;
      std::vector<std::string> absent;
      for (const YAML::Node& test : root[section]) {
        const std::string text = test["text"].as<std::string>();
        const std::string tld = text.substr(text.rfind('.') + 1);
        if (!std::binary_search(psl->begin(), psl->end(), tld)) {
          absent.push_back(tld);
          continue;
        }
        ++total;
        const std::string actual = Join(Values(Urls(text)));
        const std::string expected = Join(ExpectedValues(test["expected"]));
        CHECK_MESSAGE(actual == expected, test["description"].as<std::string>());
        passed += actual == expected ? 1 : 0;
      }
      MESSAGE("tlds.yml " << std::string(section) << ": " << passed << "/" << total << " passed; "
                          << absent.size() << " TLDs absent from the PSL: " << Join(absent));
    }
  }
}

}  // namespace redite::text
