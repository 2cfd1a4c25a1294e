// Benchmarks of the import (issue 3): a generator of realistic French posts
// and a timed import that reports posts/s, database bytes per post and peak
// memory. tools/bench builds this in Release and prints medians of 3 runs.
//
//   redite_bench gen N OUT.csv [SHARED_DATA]   word-level Markov chain trained
//                                              at run time on tweets-fr
//   redite_bench import DB FILE...             imports FILE... into a new DB
//   redite_bench real DB [SHARED_DATA]         imports every tweets-fr feed
// Checks (issue 4), on a store made by gen-echo + import-echo:
//   redite_bench gen-echo NC NP CORP.csv PERSON.csv   NC corporate posts, NP
//                                              person posts (1 in 10 an echo)
//   redite_bench import-echo DB CORP.csv PERSON.csv
//   redite_bench check DB TEXT                 one check, as a process would run it
//   redite_bench check-latency DB [N [E]]      in-process median of N checks,
//                                              and of E exhaustive baselines
//   redite_bench audit DB [THREADS]            every person post, THREADS threads
// REDITE_ANALYSIS_THREADS=N sets ImportOptions::analysis_threads (default:
// cores - 1, the importing thread helping). On this 2-core machine, shared
// with other builds, more analysis threads than cores made the import slower.
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdlib>
#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <thread>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "redite/ingest/importer.h"
#include "redite/similarity/features.h"
#include "redite/store/echo_finder.h"
#include "redite/store/feed_store.h"
#include "redite/text/tokens.h"
#include "redite/workflows/audit.h"

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

// Writes generated posts as CSV (id, created_at, author, text), buffered.
class PostCsv {
 public:
  explicit PostCsv(const std::string& path) : out_(path, std::ios::binary) {
    buf_ = "id,created_at,author,text\n";
  }
  void Add(long long id, std::int64_t t, const char* author, const std::string& text) {
    buf_ += fmt::format("{},{},{},", id, FormatUtc(t), author);
    AppendCsvField(text, &buf_);
    buf_.push_back('\n');
    if (buf_.size() > (1 << 20)) {
      out_ << buf_;
      buf_.clear();
    }
  }
  // Writes what is buffered; false on a write error.
  bool Close() {
    out_ << buf_;
    buf_.clear();
    out_.close();
    return static_cast<bool>(out_);
  }

 private:
  std::ofstream out_;
  std::string buf_;
};

// Trains the chain on every tweets-fr feed; false (and a message) when one is missing.
bool TrainOnFrenchFeeds(const std::string& shared, MarkovChain* chain, std::size_t* trained) {
  for (const Feed& feed : kFrenchFeeds) {
    std::string content = ReadAll(shared + "/" + feed.path);
    if (content.empty()) {
      fmt::print(stderr, "gen: {}/{}: missing\n", shared, feed.path);
      return false;
    }
    auto parsed = ingest::ParseFeed(content, {}, [&](Post&& post) {
      chain->Train(post.text);
      ++*trained;
      return Status::OK();
    });
    if (!parsed.ok()) {
      fmt::print(stderr, "gen: {}: {}\n", feed.path, parsed.status().message());
      return false;
    }
  }
  return true;
}

