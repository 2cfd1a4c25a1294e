#include "ingest/csv.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace redite::ingest {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows ReadAll(std::string_view data, Status* status = nullptr) {
  CsvReader reader(data);
  Rows rows;
  std::vector<std::string> fields;
  while (reader.Next(&fields)) rows.push_back(fields);
  if (status != nullptr) *status = reader.status();
  return rows;
}

}  // namespace

TEST_SUITE("CsvReader") {
  TEST_CASE("reads RFC 4180 records") {
    struct Case {
      const char* name;
      std::string_view input;
      Rows expected;
    };
    const Case kCases[] = {
        {"plain", "a,b,c\n1,2,3\n", {{"a", "b", "c"}, {"1", "2", "3"}}},
        {"CRLF and no final newline", "a,b\r\n1,2", {{"a", "b"}, {"1", "2"}}},
        {"empty fields", "a,,c,\n", {{"a", "", "c", ""}}},
        {"quoted comma", "\"Paris, Lyon\",x\n", {{"Paris, Lyon", "x"}}},
        {"doubled quotes", "\"il a dit \"\"oui\"\"\",x\n", {{"il a dit \"oui\"", "x"}}},
        {"embedded newline", "\"ligne 1\nligne 2\",x\ny,z\n", {{"ligne 1\nligne 2", "x"}, {"y", "z"}}},
        {"byte order mark", "\xEF\xBB\xBFid,text\n", {{"id", "text"}}},
        {"blank lines skipped", "a\n\n\nb\n", {{"a"}, {"b"}}},
        {"quote inside an unquoted field kept", "RT \"x\" y,z\n", {{"RT \"x\" y", "z"}}},
        {"empty quoted field", "\"\",\"\"\n", {{"", ""}}},
        {"UTF-8 text", "« Très bien » 🎉,é\n", {{"« Très bien » 🎉", "é"}}},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.name);
      Status s;
      CHECK(ReadAll(c.input, &s) == c.expected);
      CHECK(s.ok());
    }
  }

  TEST_CASE("reports the line where a record starts") {
    CsvReader reader("h1,h2\n\"a\nb\nc\",1\nx,y\n");
    std::vector<std::string> f;
    REQUIRE(reader.Next(&f));
    CHECK(reader.line() == 1);
    REQUIRE(reader.Next(&f));
    CHECK(reader.line() == 2);
    REQUIRE(reader.Next(&f));
    CHECK(reader.line() == 5);
  }

  TEST_CASE("an unclosed quote is an error naming the line") {
    Status s;
    Rows rows = ReadAll("a,b\n1,\"never closed\n2,3\n", &s);
    CHECK(rows.size() == 1);
    CHECK_FALSE(s.ok());
    CHECK(s.message() == "line 2: field 2: quoted field not closed before the end of file");
  }

  TEST_CASE("text after a closing quote is an error") {
    Status s;
    ReadAll("\"abc\"def,1\n", &s);
    CHECK_FALSE(s.ok());
    CHECK(s.message() == "line 1: field 1: text after the closing quote");
  }
}

}  // namespace redite::ingest
