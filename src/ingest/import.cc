// ImportFile: reads one export file and stores its posts in one transaction.
#include <xxhash.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <algorithm>
#include <map>
#include <thread>
#include <sstream>

#include <fmt/format.h>

#include "ingest/analysis_pool.h"
#include "ingest/formats.h"
#include "ingest/post_features.h"
#include "redite/ingest/importer.h"

namespace redite::ingest {
namespace {

namespace fs = std::filesystem;

std::string ContentHash(std::string_view content) {
  XXH128_hash_t h = XXH3_128bits(content.data(), content.size());
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

// tweets.js, tweet.js, tweets-part1.js... read note-tweet.js beside them.
bool IsArchiveTweetsFile(const fs::path& p) {
  std::string name = p.filename().string();
  return name == "tweets.js" || name == "tweet.js" ||
         (name.rfind("tweets-part", 0) == 0 && p.extension() == ".js") ||
         (name.rfind("tweet-part", 0) == 0 && p.extension() == ".js");
}

std::int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

struct Importer::Rep {
  FeedStore* store;
  ImportOptions options;
  std::unique_ptr<AnalysisPool> pool;  // started at the first file to analyze

  Result<ImportReport> Import(const std::string& path, const std::string& account);
};

Importer::Importer(FeedStore* store, ImportOptions options)
    : rep_(new Rep{store, std::move(options), nullptr}) {}
Importer::~Importer() = default;

Result<ImportReport> Importer::Import(const std::string& path) {
  return rep_->Import(path, rep_->options.account);
}

Result<ImportReport> Importer::Import(const std::string& path, const std::string& account) {
  return rep_->Import(path, account);
}

Result<ImportReport> ImportFile(FeedStore& store, const std::string& path,
                                const ImportOptions& options) {
  return Importer(&store, options).Import(path);
}

Result<ImportReport> Importer::Rep::Import(const std::string& path, const std::string& account) {
  FeedStore& store = *this->store;
  ImportReport report;
  report.file = path;
  fs::path fs_path(path);
  std::string name = fs_path.filename().string();
  if (name == "note-tweet.js" || name.rfind("note-tweet-part", 0) == 0) {
    return Status::InvalidArgument(
        path + ": note-tweet.js holds the full text of long posts of tweets.js: import "
               "tweets.js (the note-tweet.js beside it is read with it)");
  }
  Result<std::string> content = ReadWholeFile(path);
  if (!content.ok()) return content.status();
  report.run.file = path;
  report.run.content_hash = ContentHash(*content);
  report.run.started_at = NowSeconds();

  if (options.text.enabled()) {
    Status s = store.CheckTextPipeline(StoredDataVersion(options.text));
    if (!s.ok()) return s;
  }

  ParseOptions parse = options.parse;
  std::string notes;
  if (parse.format == Format::kAuto) parse.format = DetectFormat(*content);
  if (parse.format == Format::kXArchive && parse.note_tweets.empty() &&
      IsArchiveTweetsFile(fs_path)) {
    fs::path sibling = fs_path.parent_path() / "note-tweet.js";
    std::error_code ec;
    if (fs::exists(sibling, ec)) {
      Result<std::string> n = ReadWholeFile(sibling.string());
      if (!n.ok()) return n.status();
      notes = std::move(*n);
      parse.note_tweets = notes;
    }
  }
  report.format = parse.format;
  const Platform platform = options.platform.value_or(
      FormatPlatform(parse.format) == Platform::kOther ? Platform::kX
                                                       : FormatPlatform(parse.format));
  const std::string handle = !account.empty() && account[0] == '@' ? account.substr(1) : account;

  // The same bytes imported before for the same account (or per author):
  // nothing to do. A file of several authors may be imported once per author.
  std::optional<std::int64_t> known_account = 0;
  if (!handle.empty()) {
    Result<std::optional<Account>> existing = store.FindAccount(platform, handle);
    if (!existing.ok()) return existing.status();
    known_account = existing->has_value() ? std::optional((*existing)->id) : std::nullopt;
  }
  if (known_account.has_value()) {
    Result<std::optional<ImportRun>> previous =
        store.FindImport(report.run.content_hash, *known_account);
    if (!previous.ok()) return previous.status();
    if (previous->has_value()) {
      report.already_imported = true;
      report.run = **previous;
      return report;
    }
  }

  // Analyzers load dictionaries: started before the write lock is taken.
  if (options.text.enabled() && pool == nullptr) {
    int threads = options.analysis_threads > 0
                      ? options.analysis_threads
                      : std::max(1, static_cast<int>(std::thread::hardware_concurrency()) - 1);
    Result<std::unique_ptr<AnalysisPool>> started = AnalysisPool::Start(options.text, threads);
    if (!started.ok()) return started.status();
    pool = std::move(*started);
  }
  Result<std::unique_ptr<ImportWriter>> writer = store.BeginImport();
  if (!writer.ok()) return writer.status().WithContext(path);
  std::int64_t fixed_account = 0;
  if (!handle.empty()) {
    Result<Account> ensured =
        (*writer)->EnsureAccount(Account{0, platform, handle, "", options.role});
    if (!ensured.ok()) return ensured.status().WithContext(path);
    fixed_account = ensured->id;
    report.run.account_id = fixed_account;
  }
  std::map<std::string, std::int64_t> account_by_author;
  std::int64_t done = 0;
  auto write = [&](const Post& post, const PostEntities* entities,
                   const similarity::PostFeatures* features) -> Status {
    Result<bool> added = (*writer)->AddPost(post, entities, features);
    if (!added.ok()) return added.status();
    ++(*added ? report.run.inserted : report.run.duplicates);
    if (options.progress && ++done % 10000 == 0) options.progress(done);
    return Status::OK();
  };
  auto write_batch = [&](std::unique_ptr<AnalysisPool::Batch> analyzed) -> Status {
    if (!analyzed->error.empty()) return Status::InvalidArgument(analyzed->error);
    for (std::size_t i = 0; i < analyzed->posts.size(); ++i) {
      Status s = write(analyzed->posts[i], &analyzed->entities[i], &analyzed->features[i]);
      if (!s.ok()) return s;
    }
    return Status::OK();
  };
  constexpr std::size_t kBatchSize = 256;
  constexpr std::size_t kMaxBatchesInFlight = 16;
  auto batch = std::make_unique<AnalysisPool::Batch>();

  PostSink sink = [&](Post&& post) -> Status {
    std::int64_t account_id = fixed_account;
    if (fixed_account != 0) {
      if (!post.author.empty() && !EqualsIgnoreCase(post.author, handle)) {
        ++report.other_authors;
        return Status::OK();
      }
    } else {
      if (post.author.empty()) {
        return Status::InvalidArgument(
            "post " + post.platform_id +
            " does not name its author: say whose posts these are with --account @handle");
      }
      auto it = account_by_author.find(post.author);
      if (it == account_by_author.end()) {
        Result<Account> account =
            (*writer)->EnsureAccount(Account{0, platform, post.author, "", options.role});
        if (!account.ok()) return account.status();
        it = account_by_author.emplace(post.author, account->id).first;
      }
      account_id = it->second;
    }
    post.account_id = account_id;
    if (pool == nullptr) return write(post, nullptr, nullptr);
    batch->posts.push_back(std::move(post));
    if (batch->posts.size() < kBatchSize) return Status::OK();
    pool->Submit(std::move(batch));
    batch = std::make_unique<AnalysisPool::Batch>();
    // Write analyzed batches while keeping the workers busy; bounding the
    // batches in flight bounds memory.
    while (pool->pending() > kMaxBatchesInFlight) {
      Status s = write_batch(pool->TakeOldest());
      if (!s.ok()) return s;
    }
    return Status::OK();
  };
  // Posts are written as they are read; when a record turns out invalid the
  // writer is dropped below without Commit, which rolls everything back.
  Result<ParseSummary> summary = ParseFeed(*content, parse, sink);
  if (!summary.ok()) {
    while (pool != nullptr && pool->pending() > 0) pool->TakeOldest();  // drop unwritten work
    return summary.status().WithContext(path);
  }
  if (pool != nullptr) {
    if (!batch->posts.empty()) pool->Submit(std::move(batch));
    while (pool->pending() > 0) {
      Status s = write_batch(pool->TakeOldest());
      if (!s.ok()) {
        while (pool->pending() > 0) pool->TakeOldest();
        return s.WithContext(path);
      }
    }
  }
  report.format = summary->format;
  report.run.format = FormatName(summary->format);
  report.run.records = summary->records;
  if (!summary->errors.empty() && !options.skip_invalid) {
    const RecordError& first = summary->errors.front();
    std::string message = path + ": " + first.ToString();
    if (summary->errors.size() > 1) {
      message += fmt::format(" (and {} more invalid record{}; --skip-invalid imports the rest)",
                             summary->errors.size() - 1, summary->errors.size() > 2 ? "s" : "");
    } else {
      message += " (--skip-invalid imports the rest)";
    }
    return Status::InvalidArgument(message);
  }
  report.skipped = summary->errors;
  report.run.skipped = static_cast<std::int64_t>(summary->errors.size());
  for (const RecordError& e : summary->errors) report.run.errors.push_back(e.ToString());
  Status committed = (*writer)->Commit(report.run);
  if (!committed.ok()) return committed.WithContext(path);
  return report;
}

}  // namespace redite::ingest
