// redite normalize [FILE|-]: one post per line in, one JSON object per line
// out (original, normalized, tokens, entities), for inspection and debugging.
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "cli_common.h"
#include "commands.h"
#include "redite/text/tokens.h"

namespace redite::cli {
namespace {

nlohmann::json TokenJson(const text::Token& t) {
  nlohmann::json j = {{"type", text::TokenTypeName(t.type)},
                      {"text", t.text},
                      {"start", t.start},
                      {"end", t.end},
                      {"norm", t.norm},
                      {"key", t.key},
                      {"lemma", t.lemma}};
  if (t.type == text::TokenType::kNumber || t.type == text::TokenType::kPercentage) {
    j["value"] = t.value;
  }
  if (t.stopword) j["stopword"] = true;
  if (t.elided) j["elided"] = true;
  if (!t.parts.empty()) {
    j["parts"] = t.parts;
    j["part_lemmas"] = t.part_lemmas;
  }
  return j;
}

nlohmann::json AnalysisJson(const text::Analysis& a, const text::EntityExtractor& extractor) {
  nlohmann::json tokens = nlohmann::json::array();
  for (const text::Token& t : a.tokens) tokens.push_back(TokenJson(t));
  nlohmann::json entities = nlohmann::json::array();
  for (const text::Entity& e : a.entities) {
    nlohmann::json j = {{"type", text::EntityTypeName(e.type)},
                        {"text", e.text},
                        {"start", e.start},
                        {"end", e.end},
                        {"value", e.value}};
    if (!e.list_slug.empty()) j["list_slug"] = e.list_slug;
    entities.push_back(std::move(j));
  }
  nlohmann::json j = {{"original", a.original},
                      {"normalized", a.normalized.text},
                      {"weighted_length", text::WeightedTweetLength(a.original, extractor)},
                      {"tokens", std::move(tokens)},
                      {"entities", std::move(entities)}};
  if (a.normalized.invalid_utf8 > 0) j["invalid_utf8"] = a.normalized.invalid_utf8;
  return j;
}

// One readable line: the content tokens a matcher sees (stopwords and
// punctuation left out), words by lemma, figures canonical, hashtag words.
std::string SummaryLine(const text::Analysis& a) {
  std::string out;
  for (const text::Token& t : a.tokens) {
    if (t.stopword || t.type == text::TokenType::kPunctuation) continue;
    if (!out.empty()) out += "  ";
    switch (t.type) {
      case text::TokenType::kWord:
        out += t.lemma;
        break;
      case text::TokenType::kHashtag: {
        out += "#" + t.norm;
        std::string words;
        for (const std::string& p : t.parts) words += (words.empty() ? "" : " ") + p;
        if (t.parts.size() > 1) out += "(" + words + ")";
        break;
      }
      case text::TokenType::kMention:
        out += "@" + t.norm;
        break;
      default:
        out += std::string(text::TokenTypeName(t.type)) + ":" + t.norm;
    }
  }
  return out;
}

int RunNormalize(const std::string& path, bool no_lemmas, bool summary) {
  text::AnalyzerOptions options;
  options.lemmas = !no_lemmas;
  auto analyzer = text::Analyzer::Create(options);
  if (!analyzer.ok()) return ReportError(analyzer.status());
  InputStream input;
  if (Status s = input.Open(path); !s.ok()) return ReportError(s);
  std::string line;
  while (std::getline(input.stream(), line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    text::Analysis a = (*analyzer)->Analyze(line);
    if (summary) {
      std::cout << SummaryLine(a) << '\n';
      continue;
    }
    // Ill-formed input bytes are shown as U+FFFD in "original" rather than
    // making the output invalid JSON.
    std::cout << AnalysisJson(a, (*analyzer)->extractor())
                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << '\n';
  }
  if (input.stream().bad()) {
    return ReportError(Status::IOError(input.name() + ": read error"));
  }
  return 0;
}

}  // namespace

void RegisterNormalize(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "normalize", "Show how redite reads posts: one post per line in, one JSON object per line out");
  auto path = std::make_shared<std::string>("-");
  auto no_lemmas = std::make_shared<bool>(false);
  auto summary = std::make_shared<bool>(false);
  cmd->add_option("file", *path, "File of posts, one per line ('-' or none: standard input)");
  cmd->add_flag("--no-lemmas", *no_lemmas, "Skip lemmatization (lemma = case-folded form)");
  cmd->add_flag("--summary", *summary,
                "One readable line per post (content tokens only) instead of JSON");
  cmd->callback([=] { *exit_code = RunNormalize(*path, *no_lemmas, *summary); });
}

}  // namespace redite::cli
