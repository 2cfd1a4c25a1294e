// The format readers on the shared real samples and on our fixtures.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "redite/ingest/importer.h"
#include "test_support.h"

namespace redite::ingest {
namespace {

using redite::testing::ReadFile;
using redite::testing::SharedData;
using redite::testing::SourcePath;

struct Parsed {
  ParseSummary summary;
  std::vector<Post> posts;
};

Parsed Parse(std::string_view content, ParseOptions options = {}) {
  Parsed p;
  Result<ParseSummary> s = ParseFeed(content, options, [&](Post&& post) {
    p.posts.push_back(std::move(post));
    return Status::OK();
  });
  REQUIRE_MESSAGE(s.ok(), s.status().ToString());
  p.summary = *s;
  return p;
}

const Post* FindPost(const Parsed& p, const std::string& id) {
  for (const Post& post : p.posts) {
    if (post.platform_id == id) return &post;
  }
  return nullptr;
}

}  // namespace

TEST_SUITE("Formats") {
  TEST_CASE("detects each shared sample's format from its content") {
    struct Case {
      const char* path;
      Format format;
    };
    const Case kCases[] = {
        {"formats/twitter-archive/tweets.sample40.js", Format::kXArchive},
        {"formats/twitter-api-v2/recent_search_tweet_fields.json", Format::kXApi},
        {"formats/twitter-api-v2/user_by_username_pinned_tweet.json", Format::kXApi},
        {"formats/twitter-api-v2/multiple_tweets_one_deleted.json", Format::kXApi},
        {"formats/mastodon/outbox.sample25.json", Format::kMastodon},
        {"formats/linkedin/Shares.sample40.csv", Format::kLinkedIn},
        {"tweets-fr/saegus/saegus_tweets.json", Format::kXApi},
        {"tweets-fr/axa/axa.csv", Format::kCsv},
        {"tweets-fr/presidentielle2022/vpecresse.csv", Format::kCsv},
        {"tweets-fr/debat2017/tweets_debat.csv", Format::kCsv},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.path);
      auto path = SharedData(c.path);
      if (!path) return;
      CHECK(DetectFormat(ReadFile(*path)) == c.format);
    }
    CHECK(DetectFormat(ReadFile(SourcePath("tests/fixtures/bluesky_posts.json"))) ==
          Format::kBluesky);
    CHECK(DetectFormat(ReadFile(SourcePath("tests/fixtures/tweets_legacy.csv"))) ==
          Format::kXLegacyCsv);
    CHECK(DetectFormat(ReadFile(SourcePath("tests/fixtures/mapped.jsonl"))) == Format::kJsonLines);
  }

  TEST_CASE("X archive sample: 40 tweets with string ids, UTC dates, links behind t.co") {
    auto path = SharedData("formats/twitter-archive/tweets.sample40.js");
    if (!path) return;
    Parsed p = Parse(ReadFile(*path));
    CHECK(p.summary.records == 40);
    CHECK(p.summary.errors.empty());
    REQUIRE(p.posts.size() == 40);
    const Post& first = p.posts[0];
    CHECK(first.platform_id == "1657435576369332225");
    CHECK(FormatUtc(first.created_at) == "2023-05-13T17:20:09Z");
    CHECK(first.language == "uk");
    CHECK(first.text.rfind("топ київських закладів", 0) == 0);
    int with_links = 0;
    for (const Post& post : p.posts) with_links += !post.link_expansions.empty();
    CHECK(with_links == 4);  // SOURCE.md: 4 records with URLs
  }

  TEST_CASE("X archive fixture: HTML unescaped, RT prefix, reply, long post from note-tweet.js") {
    std::string tweets = ReadFile(SourcePath("tests/fixtures/x-archive/data/tweets.js"));
    std::string notes = ReadFile(SourcePath("tests/fixtures/x-archive/data/note-tweet.js"));
    ParseOptions options;
    options.note_tweets = notes;
    Parsed p = Parse(tweets, options);
    REQUIRE(p.posts.size() == 4);
    const Post& hiring = p.posts[0];
    CHECK(hiring.text ==
          "Nous recrutons 1 200 jeunes en alternance & en CDI cette année #Emploi "
          "https://t.co/AbCdEf1234");
    CHECK(hiring.kind == PostKind::kOriginal);
    REQUIRE(hiring.link_expansions.size() == 1);
    CHECK(hiring.link_expansions[0].second ==
          "https://www.exemple.fr/recrutement?utm_source=twitter");
    CHECK(hiring.url == "https://twitter.com/i/web/status/1657435576369332225");
    CHECK(p.posts[1].kind == PostKind::kRetweet);  // "retweeted": false, but "RT @"
    CHECK(p.posts[2].kind == PostKind::kReply);
    CHECK(p.posts[2].referenced_id == "1655999999999999999");
    CHECK(p.posts[3].text.size() > 280);
    CHECK(p.posts[3].text.find("200 000 véhicules par an.") != std::string::npos);
    // Without note-tweet.js the truncated text stays.
    Parsed truncated = Parse(tweets);
    CHECK(truncated.posts[3].text.find("https://t.co/ZzZz") != std::string::npos);
  }

