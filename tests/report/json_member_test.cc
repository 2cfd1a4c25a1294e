// PrependJsonMember writes what nlohmann would for the object built whole.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "redite/report/report.h"

namespace redite::report {

TEST_SUITE("PrependJsonMember") {
  TEST_CASE("the same text as dumping the object with the member") {
    const nlohmann::json values[] = {
        nlohmann::json::array(),
        nlohmann::json::parse(R"([{"texte": "Ligne\nsuivante", "n": 1}, [1, [2, {}]]])"),
        nlohmann::json::parse(R"({"b": {"c": [true, null]}, "a": "é"})"),
        nlohmann::json(42),
    };
    const nlohmann::json objects[] = {
        nlohmann::json::object(),
        nlohmann::json::parse(R"({"run": {"id": 3, "only_new": false}, "summary": [1, 2]})"),
    };
    for (const nlohmann::json& object : objects) {
      for (const nlohmann::json& value : values) {
        nlohmann::json whole = object;
        whole["a_first"] = value;  // sorts before the other keys
        CAPTURE(whole.dump());
        CHECK(PrependJsonMember("a_first", value.dump(2) + "\n", object.dump(2) + "\n") ==
              whole.dump(2) + "\n");
      }
    }
  }
}

}  // namespace redite::report
