// End-to-end: the pre-commit manifest and the plain git hook script.
#include <doctest/doctest.h>

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "test_support.h"

namespace redite {
namespace {

using testing::RunCommand;
using testing::SourcePath;
using testing::TempDir;
using testing::WriteFile;

}  // namespace

TEST_SUITE("e2e pre-commit") {
  TEST_CASE(".pre-commit-hooks.yaml declares the redite hook with the required keys") {
    YAML::Node manifest = YAML::LoadFile(SourcePath(".pre-commit-hooks.yaml"));
    REQUIRE(manifest.IsSequence());
    REQUIRE(manifest.size() == 1);
    YAML::Node hook = manifest[0];
    // pre-commit requires id, name, entry and language.
    for (const char* key : {"id", "name", "entry", "language"}) {
      CAPTURE(key);
      REQUIRE(hook[key].IsScalar());
      CHECK_FALSE(hook[key].as<std::string>().empty());
    }
    CHECK(hook["id"].as<std::string>() == "redite");
    CHECK(hook["entry"].as<std::string>() == "redite hook");
    CHECK(hook["language"].as<std::string>() == "system");
    CHECK(hook["pass_filenames"].as<bool>());
    std::string files = hook["files"].as<std::string>();
    REQUIRE(files.rfind("(?i)", 0) == 0);  // Python's inline flag; std::regex takes icase
    std::regex pattern(files.substr(4), std::regex::ECMAScript | std::regex::icase);
    for (const char* yes : {"brouillons/mars.md", "a.MD", "notes.txt", "calendrier.csv",
                            "x.markdown"}) {
      CAPTURE(yes);
      CHECK(std::regex_search(yes, pattern));
    }
    for (const char* no : {"src/main.cc", "README.md.bak", "data.csv.gz", "image.png"}) {
      CAPTURE(no);
      CHECK_FALSE(std::regex_search(no, pattern));
    }
  }

  TEST_CASE("tools/git-pre-commit checks the staged drafts and passes the exit code through") {
    std::string hook = SourcePath("tools/git-pre-commit");
    REQUIRE(std::filesystem::exists(hook));
    auto perms = std::filesystem::status(hook).permissions();
    CHECK((perms & std::filesystem::perms::owner_exec) != std::filesystem::perms::none);

    std::string repo = TempDir() + "/depot";
    std::string out, err;
    REQUIRE(RunCommand("git init -q '" + repo + "'", &out, &err) == 0);
    // A stand-in for redite: logs its arguments and the files' content, exits $STUB_RC.
    std::string stub = repo + "/../redite-stub";
    WriteFile(stub,
              "#!/usr/bin/env bash\n"
              "echo \"args: $*\" >> \"$STUB_LOG\"\n"
              "echo \"config: ${REDITE_CONFIG:-}\" >> \"$STUB_LOG\"\n"
              "shift 2\n"
              "for f in \"$@\"; do echo \"$f: $(cat \"$f\")\" >> \"$STUB_LOG\"; done\n"
              "exit \"${STUB_RC:-0}\"\n");
    std::filesystem::permissions(stub, std::filesystem::perms::owner_all);
    std::string log = repo + "/../stub.log";
    std::string env = "cd '" + repo + "' && REDITE='" + stub + "' STUB_LOG='" + log +
                      "' env -u REDITE_CONFIG ";

    // No redite: a usage error, not a finding.
    CHECK(RunCommand("cd '" + repo + "' && REDITE=/nonexistent/redite '" + hook + "'", &out,
                     &err) == 2);
    CHECK(err.find("/nonexistent/redite not found") != std::string::npos);

    // Nothing staged: redite is not run, exit 0.
    CHECK(RunCommand(env + "STUB_RC=1 '" + hook + "'", &out, &err) == 0);
    CHECK_FALSE(std::filesystem::exists(log));

    WriteFile(repo + "/redite.toml", "window = \"30d\"\n");
    WriteFile(repo + "/brouillons/mars.md", "Version indexée\n");
    WriteFile(repo + "/src/code.cc", "int main() {}\n");
    REQUIRE(RunCommand("cd '" + repo + "' && git add brouillons/mars.md src/code.cc", &out,
                       &err) == 0);
    // A change not staged must not be what is checked.
    WriteFile(repo + "/brouillons/mars.md", "Version du disque\n");

    for (int rc : {0, 1, 2}) {
      CAPTURE(rc);
      std::filesystem::remove(log);
      CHECK(RunCommand(env + "STUB_RC=" + std::to_string(rc) + " '" + hook + "'", &out, &err) ==
            rc);
      std::string logged = testing::ReadFile(log);
      CHECK(logged.find("args: hook -- brouillons/mars.md\n") != std::string::npos);
      CHECK(logged.find("brouillons/mars.md: Version indexée") != std::string::npos);
      CHECK(logged.find("code.cc") == std::string::npos);
      CHECK(logged.find("config: " + repo) != std::string::npos);
    }
  }
}

}  // namespace redite
