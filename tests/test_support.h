// Helpers shared by the tests: paths to the external data in ../shared and to
// the built binary, and the skip-or-fail rule for missing data.
#ifndef REDITE_TESTS_TEST_SUPPORT_H_
#define REDITE_TESTS_TEST_SUPPORT_H_

#include <optional>
#include <string>
#include <vector>

namespace redite::text {
class Analyzer;
}  // namespace redite::text

namespace redite::testing {

// The absolute path of `relative` under ../shared/data, if the file exists.
// When it does not: fails the current test if REDITE_REQUIRE_SHARED_DATA=1
// (CI sets it), else prints "REDITE-SKIP: <path> not found" (ctest then
// reports the test as skipped) and returns nullopt; the caller returns.
std::optional<std::string> SharedData(const std::string& relative);

// The skip-or-fail rule for anything a test needs from the machine: fails the
// current test if REDITE_REQUIRE_SHARED_DATA=1, else prints
// "REDITE-SKIP: <what> not found; <hint>". The caller returns.
void MissingPrerequisite(const std::string& what, const std::string& hint);

// The project's source folder and the built `redite` binary.
std::string SourcePath(const std::string& relative);
std::string RediteBinary();

// A fresh empty temporary folder, removed at process exit.
std::string TempDir();

// Runs a shell command; returns its exit code and fills stdout (stderr is
// captured into `err` when non-null).
int RunCommand(const std::string& command, std::string* out, std::string* err = nullptr);

// `s` in single quotes, for a shell command line.
std::string Quote(const std::string& s);

// Runs `redite ARGS` in `dir` (a temporary folder by default, so that no
// redite.toml is found) without the caller's REDITE_* and NO_COLOR variables;
// `env` adds variables ("NO_COLOR=1"), `input` is a shell redirection or pipe
// prefix for standard input ("< file"), "" for none (stdin then is /dev/null).
int Redite(const std::string& args, std::string* out, std::string* err, const std::string& env = "",
           const std::string& input = "< /dev/null", const std::string& dir = "");

// Reads a whole file ("" if missing).
std::string ReadFile(const std::string& path);

// Writes `content` to `path`, creating the missing folders.
void WriteFile(const std::string& path, const std::string& content);

// The lines of `text`, without their '\n'.
std::vector<std::string> SplitLines(const std::string& text);

// One text::Analyzer with the default options for the whole test binary
// (made at the first call; a test fails if it cannot be made). Tests run on
// one thread.
text::Analyzer& SharedAnalyzer();

}  // namespace redite::testing

#endif  // REDITE_TESTS_TEST_SUPPORT_H_
