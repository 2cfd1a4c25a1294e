// redite import: reads export files into the database.
//
//   redite import --account @ceo --role person data/tweets.js
//   redite import --role corporate --column text=Message --column date=Date cal.csv
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.h"
#include "db_path.h"
#include "redite/ingest/importer.h"
#include "redite/store/feed_store.h"

namespace redite::cli {
namespace {

struct ImportArgs {
  std::string db;
  std::string account;
  std::string role;
  std::string platform;
  std::string format = "auto";
  std::vector<std::string> columns;
  bool skip_invalid = false;
  bool quiet = false;
  std::vector<std::string> files;
};

// "--column text=Message": sets the mapping of one field.
Status ApplyColumn(const std::string& spec, ingest::ColumnMapping* mapping) {
  std::size_t eq = spec.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size()) {
    return Status::InvalidArgument("--column " + spec + ": expected FIELD=NAME");
  }
  std::string field = spec.substr(0, eq), name = spec.substr(eq + 1);
  std::string* target = field == "id"         ? &mapping->id
                        : field == "date"     ? &mapping->date
                        : field == "text"     ? &mapping->text
                        : field == "author"   ? &mapping->author
                        : field == "url"      ? &mapping->url
                        : field == "kind"     ? &mapping->kind
                        : field == "reply_to" ? &mapping->reply_to
                        : field == "language" ? &mapping->language
                                              : nullptr;
  if (target == nullptr) {
    return Status::InvalidArgument("--column " + spec +
                                   ": unknown field (id, date, text, author, url, kind, "
                                   "reply_to, language)");
  }
  *target = name;
  return Status::OK();
}

int RunImport(const ImportArgs& args) {
  ingest::ImportOptions options;
  std::optional<AccountRole> role = ParseAccountRole(args.role);
  if (!role.has_value()) {
    fmt::print(stderr, "redite import: --role {}: expected person or corporate\n", args.role);
    return 2;
  }
  options.role = *role;
  options.account = StripAt(args.account);
  options.skip_invalid = args.skip_invalid;
  if (!args.platform.empty()) {
    options.platform = ParsePlatform(args.platform);
    if (!options.platform.has_value()) {
      fmt::print(stderr, "redite import: --platform {}: expected x, mastodon, bluesky, "
                         "linkedin or other\n", args.platform);
      return 2;
    }
  }
  std::optional<ingest::Format> format = ingest::ParseFormat(args.format);
  if (!format.has_value()) {
    fmt::print(stderr, "redite import: --format {}: expected auto, x-archive, x-csv, x-api, "
                       "mastodon, bluesky, linkedin, csv or jsonl\n", args.format);
    return 2;
  }
  options.parse.format = *format;
  for (const std::string& spec : args.columns) {
    Status s = ApplyColumn(spec, &options.parse.columns);
    if (!s.ok()) {
      fmt::print(stderr, "redite import: {}\n", s.message());
      return 2;
    }
  }
  const bool interactive = isatty(STDERR_FILENO) && !args.quiet;
  if (interactive) {
    options.progress = [](std::int64_t n) { fmt::print(stderr, "\r  {} posts...", n); };
  }
  // Links, hashtags, mentions and figures of each post come from the text layer.
  options.text = ingest::MakeTextPipeline();
  std::string db_path = ResolveDbPath(args.db);
  auto store = FeedStore::Open(db_path, FeedStoreOptions());
  if (!store.ok()) {
    fmt::print(stderr, "redite import: {}\n", store.status().message());
    return 2;
  }
  int exit_code = 0;
  ingest::Importer importer(store->get(), options);
  for (const std::string& file : args.files) {
    Result<ingest::ImportReport> report = importer.Import(file);
    if (interactive) fmt::print(stderr, "\r\033[K");
    if (!report.ok()) {
      fmt::print(stderr, "redite import: {}\n", report.status().message());
      exit_code = 2;
      continue;
    }
    if (report->already_imported) {
      if (!args.quiet) fmt::print("{}: already imported (same content), nothing to do\n", file);
      continue;
    }
    if (!args.quiet) {
      std::string others =
          report->other_authors > 0
              ? fmt::format(", {} by other accounts left out", report->other_authors)
              : "";
      fmt::print("{}: {} ({} records): {} new, {} already stored, {} skipped{}\n", file,
                 ingest::FormatName(report->format), report->run.records, report->run.inserted,
                 report->run.duplicates, report->run.skipped, others);
    }
    for (const ingest::RecordError& e : report->skipped) {
      fmt::print(stderr, "redite import: {}: skipped {}\n", file, e.ToString());
    }
  }
  if (exit_code == 0) {
    Status s = (*store)->Checkpoint();
    if (!s.ok()) fmt::print(stderr, "redite import: {}\n", s.message());
  }
  return exit_code;
}

}  // namespace

void RegisterImport(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "import", "Import posts from export files (X archive, X API, Mastodon, Bluesky, LinkedIn, "
                "CSV, JSON Lines); the format is recognized from the content");
  cmd->add_option("--db", args->db, "Database file (default: $REDITE_DB, else ./redite.db)");
  cmd->add_option("--account", args->account,
                  "Whose posts these are (@handle); posts the file attributes to another "
                  "author are left out. Omit it for files that name each post's author: "
                  "each author becomes an account");
  cmd->add_option("--role", args->role, "person (the leader) or corporate")->required();
  cmd->add_option("--platform", args->platform,
                  "x, mastodon, bluesky, linkedin or other (default: from the format)");
  cmd->add_option("--format", args->format,
                  "auto, x-archive, x-csv, x-api, mastodon, bluesky, linkedin, csv, jsonl");
  cmd->add_option("--column", args->columns,
                  "FIELD=NAME for csv/jsonl: which column holds id, date, text, author, url, "
                  "kind, reply_to or language (repeatable)");
  cmd->add_flag("--skip-invalid", args->skip_invalid,
                "Import the valid records of a file and list the invalid ones");
  cmd->add_flag("-q,--quiet", args->quiet, "Print only errors");
  cmd->add_option("FILE", args->files, "Export files ('-' for standard input)")->required();
  cmd->callback([args, exit_code] { *exit_code = RunImport(*args); });
}

}  // namespace redite::cli