  TEST_CASE("X API v2 samples: data arrays, single objects, includes, errors") {
    struct Case {
      const char* path;
      std::int64_t posts;
      std::int64_t errors;
    };
    const Case kCases[] = {
        {"formats/twitter-api-v2/single_tweet_tweet_fields.json", 1, 0},
        {"formats/twitter-api-v2/multiple_tweets_tweet_fields.json", 58, 0},
        {"formats/twitter-api-v2/recent_search_default.json", 10, 0},  // dates from snowflake ids
        {"formats/twitter-api-v2/recent_search_tweet_fields.json", 10, 0},
        {"formats/twitter-api-v2/recent_search_tweet_and_user_fields.json", 4, 0},
        {"formats/twitter-api-v2/user_by_username_pinned_tweet.json", 1, 0},
        // Tweet 20 (2006) has no created_at and its id predates snowflakes.
        {"formats/twitter-api-v2/multiple_tweets_one_deleted.json", 0, 1},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.path);
      auto path = SharedData(c.path);
      if (!path) return;
      Parsed p = Parse(ReadFile(*path));
      CHECK(static_cast<std::int64_t>(p.posts.size()) == c.posts);
      CHECK(static_cast<std::int64_t>(p.summary.errors.size()) == c.errors);
    }
    auto path = SharedData("formats/twitter-api-v2/recent_search_tweet_and_user_fields.json");
    if (!path) return;
    Parsed p = Parse(ReadFile(*path));
    const Post* reply = FindPost(p, "1276035977375477760");
    REQUIRE(reply != nullptr);
    CHECK(reply->author == "happycamper");
    CHECK(reply->kind == PostKind::kReply);
    CHECK(reply->referenced_id == "1275653067283759104");
    CHECK(FormatUtc(reply->created_at) == "2020-06-25T06:14:19Z");
    REQUIRE(reply->link_expansions.size() == 1);
    CHECK(reply->link_expansions[0].first == "https://t.co/14TzLYBBXi");
  }

  TEST_CASE("snowflake ids give the creation time when created_at is absent") {
    auto path = SharedData("formats/twitter-api-v2/recent_search_default.json");
    if (!path) return;
    Parsed p = Parse(ReadFile(*path));
    const Post* post = FindPost(p, "1275840243636322304");
    REQUIRE(post != nullptr);
    // The same search with tweet fields says 2020-06-24T17:xx for these ids.
    CHECK(FormatUtc(post->created_at).substr(0, 13) == "2020-06-24T17");
    CHECK(post->kind == PostKind::kRetweet);
  }

  TEST_CASE("tweet ids above 2^53 stored as JSON numbers stay exact") {
    auto path = SharedData("tweets-fr/saegus/saegus_tweets.json");
    if (!path) return;
    Parsed p = Parse(ReadFile(*path));
    CHECK(p.posts.size() == 100);
    CHECK(p.posts[0].platform_id == "1664557750016147456");
    CHECK(FormatUtc(p.posts[0].created_at) == "2023-06-02T09:01:08Z");
    int retweets = 0;
    for (const Post& post : p.posts) retweets += post.kind == PostKind::kRetweet;
    CHECK(retweets == 12);  // SOURCE.md: 12 retweets
    // An id written as a float has lost digits: rejected, not rounded.
    Parsed bad = Parse(R"({"tweets": [{"id": 1.6645577500161475e18, "created_at":
        "2023-06-02T09:01:08+00:00", "text": "x"}]})");
    REQUIRE(bad.summary.errors.size() == 1);
    CHECK(bad.summary.errors[0].ToString() == "record 1: id: not an integer or string id");
  }

  TEST_CASE("Mastodon outbox: HTML stripped, boosts as retweets, replies") {
    auto path = SharedData("formats/mastodon/outbox.sample25.json");
    if (!path) return;
    Parsed p = Parse(ReadFile(*path));
    REQUIRE(p.posts.size() == 25);
    int boosts = 0;
    for (const Post& post : p.posts) {
      boosts += post.kind == PostKind::kRetweet;
      CHECK(post.text.find('<') == std::string::npos);
    }
    CHECK(boosts == 5);  // SOURCE.md: 20 Create/Note, 5 Announce
    const Post* first = FindPost(p, "109309145334822499");
    REQUIRE(first != nullptr);
    CHECK(first->text == "@mcg 😜");
    CHECK(first->kind == PostKind::kReply);
    CHECK(first->language == "en");
    CHECK(FormatUtc(first->created_at) == "2022-11-08T16:33:11Z");
  }

  TEST_CASE("Mastodon outbox with the real export's repeated orderedItems key") {
    Parsed p = Parse(R"({"type": "OrderedCollection", "orderedItems": [], "orderedItems": [
        {"type": "Create", "published": "2022-11-08T16:33:11Z", "object": {"id":
        "https://m.social/users/a/statuses/1", "published": "2022-11-08T16:33:11Z",
        "content": "<p>Bonjour</p>"}}]})");
    REQUIRE(p.posts.size() == 1);
    CHECK(p.posts[0].text == "Bonjour");
  }

  TEST_CASE("Bluesky records: byte-offset link facets, replies, quotes, reposts") {
    Parsed p = Parse(ReadFile(SourcePath("tests/fixtures/bluesky_posts.json")));
    CHECK(p.summary.errors.empty());
    REQUIRE(p.posts.size() == 4);  // the like is not a post
    const Post& first = p.posts[0];
    CHECK(first.platform_id == "3k2aaaaaaa2");
    CHECK(first.url == "https://bsky.app/profile/did:plc:abc123/post/3k2aaaaaaa2");
    CHECK(first.language == "fr");
    REQUIRE(first.link_expansions.size() == 1);
    CHECK(first.link_expansions[0].first == "exemple.fr/annonce…");
    CHECK(first.link_expansions[0].second ==
          "https://www.exemple.fr/annonce-complete?utm_medium=social");
    CHECK(p.posts[1].kind == PostKind::kReply);
    CHECK(FormatUtc(p.posts[1].created_at) == "2024-03-02T17:00:00Z");
    CHECK(p.posts[2].kind == PostKind::kQuote);
    CHECK(p.posts[2].referenced_id == "at://did:plc:corp/app.bsky.feed.post/3kq");
    CHECK(p.posts[3].kind == PostKind::kRetweet);
  }

  TEST_CASE("Bluesky facets that cut a character or leave the text are record errors") {
    Parsed p = Parse(R"({"$type": "app.bsky.feed.post", "text": "été", "createdAt":
        "2024-03-01T09:30:00Z", "facets": [{"index": {"byteStart": 1, "byteEnd": 3},
        "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://x.fr"}]}]})");
    REQUIRE(p.summary.errors.size() == 1);
    CHECK(p.summary.errors[0].field == "facets[0].index");
    CHECK(p.posts.empty());
  }

  TEST_CASE("the Bluesky lexicon's facet features are the ones the reader knows") {
    auto path = SharedData("formats/bluesky/lexicon-app.bsky.richtext.facet.json");
    if (!path) return;
    auto lexicon = nlohmann::json::parse(ReadFile(*path));
    // Facet indices count UTF-8 bytes (what ReadFacets checks), and the link
    // feature carries "uri" (what it reads).
    CHECK(lexicon["defs"]["byteSlice"]["properties"].contains("byteStart"));
    CHECK(lexicon["defs"]["link"]["properties"].contains("uri"));
    auto post = nlohmann::json::parse(
        ReadFile(*SharedData("formats/bluesky/lexicon-app.bsky.feed.post.json")));
    auto required = post["defs"]["main"]["record"]["required"];
    CHECK(required == nlohmann::json::array({"text", "createdAt"}));
  }

  TEST_CASE("LinkedIn Shares.csv: per-line quoting undone, urn ids, UTC dates") {
    auto path = SharedData("formats/linkedin/Shares.sample40.csv");
    if (!path) return;
    Parsed p = Parse(ReadFile(*path));
    REQUIRE(p.posts.size() == 40);
    const Post& first = p.posts[0];
    CHECK(first.platform_id == "urn:li:share:7345821826846990338");
    CHECK(FormatUtc(first.created_at) == "2025-07-01T14:33:22Z");
    CHECK(first.text.rfind("I'm off for a 10-day Vipassana meditation program.\n\n", 0) == 0);
    CHECK(first.text.find("\"") == std::string::npos);
    const std::string kLastLine = "I've scheduled LinkedIn posts, so you'll still see stuff. But I won't be replying.";
    CHECK(first.text.substr(first.text.size() - kLastLine.size()) == kLastLine);
    CHECK(p.posts[1].text.rfind("If someone asked me, \"What's changed this year in LLMs\"", 0) ==
          0);
  }

  TEST_CASE("legacy tweets.csv of old X archives") {
    Parsed p = Parse(ReadFile(SourcePath("tests/fixtures/tweets_legacy.csv")));
    REQUIRE(p.posts.size() == 3);
    CHECK(p.summary.format == Format::kXLegacyCsv);
    CHECK(FormatUtc(p.posts[0].created_at) == "2014-05-23T10:15:03Z");
    CHECK(p.posts[1].kind == PostKind::kReply);
    CHECK(p.posts[2].kind == PostKind::kRetweet);
    CHECK(p.posts[2].referenced_id == "466700000000000000");
  }

  TEST_CASE("French tweet CSVs: columns guessed from their headers") {
    struct Case {
      const char* path;
      std::size_t posts;
      const char* first_author;
    };
    const Case kCases[] = {
        {"tweets-fr/axa/axa.csv", 200, ""},
        {"tweets-fr/presidentielle2022/MLP_officiel.csv", 4317, "MLP_officiel"},
        {"tweets-fr/presidentielle2022/JLMelenchon.csv", 4639, "JLMelenchon"},
        {"tweets-fr/presidentielle2022/vpecresse.csv", 3745, "vpecresse"},
        {"tweets-fr/debat2017/tweets_debat.csv", 345, "benoithamon"},
        {"tweets-fr/debat2017/tweets_debat_20170404.csv", 423, "benoithamon"},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.path);
      auto path = SharedData(c.path);
      if (!path) return;
      Parsed p = Parse(ReadFile(*path));
      CHECK(p.summary.errors.empty());
      CHECK(p.posts.size() == c.posts);
      CHECK(p.posts[0].author == c.first_author);
    }
    auto axa = SharedData("tweets-fr/axa/axa.csv");
    Parsed p = Parse(ReadFile(*axa));
    int retweets = 0;
    for (const Post& post : p.posts) retweets += post.kind == PostKind::kRetweet;
    CHECK(retweets == 60);  // SOURCE.md: 60 are retweets
    CHECK(p.posts[1].platform_id == "1131817579511783424");
    CHECK(FormatUtc(p.posts[1].created_at) == "2019-05-24T07:01:53Z");
  }

  TEST_CASE("a bad date is a record error naming record, line and column") {
    Parsed p = Parse(ReadFile(SourcePath("tests/fixtures/bad_date.csv")));
    CHECK(p.posts.size() == 3);
    REQUIRE(p.summary.errors.size() == 1);
    CHECK(p.summary.errors[0].ToString() ==
          "record 3 (line 5): date: \"2023-02-30T10:00:00Z\": not a date (no such day in that "
          "month)");
    CHECK(p.posts[1].text == "Deuxième message\nsur deux lignes");
    CHECK(p.posts[1].platform_id == "2");
  }

  TEST_CASE("generic JSON Lines with mapped keys") {
    std::string content = ReadFile(SourcePath("tests/fixtures/mapped.jsonl"));
    Parsed p = Parse(content);
    REQUIRE(p.posts.size() == 3);
    CHECK(p.posts[0].platform_id == "1001");
    CHECK(p.posts[0].author == "entreprise");
    CHECK(FormatUtc(p.posts[0].created_at) == "2023-06-01T06:00:00Z");
    ParseOptions options;
    options.columns.text = "published";  // nonsense mapping: the date is no text
    options.columns.date = "nope";
    Result<ParseSummary> bad =
        ParseFeed(content, options, [](Post&&) { return Status::OK(); });
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.status().message() == "as jsonl: record 1: no column \"nope\" (mapped to date)");
  }

  TEST_CASE("a CSV without a text column is a file error telling how to map it") {
    Result<ParseSummary> s =
        ParseFeed("forename,surname\nAnne,Hidalgo\n", {}, [](Post&&) { return Status::OK(); });
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().message() ==
          "as csv: no text column (looked for text, full_text, tweet, tweets, content, message, "
          "body; name it with --column text=NAME)");
  }

  TEST_CASE("posts without ids get a stable synthetic id") {
    Parsed a = Parse("date,text\n2023-01-01T10:00:00Z,Bonjour\n");
    Parsed b = Parse("date,text\n2023-01-01T10:00:00Z,Bonjour\n2023-01-01T10:00:00Z,Autre\n");
    REQUIRE(a.posts.size() == 1);
    CHECK(a.posts[0].platform_id.rfind("h:", 0) == 0);
    CHECK(a.posts[0].platform_id == b.posts[0].platform_id);
    CHECK(b.posts[0].platform_id != b.posts[1].platform_id);
  }
}

}  // namespace redite::ingest