int Generate(long n, const std::string& out_path, const std::string& shared) {
  MarkovChain chain;
  std::size_t trained = 0;
  if (!TrainOnFrenchFeeds(shared, &chain, &trained)) return 2;
  std::mt19937_64 rng(20240501);
  PostCsv out(out_path);
  std::int64_t t = 1577836800;  // 2020-01-01T00:00:00Z
  for (long i = 0; i < n; ++i) {
    std::string text;
    while (text.size() < 20) text = chain.Generate(rng, 60);
    t += 1 + static_cast<std::int64_t>(rng() % 120);
    out.Add(1500000000000000000LL + i, t, i % 4 == 0 ? "dirigeant" : "entreprise", text);
  }
  fmt::print(stderr, "gen: trained on {} posts ({} words), wrote {} posts to {}\n", trained,
             chain.vocabulary(), n, out_path);
  return out.Close() ? 0 : 2;
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
// A file to import: its account ("" = each record's author) and role.
struct FeedFile {
  std::string path;
  std::string account;
  AccountRole role = AccountRole::kCorporate;
};

int Import(const std::string& db, const std::vector<FeedFile>& files) {
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
  options.text = ingest::MakeTextPipeline();
  if (const char* threads = std::getenv("REDITE_ANALYSIS_THREADS")) {
    options.analysis_threads = std::atoi(threads);
  }
  // One importer per role (the role is an import option).
  std::map<AccountRole, std::unique_ptr<ingest::Importer>> importers;
  std::int64_t posts = 0;
  for (const FeedFile& file : files) {
    std::unique_ptr<ingest::Importer>& importer = importers[file.role];
    if (importer == nullptr) {
      options.role = file.role;
      importer = std::make_unique<ingest::Importer>(store->get(), options);
    }
    auto report = importer->Import(file.path, file.account);
    if (!report.ok()) {
      fmt::print(stderr, "import: {}\n", report.status().message());
      return 2;
    }
    posts += report->run.inserted;
  }
  importers.clear();
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

// Posts for the check benchmarks: `corporate` Markov posts by "entreprise"
// and `person` posts by "dirigeant", one in ten of them an edited copy of a
// corporate post (a true echo: a word dropped, a lead-in added).
int GenerateEchoes(long corporate, long person, const std::string& corporate_path,
                   const std::string& person_path, const std::string& shared) {
  MarkovChain chain;
  std::size_t trained = 0;
  if (!TrainOnFrenchFeeds(shared, &chain, &trained)) return 2;
  std::mt19937_64 rng(20240502);
  std::vector<std::string> sample;  // corporate posts that person posts echo
  std::int64_t t = 1577836800;      // 2020-01-01T00:00:00Z
  auto write = [&](const std::string& path, long n, const char* author, bool echoes) {
    PostCsv out(path);
    for (long i = 0; i < n; ++i) {
      std::string text;
      if (echoes && i % 10 == 0 && !sample.empty()) {
        text = sample[rng() % sample.size()];
        std::size_t space = text.find(' ', text.size() / 2);
        if (space != std::string::npos) text.erase(space, text.find(' ', space + 1) - space);
        text = "Je le redis : " + text;
      } else {
        while (text.size() < 20) text = chain.Generate(rng, 60);
      }
      if (!echoes && rng() % 200 == 0) sample.push_back(text);
      t += 1 + static_cast<std::int64_t>(rng() % 60);
      out.Add((echoes ? 1600000000000000000LL : 1500000000000000000LL) + i, t, author, text);
    }
    return out.Close();
  };
  if (!write(corporate_path, corporate, "entreprise", false) ||
      !write(person_path, person, "dirigeant", true)) {
    fmt::print(stderr, "gen-echo: cannot write\n");
    return 2;
  }
  fmt::print(stderr, "gen-echo: trained on {} posts, wrote {} + {} posts\n", trained, corporate,
             person);
  return 0;
}

double Milliseconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

// CPU time of the calling thread, in milliseconds: less disturbed than wall
// time by other processes sharing the machine.
double ThreadCpuMilliseconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// REDITE_CANDIDATES, REDITE_MAX_POSTINGS and REDITE_PATIENCE set those
// options (tuning runs).
EchoFinderOptions FinderOptions() {
  EchoFinderOptions options;
  if (const char* n = std::getenv("REDITE_CANDIDATES")) options.index.candidates = std::stoul(n);
  if (const char* n = std::getenv("REDITE_MAX_POSTINGS")) options.index.max_postings = std::stol(n);
  if (const char* n = std::getenv("REDITE_PATIENCE")) options.patience = std::stoul(n);
  return options;
}

// How the checks open the store: read-only; REDITE_MMAP_BYTES sets the
// memory map (FeedStoreOptions::mmap_bytes; 0: none) to compare.
FeedStoreOptions ReadOnlyStoreOptions() {
  FeedStoreOptions options;
  options.create_if_missing = false;
  options.read_only = true;
  if (const char* n = std::getenv("REDITE_MMAP_BYTES")) options.mmap_bytes = std::stoll(n);
  return options;
}

// The store, its corporate account ids and its person posts.
struct BenchStore {
  std::unique_ptr<FeedStore> store;
  std::vector<std::int64_t> corporate;
  std::vector<Post> person_posts;
};

Result<BenchStore> OpenBenchStore(const std::string& db, bool with_person_posts) {
  auto store = FeedStore::Open(db, ReadOnlyStoreOptions());
  if (!store.ok()) return store.status();
  BenchStore b;
  b.store = std::move(*store);
  if (!with_person_posts) {
    // What `redite check --against @entreprise` would do: ListAccounts counts
    // every post (half a second on a million posts), a handle lookup does not.
    auto accounts = b.store->FindAccountsByHandle("entreprise");
    if (!accounts.ok()) return accounts.status();
    for (const Account& a : *accounts) b.corporate.push_back(a.id);
    return b;
  }
  auto accounts = b.store->ListAccounts();
  if (!accounts.ok()) return accounts.status();
  for (const AccountSummary& a : *accounts) {
    if (a.account.role == AccountRole::kCorporate) {
      b.corporate.push_back(a.account.id);
    } else if (with_person_posts) {
      PostQuery q;
      q.account_id = a.account.id;
      auto posts = b.store->ListPosts(q);
      if (!posts.ok()) return posts.status();
      b.person_posts.insert(b.person_posts.end(), posts->begin(), posts->end());
    }
  }
  return b;
}

// `check DB TEXT`: what a pre-publish check runs, as one process: open the
// store and the text layer, analyze TEXT, find its echoes among the
// corporate accounts, print them. tools/bench times the whole process.
int Check(const std::string& db, const std::string& text) {
  auto b = OpenBenchStore(db, false);
  if (!b.ok()) {
    fmt::print(stderr, "check: {}\n", b.status().message());
    return 2;
  }
  auto analyzer = text::Analyzer::Create(text::AnalyzerOptions());
  auto finder = EchoFinder::Create(b->store.get(), FinderOptions());
  if (!analyzer.ok() || !finder.ok()) {
    fmt::print(stderr, "check: cannot start the text layer or the scorer\n");
    return 2;
  }
  EchoQuery query;
  query.where.account_ids = b->corporate;
  auto findings = (*finder)->Find(similarity::ExtractFeatures((*analyzer)->Analyze(text)), query);
  if (!findings.ok()) {
    fmt::print(stderr, "check: {}\n", findings.status().message());
    return 2;
  }
  for (const Finding& f : *findings) {
    fmt::print("{}\t{:.3f}\t{}\t{}\n", similarity::LevelName(f.comparison.level),
               f.comparison.score, f.post_id, f.text);
  }
  return findings->empty() ? 0 : 1;
}

// `check-latency DB [DRAFTS [EXHAUSTIVE]]`: in one process, the median time
// of checking DRAFTS person posts (analysis of the text included) against
// every corporate post through the index, and of EXHAUSTIVE of them scored
// against every corporate post (the baseline).
int CheckLatency(const std::string& db, std::size_t drafts, std::size_t exhaustive) {
  auto b = OpenBenchStore(db, true);
  if (!b.ok()) {
    fmt::print(stderr, "check-latency: {}\n", b.status().message());
    return 2;
  }
  auto analyzer = text::Analyzer::Create(text::AnalyzerOptions());
  auto finder = EchoFinder::Create(b->store.get(), FinderOptions());
  if (!analyzer.ok() || !finder.ok() || b->person_posts.empty()) {
    fmt::print(stderr, "check-latency: no text layer, scorer or person posts\n");
    return 2;
  }
  EchoQuery query;
  query.where.account_ids = b->corporate;
  // A warm-up check (first lookups fill SQLite's and the OS's caches).
  (void)(*finder)->Find(similarity::ExtractFeatures((*analyzer)->Analyze("Bonjour")), query);
  std::vector<double> indexed_ms, indexed_cpu_ms, exhaustive_ms;
  std::size_t candidates = 0, scored = 0;
  std::size_t findings = 0, agree = 0, exhaustive_findings = 0, echo_drafts = 0, echo_found = 0;
  const std::size_t step = std::max<std::size_t>(1, b->person_posts.size() / drafts);
  for (std::size_t i = 0; i < drafts && i * step < b->person_posts.size(); ++i) {
    const std::string& text = b->person_posts[i * step].text;
    auto start = std::chrono::steady_clock::now();
    const double cpu_start = ThreadCpuMilliseconds();
    similarity::PostFeatures draft = similarity::ExtractFeatures((*analyzer)->Analyze(text));
    auto found = (*finder)->Find(draft, query);
    indexed_ms.push_back(Milliseconds(start));
    indexed_cpu_ms.push_back(ThreadCpuMilliseconds() - cpu_start);
    if (!found.ok()) {
      fmt::print(stderr, "check-latency: {}\n", found.status().message());
      return 2;
    }
    findings += found->size();
    candidates += (*finder)->last_stats().candidates;
    scored += (*finder)->last_stats().scored;
    // gen-echo's echoes start so; each should come back at near-duplicate or above.
    if (text.rfind("Je le redis : ", 0) == 0) {
      ++echo_drafts;
      echo_found += std::any_of(found->begin(), found->end(), [](const Finding& f) {
        return f.comparison.level >= similarity::Level::kNearDuplicate;
      });
    }
    if (i < exhaustive) {
      EchoQuery all = query;
      all.exhaustive = true;
      start = std::chrono::steady_clock::now();
      auto truth = (*finder)->Find(draft, all);
      exhaustive_ms.push_back(Milliseconds(start));
      if (!truth.ok()) return 2;
      exhaustive_findings += truth->size();
      for (const Finding& t : *truth) {
        agree += std::any_of(found->begin(), found->end(),
                             [&](const Finding& f) { return f.post_id == t.post_id; });
      }
    }
  }
  const double median = Median(indexed_ms);
  const double baseline = Median(exhaustive_ms);
  fmt::print("drafts={} check_ms={:.3f} check_cpu_ms={:.3f} check_ms_max={:.3f} findings={} exhaustive_drafts={} "
             "exhaustive_ms={:.1f} speedup={:.0f} exhaustive_findings={} found_by_index={} "
             "echo_drafts={} echo_drafts_found={} patience={} candidates_per_draft={:.1f} "
             "scored_per_draft={:.1f} peak_rss_mib={:.1f}\n",
             indexed_ms.size(), median, Median(indexed_cpu_ms),
             *std::max_element(indexed_ms.begin(), indexed_ms.end()),
             findings, exhaustive_ms.size(), baseline, median > 0 ? baseline / median : 0,
             exhaustive_findings, agree, echo_drafts, echo_found,
             FinderOptions().patience,
             static_cast<double>(candidates) / static_cast<double>(indexed_ms.size()),
             static_cast<double>(scored) / static_cast<double>(indexed_ms.size()),
             PeakRssKib() / 1024.0);
  return 0;
}

// `audit DB [THREADS]`: every person post (stored features) against every
// corporate post, THREADS threads each with its own store connection and
// finder; prints wall and CPU time, findings and peak memory.
int Audit(const std::string& db, int threads) {
  auto start = std::chrono::steady_clock::now();
  const double cpu_start = CpuSeconds();
  auto b = OpenBenchStore(db, true);
  if (!b.ok()) {
    fmt::print(stderr, "audit: {}\n", b.status().message());
    return 2;
  }
  std::vector<std::size_t> found(threads, 0);
  std::vector<std::string> errors(threads);
  std::vector<std::thread> workers;
  for (int w = 0; w < threads; ++w) {
    workers.emplace_back([&, w] {
      // As `redite audit` maps the database: one budget for all threads
      // (REDITE_MMAP_BYTES, when set, gives each thread its own).
      FeedStoreOptions options = ReadOnlyStoreOptions();
      if (std::getenv("REDITE_MMAP_BYTES") == nullptr) {
        options.mmap_bytes = workflows::kAuditMemoryMapBytes / threads;
      }
      auto store = FeedStore::Open(db, options);
      if (!store.ok()) {
        errors[w] = store.status().message();
        return;
      }
      auto finder = EchoFinder::Create(store->get(), FinderOptions());
      if (!finder.ok()) {
        errors[w] = finder.status().message();
        return;
      }
      EchoQuery query;
      query.where.account_ids = b->corporate;
      for (std::size_t i = w; i < b->person_posts.size(); i += threads) {
        auto draft = (*store)->GetFeatures(b->person_posts[i].id);
        if (!draft.ok()) {
          errors[w] = draft.status().message();
          return;
        }
        auto findings = (*finder)->Find(*draft, query);
        if (!findings.ok()) {
          errors[w] = findings.status().message();
          return;
        }
        found[w] += findings->size();
      }
    });
  }
  for (std::thread& t : workers) t.join();
  for (const std::string& e : errors) {
    if (!e.empty()) {
      fmt::print(stderr, "audit: {}\n", e);
      return 2;
    }
  }
  std::size_t findings = 0;
  for (std::size_t n : found) findings += n;
  fmt::print("person_posts={} threads={} seconds={:.2f} cpu_seconds={:.2f} findings={} "
             "peak_rss_mib={:.1f}\n",
             b->person_posts.size(), threads, Milliseconds(start) / 1000, CpuSeconds() - cpu_start,
             findings, PeakRssKib() / 1024.0);
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
    std::vector<FeedFile> files;
    for (std::size_t i = 2; i < args.size(); ++i) files.push_back({args[i], ""});
    return Import(args[1], files);
  }
  if (args.size() >= 2 && args[0] == "real") {
    std::string shared = args.size() > 2 ? args[2] : shared_default;
    std::vector<FeedFile> files;
    for (const Feed& feed : kFrenchFeeds) files.push_back({shared + "/" + feed.path, feed.account});
    return Import(args[1], files);
  }
  if (args.size() >= 5 && args[0] == "gen-echo") {
    return GenerateEchoes(std::stol(args[1]), std::stol(args[2]), args[3], args[4],
                          args.size() > 5 ? args[5] : shared_default);
  }
  if (args.size() == 4 && args[0] == "import-echo") {
    return Import(args[1], {{args[2], "entreprise", redite::AccountRole::kCorporate},
                            {args[3], "dirigeant", redite::AccountRole::kPerson}});
  }
  if (args.size() == 3 && args[0] == "check") return Check(args[1], args[2]);
  if (args.size() >= 2 && args[0] == "check-latency") {
    return CheckLatency(args[1], args.size() > 2 ? std::stoul(args[2]) : 51,
                        args.size() > 3 ? std::stoul(args[3]) : 3);
  }
  if (args.size() >= 2 && args[0] == "audit") {
    return Audit(args[1], args.size() > 2 ? std::stoi(args[2]) : 2);
  }
  std::fprintf(stderr,
               "usage: redite_bench gen N OUT.csv [SHARED_DATA] | import DB FILE... | "
               "real DB [SHARED_DATA] | gen-echo N_CORPORATE N_PERSON CORPORATE.csv PERSON.csv "
               "[SHARED_DATA] | import-echo DB CORPORATE.csv PERSON.csv | check DB TEXT | "
               "check-latency DB [DRAFTS [EXHAUSTIVE]] | audit DB [THREADS]\n");
  return 2;
}
