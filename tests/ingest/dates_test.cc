#include "ingest/dates.h"

#include <doctest/doctest.h>

#include "redite/post.h"

namespace redite::ingest {

TEST_SUITE("Dates") {
  TEST_CASE("parses each export's layout to UTC") {
    struct Case {
      const char* input;
      const char* utc;
    };
    const Case kCases[] = {
        {"Sat May 13 17:20:09 +0000 2023", "2023-05-13T17:20:09Z"},  // X archive
        {"Sun Feb 28 23:30:00 -0130 2021", "2021-03-01T01:00:00Z"},  // offset crosses a day
        {"2023-05-13T17:20:09Z", "2023-05-13T17:20:09Z"},
        {"2020-06-25T06:14:19.000Z", "2020-06-25T06:14:19Z"},         // X API v2
        {"2023-06-02T09:01:08+00:00", "2023-06-02T09:01:08Z"},        // tweepy dump
        {"2022-04-08 11:26:44+00:00", "2022-04-08T11:26:44Z"},        // pandas
        {"2014-05-23 10:15:03 +0000", "2014-05-23T10:15:03Z"},        // legacy tweets.csv
        {"2019-05-26 11:44:13", "2019-05-26T11:44:13Z"},              // LinkedIn, no offset = UTC
        {"2024-03-02T18:00:00+01:00", "2024-03-02T17:00:00Z"},
        {"2024-02-29T12:00:00-0530", "2024-02-29T17:30:00Z"},         // leap day
        {"2000-02-29T00:00:00Z", "2000-02-29T00:00:00Z"},             // 400-year leap
        {"1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.input);
      Result<std::int64_t> t = ParseAnyDate(c.input);
      REQUIRE(t.ok());
      CHECK(FormatUtc(*t) == c.utc);
    }
  }

  TEST_CASE("rejects impossible or malformed dates with the reason") {
    struct Case {
      const char* input;
      const char* reason;
    };
    const Case kCases[] = {
        {"2023-02-29T10:00:00Z", "no such day in that month"},
        {"1900-02-29T10:00:00Z", "no such day in that month"},
        {"2023-04-31 10:00:00", "no such day in that month"},
        {"2023-13-01T10:00:00Z", "month out of range"},
        {"2023-05-13T24:00:00Z", "time out of range"},
        {"2023-05-13", "expected a time after the date"},
        {"2023-05-13T17:20:09 CET", "expected Z or a UTC offset such as +02:00 after the time"},
        {"2023-05-13T17:20:09+25:00", "expected Z or a UTC offset such as +02:00 after the time"},
        {"Fri May 13 17:20:09 +0000 2023", "weekday does not match the date"},
        {"Fri Feb 31 17:20:09 +0000 2023", "no such day in that month"},
        {"Sat Mai 13 17:20:09 +0000 2023", "unknown month"},
        {"13/05/2023 17:20", "expected ISO 8601 like 2023-05-13T17:20:09Z or \"Sat May 13 "
                             "17:20:09 +0000 2023\""},
        {"", "expected ISO 8601 like 2023-05-13T17:20:09Z or \"Sat May 13 17:20:09 +0000 2023\""},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.input);
      Result<std::int64_t> t = ParseAnyDate(c.input);
      REQUIRE_FALSE(t.ok());
      CHECK(t.status().message() ==
            "\"" + std::string(c.input) + "\": not a date (" + c.reason + ")");
    }
  }

  TEST_CASE("days from civil agrees with the epoch") {
    CHECK(DaysFromCivil(1970, 1, 1) == 0);
    CHECK(DaysFromCivil(2000, 3, 1) == 11017);
    CHECK(DaysFromCivil(1969, 12, 31) == -1);
  }
}

}  // namespace redite::ingest
