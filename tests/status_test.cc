#include "redite/status.h"

#include <doctest/doctest.h>

#include <string>

namespace redite {

TEST_SUITE("Status") {
  TEST_CASE("ok status prints OK and has no message") {
    Status s = Status::OK();
    CHECK(s.ok());
    CHECK(s.ToString() == "OK");
  }

  TEST_CASE("error status keeps code and message, context is prefixed") {
    Status s = Status::InvalidArgument("created_at \"Fri 31 Feb\": not a date")
                   .WithContext("record 1843")
                   .WithContext("feeds/ceo.js");
    CHECK_FALSE(s.ok());
    CHECK(s.code() == Status::Code::kInvalidArgument);
    CHECK(s.message() == "feeds/ceo.js: record 1843: created_at \"Fri 31 Feb\": not a date");
  }

  TEST_CASE("Result holds a value or a status") {
    Result<int> good = 42;
    REQUIRE(good.ok());
    CHECK(*good == 42);
    Result<std::string> bad = Status::NotFound("account @x");
    CHECK_FALSE(bad.ok());
    CHECK(bad.status().code() == Status::Code::kNotFound);
  }
}

}  // namespace redite
