// End-to-end: `redite config` finds, reads and reports the configuration.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace redite {
namespace {

using testing::RediteBinary;
using testing::RunCommand;
using testing::TempDir;
using testing::WriteFile;

// Runs `redite config ARGS` in `dir` with a clean environment for redite.
int RunConfig(const std::string& dir, const std::string& env, const std::string& args,
              std::string* out, std::string* err) {
  return RunCommand("cd '" + dir + "' && env -u REDITE_CONFIG -u REDITE_DB " + env + " " +
                        RediteBinary() + " config " + args,
                    out, err);
}

constexpr const char* kToml =
    "database = \"feeds.db\"\n"
    "window = \"30d\"\n"
    "\n"
    "[[accounts]]\n"
    "handle = \"@acme\"\n"
    "role = \"corporate\"\n";

}  // namespace

TEST_SUITE("e2e config") {
  TEST_CASE("found by walking up from the current folder - each value says where it came from") {
    std::string root = TempDir() + "/projet";
    WriteFile(root + "/redite.toml", kToml);
    std::filesystem::create_directories(root + "/brouillons/mars");
    std::string out, err;
    int rc = RunConfig(root + "/brouillons/mars", "", "--format json", &out, &err);
    REQUIRE_MESSAGE(rc == 0, err);
    nlohmann::json j = nlohmann::json::parse(out);
    std::string file = j.at("config_file");
    CHECK(std::filesystem::equivalent(file, root + "/redite.toml"));
    CHECK(std::filesystem::path(j["database"]["value"].get<std::string>()).filename() ==
          "feeds.db");
    CHECK(j["database"]["origin"] == "file");
    CHECK(j["database"]["line"] == 1);
    CHECK(j["window"]["value"] == "30d");
    CHECK(j["window"]["seconds"] == 30 * 86400);
    CHECK(j["window"]["line"] == 2);
    CHECK(j["fail_level"]["value"] == "rewording");
    CHECK(j["fail_level"]["origin"] == "default");
    CHECK(j["thresholds"]["rewording"]["overridden"] == false);
    CHECK(j["thresholds"]["rewording"]["value"].is_number());
    REQUIRE(j["accounts"].size() == 1);
    CHECK(j["accounts"][0]["handle"] == "acme");
    CHECK(j["accounts"][0]["role"] == "corporate");
  }

  TEST_CASE("environment and flags override the file, in that order") {
    std::string root = TempDir() + "/over";
    WriteFile(root + "/redite.toml", kToml);
    std::string out, err;
    int rc = RunConfig(root, "REDITE_DB=/tmp/env.db", "--window all --fail-level duplicate", &out,
                       &err);
    REQUIRE_MESSAGE(rc == 0, err);
    CHECK(out.find("# env REDITE_DB") != std::string::npos);
    CHECK(out.find("# flag --window") != std::string::npos);
    CHECK(out.find("# flag --fail-level") != std::string::npos);
    CHECK(out.find("/tmp/env.db") != std::string::npos);
    rc = RunConfig(root, "REDITE_DB=/tmp/env.db", "--db /tmp/flag.db --format json", &out, &err);
    REQUIRE(rc == 0);
    nlohmann::json j = nlohmann::json::parse(out);
    CHECK(j["database"]["value"] == "/tmp/flag.db");
    CHECK(j["database"]["source"] == "flag --db");
  }

  TEST_CASE("--config and REDITE_CONFIG name the file - without any, the defaults") {
    std::string root = TempDir();
    WriteFile(root + "/ailleurs/equipe.toml", "fail_level = \"near-duplicate\"\n");
    std::filesystem::create_directories(root + "/vide");
    std::string out, err;
    int rc = RunConfig(root + "/vide", "REDITE_CONFIG=" + root + "/ailleurs/equipe.toml",
                       "--format json", &out, &err);
    REQUIRE_MESSAGE(rc == 0, err);
    CHECK(nlohmann::json::parse(out)["fail_level"]["value"] == "near-duplicate");
    rc = RunConfig(root + "/vide", "", "--config ../ailleurs/equipe.toml --format json", &out,
                   &err);
    REQUIRE_MESSAGE(rc == 0, err);
    CHECK(nlohmann::json::parse(out)["fail_level"]["source"] == "../ailleurs/equipe.toml:1");
  }

  TEST_CASE("errors: one line naming file and line, exit code 2") {
    std::string root = TempDir() + "/errors";
    WriteFile(root + "/redite.toml", "window = \"30d\"\nfail_levl = \"duplicate\"\n");
    std::string out, err;
    int rc = RunConfig(root, "", "", &out, &err);
    CHECK(rc == 2);
    CHECK(out.empty());
    CHECK(err.find("redite.toml: line 2: unknown key \"fail_levl\"") != std::string::npos);
    CHECK(err.find('\n') == err.size() - 1);
    rc = RunConfig(root, "", "--config /nonexistent/redite.toml", &out, &err);
    CHECK(rc == 2);
    CHECK(err.find("/nonexistent/redite.toml") != std::string::npos);
    CHECK(err.find("--config") != std::string::npos);
    WriteFile(root + "/ok/redite.toml", "");
    rc = RunConfig(root + "/ok", "", "--window 3 jours", &out, &err);
    CHECK(rc == 2);
    rc = RunConfig(root + "/ok", "", "--window 3j", &out, &err);
    CHECK(rc == 2);
    CHECK(err.find("flag --window: window \"3j\"") != std::string::npos);
    rc = RunConfig(root + "/ok", "", "--format yaml", &out, &err);
    CHECK(rc == 2);
  }
}

}  // namespace redite
