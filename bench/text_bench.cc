// Text pipeline benchmark (not a test): single-thread throughput of each
// stage on real French posts, median of several runs.
//
//   build/redite_text_bench [--runs 5] [--stage K] FILE...
//
// --stage K times only the K-th stage (1-based), for profilers.
//
// FILE is any feed redite imports (CSV, X archive, JSON...). Stages are
// cumulative: normalize; + entities; + segmentation and figures (no lemmas);
// + lemmas and stopwords (the full Analyzer); + similarity features.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <sys/resource.h>

#include "redite/ingest/importer.h"
#include "redite/similarity/features.h"
#include "redite/text/tokens.h"

namespace {

using Clock = std::chrono::steady_clock;

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Median seconds of `runs` timed passes of `pass` over all posts (after one
// warm-up pass that fills the caches, as a long-running import would have).
double TimeStage(int runs, const std::function<void()>& pass) {
  pass();
  std::vector<double> seconds;
  for (int r = 0; r < runs; ++r) {
    auto start = Clock::now();
    pass();
    seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
  }
  return Median(seconds);
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::size_t only_stage = 0;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--stage" && i + 1 < argc) {
      only_stage = static_cast<std::size_t>(std::max(0, std::atoi(argv[++i])));
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: redite_text_bench [--runs N] [--stage K] FEED_FILE...\n");
    return 2;
  }
  std::vector<std::string> posts;
  std::size_t bytes = 0;
  for (const std::string& file : files) {
    auto content = redite::ingest::ReadWholeFile(file);
    if (!content.ok()) {
      std::fprintf(stderr, "%s\n", content.status().message().c_str());
      return 2;
    }
    auto parsed = redite::ingest::ParseFeed(*content, redite::ingest::ParseOptions(),
                                            [&](redite::Post&& p) {
                                              bytes += p.text.size();
                                              posts.push_back(std::move(p.text));
                                              return redite::Status::OK();
                                            });
    if (!parsed.ok()) {
      std::fprintf(stderr, "%s: %s\n", file.c_str(), parsed.status().message().c_str());
      return 2;
    }
  }

  redite::text::AnalyzerOptions no_lemmas;
  no_lemmas.lemmas = false;
  auto full = redite::text::Analyzer::Create(redite::text::AnalyzerOptions());
  auto fast = redite::text::Analyzer::Create(no_lemmas);
  if (!fast.ok() || !full.ok()) {
    std::fprintf(stderr, "cannot create the analyzer\n");
    return 2;
  }
  const auto& normalizer = (*full)->normalizer();
  const auto& extractor = (*full)->extractor();
  std::size_t sink = 0;

  struct Stage {
    const char* name;
    std::function<void()> pass;
  };
  std::vector<Stage> stages = {
      {"normalize", [&] { for (auto& p : posts) sink += normalizer.Normalize(p).text.size(); }},
      {"+ entities",
       [&] {
         for (auto& p : posts) sink += extractor.Extract(normalizer.Normalize(p).text).size();
       }},
      {"+ words, figures (no lemmas)",
       [&] { for (auto& p : posts) sink += (*fast)->Analyze(p).tokens.size(); }},
      {"+ lemmas, stopwords (Analyzer)",
       [&] { for (auto& p : posts) sink += (*full)->Analyze(p).tokens.size(); }},
      {"+ similarity features",
       [&] {
         for (auto& p : posts) {
           sink += redite::similarity::ExtractFeatures((*full)->Analyze(p)).lemmas.size();
         }
       }},
  };
  fmt::print("{} posts, {:.1f} MB, {} bytes/post; single thread, median of {} runs\n",
             posts.size(), bytes / 1e6, posts.empty() ? 0 : bytes / posts.size(), runs);
  fmt::print("{:<32} {:>12} {:>10} {:>12}\n", "stage (cumulative)", "posts/s", "MB/s", "us/post");
  for (std::size_t k = 0; k < stages.size(); ++k) {
    if (only_stage != 0 && k + 1 != only_stage) continue;
    const Stage& s = stages[k];
    double seconds = TimeStage(runs, s.pass);
    fmt::print("{:<32} {:>12.0f} {:>10.1f} {:>12.2f}\n", s.name, posts.size() / seconds,
               bytes / seconds / 1e6, seconds * 1e6 / posts.size());
  }
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  fmt::print("peak resident memory: {:.1f} MB\n", usage.ru_maxrss / 1024.0);
  return sink == 0 ? 1 : 0;
}
