// Benchmarks of the import (issue 3): a generator of realistic French posts
// and a timed import that reports posts/s, database bytes per post and peak
// memory. tools/bench builds this in Release and prints medians of 3 runs.
//
//   redite_bench gen N OUT.csv [SHARED_DATA]   word-level Markov chain trained
//                                              at run time on tweets-fr
//   redite_bench import DB FILE...             imports FILE... into a new DB
//   redite_bench real DB [SHARED_DATA]         imports every tweets-fr feed
// REDITE_ANALYSIS_THREADS=N sets ImportOptions::analysis_threads (default:
// cores - 1, the importing thread helping). On this 2-core machine, shared
// with other builds, more analysis threads than cores made the import slower.
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "redite/ingest/importer.h"
#include "redite/store/feed_store.h"

namespace redite::bench {
namespace {

namespace fs = std::filesystem;

// The feeds of tweets-fr, with the account each belongs to ("" = the file's
// own author column).
struct Feed {
  const char* path;
  const char* account;
};
constexpr Feed kFrenchFeeds[] = {
    {"tweets-fr/presidentielle2022/MLP_officiel.csv", ""},
    {"tweets-fr/presidentielle2022/JLMelenchon.csv", ""},
    {"tweets-fr/presidentielle2022/vpecresse.csv", ""},
    {"tweets-fr/debat2017/tweets_debat.csv", ""},
    {"tweets-fr/debat2017/tweets_debat_20170404.csv", ""},
    {"tweets-fr/axa/axa.csv", "AXA"},
    {"tweets-fr/saegus/saegus_tweets.json", "saegus_france"},
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A word-level Markov chain of order 2. Word 0 marks both the start and the
// end of a post.
class MarkovChain {
 public:
  void Train(std::string_view text) {
    std::uint32_t a = 0, b = 0;
    std::size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
      std::size_t start = i;
      while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
      if (start == i) break;
      std::uint32_t w = Intern(text.substr(start, i - start));
      next_[Key(a, b)].push_back(w);
      a = b;
      b = w;
    }
    next_[Key(a, b)].push_back(0);
  }

  std::string Generate(std::mt19937_64& rng, int max_words) const {
    std::string out;
    std::uint32_t a = 0, b = 0;
    for (int n = 0; n < max_words; ++n) {
      auto it = next_.find(Key(a, b));
      if (it == next_.end()) break;
      const std::vector<std::uint32_t>& choices = it->second;
      std::uint32_t w = choices[rng() % choices.size()];
      if (w == 0) break;
      if (!out.empty()) out.push_back(' ');
      out += words_[w];
      a = b;
      b = w;
    }
    return out;
  }

  std::size_t vocabulary() const { return words_.size(); }

 private:
  static std::uint64_t Key(std::uint32_t a, std::uint32_t b) {
    return (static_cast<std::uint64_t>(a) << 32) | b;
  }
  std::uint32_t Intern(std::string_view w) {
    auto [it, added] = ids_.emplace(std::string(w), static_cast<std::uint32_t>(words_.size()));
    if (added) words_.push_back(it->first);
    return it->second;
  }
  std::vector<std::string> words_{""};
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> next_;
};

void AppendCsvField(const std::string& s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

int Generate(long n, const std::string& out_path, const std::string& shared) {
  MarkovChain chain;
  std::size_t trained = 0;
  for (const Feed& feed : kFrenchFeeds) {
    std::string content = ReadAll(shared + "/" + feed.path);
    if (content.empty()) {
      fmt::print(stderr, "gen: {}/{}: missing\n", shared, feed.path);
      return 2;
    }
    auto parsed = ingest::ParseFeed(content, {}, [&](Post&& post) {
      chain.Train(post.text);
      ++trained;
      return Status::OK();
    });
    if (!parsed.ok()) {
      fmt::print(stderr, "gen: {}: {}\n", feed.path, parsed.status().message());
      return 2;
    }
  }
  std::mt19937_64 rng(20240501);
  std::ofstream out(out_path, std::ios::binary);
  std::string buf = "id,created_at,author,text\n";
  std::int64_t t = 1577836800;  // 2020-01-01T00:00:00Z
  for (long i = 0; i < n; ++i) {
    std::string text;
    while (text.size() < 20) text = chain.Generate(rng, 60);
    t += 1 + static_cast<std::int64_t>(rng() % 120);
    buf += fmt::format("{},{},{},", 1500000000000000000LL + i, FormatUtc(t),
                       i % 4 == 0 ? "dirigeant" : "entreprise");
    AppendCsvField(text, &buf);
    buf.push_back('\n');
    if (buf.size() > (1 << 20)) {
      out << buf;
      buf.clear();
    }
  }
  out << buf;
  fmt::print(stderr, "gen: trained on {} posts ({} words), wrote {} posts to {}\n", trained,
             chain.vocabulary(), n, out_path);
  return out ? 0 : 2;
}

long PeakRssKib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// User + system CPU seconds of this process: on a shared 2-core machine the
// wall time also counts other people's builds.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto s = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return s(usage.ru_utime) + s(usage.ru_stime);
}

// Imports the files into a new database; prints one line of figures:
// "posts=N seconds=S ... posts_per_s=R ... bytes_per_post=P peak_rss_mib=M"
// (seconds: wall time including the final WAL checkpoint).
int Import(const std::string& db, const std::vector<std::pair<std::string, std::string>>& files) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
  auto store = FeedStore::Open(db, FeedStoreOptions());
  if (!store.ok()) {
    fmt::print(stderr, "import: {}\n", store.status().message());
    return 2;
  }
  // What starting one analyzer costs (dictionaries), measured apart: the
  // import starts one per analysis thread, in parallel, once per command.
  auto setup_start = std::chrono::steady_clock::now();
  if (!ingest::MakeTextPipeline().make_analyzer().ok()) {
    fmt::print(stderr, "import: the text layer cannot start\n");
    return 2;
  }
  double setup = std::chrono::duration<double>(std::chrono::steady_clock::now() - setup_start).count();
  auto start = std::chrono::steady_clock::now();
  const double cpu_start = CpuSeconds();
  // The whole import as `redite import` runs it, text pipeline included
  // (loading the dictionaries is part of the time).
  ingest::ImportOptions options;
  options.role = AccountRole::kCorporate;
  options.text = ingest::MakeTextPipeline();
  if (const char* threads = std::getenv("REDITE_ANALYSIS_THREADS")) {
    options.analysis_threads = std::atoi(threads);
  }
  ingest::Importer importer(store->get(), options);
  std::int64_t posts = 0;
  for (const auto& [path, account] : files) {
    auto report = importer.Import(path, account);
    if (!report.ok()) {
      fmt::print(stderr, "import: {}\n", report.status().message());
      return 2;
    }
    posts += report->run.inserted;
  }
  double import_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Status s = (*store)->Checkpoint();
  if (!s.ok()) {
    fmt::print(stderr, "import: {}\n", s.message());
    return 2;
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = CpuSeconds() - cpu_start;
  store->reset();
  auto bytes = static_cast<std::int64_t>(fs::file_size(db));
  fmt::print("posts={} seconds={:.3f} import_seconds={:.3f} cpu_seconds={:.3f} "
             "analyzer_setup_seconds={:.3f} posts_per_s={:.0f} posts_per_cpu_s={:.0f} "
             "db_bytes={} bytes_per_post={:.1f} peak_rss_mib={:.1f}\n",
             posts, seconds, import_seconds, cpu, setup, posts / seconds, posts / cpu, bytes, static_cast<double>(bytes) / posts,
             PeakRssKib() / 1024.0);
  return 0;
}

}  // namespace
}  // namespace redite::bench

int main(int argc, char** argv) {
  using namespace redite::bench;
  std::vector<std::string> args(argv + 1, argv + argc);
  const std::string shared_default = REDITE_SHARED_DATA;
  if (args.size() >= 3 && args[0] == "gen") {
    return Generate(std::stol(args[1]), args[2], args.size() > 3 ? args[3] : shared_default);
  }
  if (args.size() >= 3 && args[0] == "import") {
    std::vector<std::pair<std::string, std::string>> files;
    for (std::size_t i = 2; i < args.size(); ++i) files.emplace_back(args[i], "");
    return Import(args[1], files);
  }
  if (args.size() >= 2 && args[0] == "real") {
    std::string shared = args.size() > 2 ? args[2] : shared_default;
    std::vector<std::pair<std::string, std::string>> files;
    for (const Feed& feed : kFrenchFeeds) files.emplace_back(shared + "/" + feed.path, feed.account);
    return Import(args[1], files);
  }
  std::fprintf(stderr,
               "usage: redite_bench gen N OUT.csv [SHARED_DATA] | import DB FILE... | "
               "real DB [SHARED_DATA]\n");
  return 2;
}
