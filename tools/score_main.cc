// redite score [FILE|-]: reads lines "text_a<TAB>text_b" and writes, for
// each, "score<TAB>level" in the same order, scoring the pair exactly as a
// check would (rarity weights from the default French model in corpus/).
#include <iostream>
#include <string>

#include "cli_common.h"
#include "commands.h"
#include "redite/similarity/text_comparer.h"

namespace redite::cli {
namespace {

int RunScore(const std::string& path, bool explain) {
  auto comparer = similarity::TextComparer::Create(similarity::TextComparerOptions());
  if (!comparer.ok()) return ReportError(comparer.status());
  InputStream input;
  if (Status s = input.Open(path); !s.ok()) return ReportError(s);
  std::string line;
  std::int64_t number = 0;
  while (std::getline(input.stream(), line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos) {
      return ReportError(Status::InvalidArgument(
          input.name() + ": line " + std::to_string(number) +
          ": expected text_a<TAB>text_b (exactly one tab)"));
    }
    similarity::Comparison c =
        (*comparer)->Compare(std::string_view(line).substr(0, tab),
                             std::string_view(line).substr(tab + 1));
    std::cout << FormatScore(c.score) << '\t' << similarity::LevelName(c.level);
    if (explain) {
      for (int s = 0; s < similarity::kSignalCount; ++s) {
        std::cout << '\t' << similarity::SignalName(s) << '=' << FormatScore(c.signals[s]);
      }
    }
    std::cout << '\n';
  }
  return kExitOk;
}

}  // namespace

void RegisterScore(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "score", "Score pairs of posts: lines text_a<TAB>text_b in, score<TAB>level out");
  auto path = std::make_shared<std::string>("-");
  auto explain = std::make_shared<bool>(false);
  cmd->add_option("file", *path, "File of pairs ('-' or none: standard input)");
  cmd->add_flag("--signals", *explain, "Append each signal as name=value");
  cmd->callback([=] { *exit_code = RunScore(*path, *explain); });
}

}  // namespace redite::cli
