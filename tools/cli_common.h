// Pieces shared by the subcommands: error reporting with exit code 2 and
// reading a file or standard input.
#ifndef REDITE_TOOLS_CLI_COMMON_H_
#define REDITE_TOOLS_CLI_COMMON_H_

#include <cstdio>
#include <fstream>
#include <iostream>
#include <istream>
#include <string>

#include "redite/status.h"

namespace redite::cli {

// Exit codes (STYLE.md): 0 nothing to report, 1 findings at or above the fail
// level, 2 usage, configuration or input error.
constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

// Prints "redite: <message>" on stderr and returns kExitError.
inline int ReportError(const Status& status) {
  std::cerr << "redite: " << status.message() << '\n';
  return kExitError;
}

// A score with four decimals ("0.8123"), the precision every output uses.
inline std::string FormatScore(double score) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", score);
  return buf;
}

// A file, or standard input for "-".
class InputStream {
 public:
  Status Open(const std::string& path) {
    name_ = path == "-" ? std::string("<stdin>") : path;
    if (path == "-") return Status::OK();
    file_.open(path, std::ios::binary);
    if (!file_) return Status::IOError(path + ": cannot open");
    return Status::OK();
  }
  std::istream& stream() { return file_.is_open() ? file_ : std::cin; }
  const std::string& name() const { return name_; }

 private:
  std::ifstream file_;
  std::string name_;
};

}  // namespace redite::cli

#endif  // REDITE_TOOLS_CLI_COMMON_H_
