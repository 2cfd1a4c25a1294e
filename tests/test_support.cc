#include "test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include <doctest/doctest.h>

#include "redite/text/tokens.h"

namespace redite::testing {
namespace fs = std::filesystem;

void MissingPrerequisite(const std::string& what, const std::string& hint) {
  const char* require = std::getenv("REDITE_REQUIRE_SHARED_DATA");
  if (require != nullptr && std::string(require) == "1") {
    FAIL(what << " missing (REDITE_REQUIRE_SHARED_DATA=1); " << hint);
    return;
  }
  std::cout << "REDITE-SKIP: " << what << " not found; " << hint << std::endl;
}

std::optional<std::string> SharedData(const std::string& relative) {
  fs::path path = fs::path(REDITE_SHARED_DATA) / relative;
  if (fs::exists(path)) return path.string();
  MissingPrerequisite(path.string(), "clone ../shared beside the project to run this test");
  return std::nullopt;
}

std::string SourcePath(const std::string& relative) {
  return (fs::path(REDITE_SOURCE_DIR) / relative).string();
}

std::string RediteBinary() { return REDITE_BINARY; }

namespace {
struct TempRoot {
  fs::path path;
  TempRoot() {
    std::string templ = (fs::temp_directory_path() / "redite-test-XXXXXX").string();
    std::vector<char> buf(templ.begin(), templ.end());
    buf.push_back('\0');
    char* made = mkdtemp(buf.data());
    path = made != nullptr ? fs::path(made) : fs::temp_directory_path();
  }
  ~TempRoot() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};
}  // namespace

std::string TempDir() {
  static TempRoot root;
  static int counter = 0;
  fs::path dir = root.path / std::to_string(++counter);
  fs::create_directories(dir);
  return dir.string();
}

int RunCommand(const std::string& command, std::string* out, std::string* err) {
  std::string err_file = TempDir() + "/stderr";
  std::string full = command + " 2>" + err_file;
  FILE* pipe = popen(full.c_str(), "r");
  if (pipe == nullptr) return -1;
  std::string output;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) output.append(buf, n);
  int status = pclose(pipe);
  if (out != nullptr) *out = output;
  if (err != nullptr) *err = ReadFile(err_file);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string Quote(const std::string& s) { return "'" + s + "'"; }

int Redite(const std::string& args, std::string* out, std::string* err, const std::string& env,
           const std::string& input, const std::string& dir) {
  static const std::string kNeutral = TempDir();
  std::string cwd = dir.empty() ? kNeutral : dir;
  return RunCommand("cd " + Quote(cwd) + " && env -u REDITE_CONFIG -u REDITE_DB -u NO_COLOR " +
                        env + " " + RediteBinary() + " " + args + " " + input,
                    out, err);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const std::string& path, const std::string& content) {
  fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent);
  std::ofstream(path, std::ios::binary) << content;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

text::Analyzer& SharedAnalyzer() {
  static std::unique_ptr<text::Analyzer> analyzer = [] {
    auto made = text::Analyzer::Create(text::AnalyzerOptions());
    REQUIRE_MESSAGE(made.ok(), made.status().ToString());
    return std::move(*made);
  }();
  return *analyzer;
}

}  // namespace redite::testing
