// The demo corpus for end-to-end tests: runs the built `redite` on one demo
// database (corpus/demo: the CEO's X archive and the corporate CSV), imported
// once per test binary run. Header-only: the functions are inline so every
// test file shares the one import.
#ifndef REDITE_TESTS_E2E_DEMO_CORPUS_H_
#define REDITE_TESTS_E2E_DEMO_CORPUS_H_

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "test_support.h"

namespace redite::testing {

// The demo accounts.
inline constexpr const char* kPerson = "@MathildeVarenne";
inline constexpr const char* kCorporate = "@Helvion_Groupe";

struct DemoDatabase {
  std::string path;
  std::string error;  // empty when the imports worked
};

// The demo feeds imported once per run: the CEO's archive and the corporate CSV.
inline const DemoDatabase& Demo() {
  static const DemoDatabase demo = [] {
    DemoDatabase d;
    d.path = TempDir() + "/demo.db";
    std::string out, err;
    if (Redite("import --db " + Quote(d.path) + " --account " + kPerson + " --role person " +
                   Quote(SourcePath("corpus/demo/ceo/tweets.js")),
               &out, &err) != 0) {
      d.error = "import of ceo/tweets.js: " + err;
    } else if (Redite("import --db " + Quote(d.path) + " --account " + kCorporate +
                          " --role corporate " + Quote(SourcePath("corpus/demo/corporate.csv")),
                      &out, &err) != 0) {
      d.error = "import of corporate.csv: " + err;
    }
    return d;
  }();
  return demo;
}

// "--db DEMO" (fails the test when the demo database could not be made).
inline std::string DemoDb() {
  const DemoDatabase& demo = Demo();
  REQUIRE_MESSAGE(demo.error.empty(), demo.error);
  return "--db " + Quote(demo.path);
}

// A copy of the demo database for a test that records runs or accepted pairs.
inline std::string DemoDbCopy() {
  DemoDb();
  std::string copy = TempDir() + "/copy.db";
  std::filesystem::copy_file(Demo().path, copy);
  return "--db " + Quote(copy);
}

}  // namespace redite::testing

#endif  // REDITE_TESTS_E2E_DEMO_CORPUS_H_
