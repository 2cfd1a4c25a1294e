#include "workflow_setup.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <future>
#include <sstream>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "db_path.h"
#include "redite/similarity/scorer.h"
#include "redite/workflows/drafts.h"

namespace redite::cli {

// The analyzer holds the Hunspell dictionary: about a million small
// allocations that take longer to free (~70 ms) than the whole check takes.
// A command's process ends once its setup goes, so, as clang does with
// -disable-free, the analyzer is left to the operating system; it stays
// reachable from `kept`, so leak checkers do not report it. The checker and
// the store close normally (statements finalized, database closed).
WorkflowSetup::~WorkflowSetup() {
  if (!analyzer) return;
  static auto* const kept = new std::vector<std::unique_ptr<text::Analyzer>>();
  checker.reset();  // before the analyzer it uses
  kept->push_back(std::move(analyzer));
}

Result<workflows::CheckerOptions> CheckerOptionsOf(const workflows::Config& config) {
  auto model = similarity::ScorerModel::Load(similarity::DefaultModelPath());
  if (!model.ok()) return model.status();
  if (Status s = workflows::ValidateThresholds(config, *model); !s.ok()) return s;
  workflows::ApplyThresholds(config, &*model);
  workflows::CheckerOptions options;
  options.model = std::move(model).value();
  options.ignore_phrases = config.ignore_phrases.value;
  workflows::ApplyStopwords(config, &options.analyzer);
  return options;
}

Result<workflows::ThreadChecker> MakeThreadChecker(const workflows::Config& config,
                                                   std::int64_t mmap_bytes) {
  workflows::ThreadChecker own;
  FeedStoreOptions store_options;
  store_options.create_if_missing = false;
  store_options.read_only = true;
  store_options.mmap_bytes = mmap_bytes;
  auto store = FeedStore::Open(config.database.value, store_options);
  if (!store.ok()) return store.status();
  own.store = std::move(store).value();
  auto options = CheckerOptionsOf(config);
  if (!options.ok()) return options.status();
  auto checker = workflows::Checker::Create(own.store.get(), *options);
  if (!checker.ok()) return checker.status();
  own.checker = std::move(checker).value();
  return own;
}

Status SpreadAudit(WorkflowSetup* setup, int jobs, workflows::AuditOptions* audit) {
  audit->threads =
      jobs > 0 ? jobs : static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
  // The connections share the audit's budget of mapped database: each
  // mapping counts in the process's resident memory.
  const std::int64_t map = workflows::kAuditMemoryMapBytes / audit->threads;
  if (Status s = setup->store->SetMemoryMap(map); !s.ok()) return s;
  if (audit->threads <= 1) return Status::OK();
  const workflows::Config* config = &setup->config;
  audit->make_checker = [config, map] { return MakeThreadChecker(*config, map); };
  return Status::OK();
}

Result<WorkflowSetup> SetUpWorkflow(const ConfigFlags& flags, bool writable) {
  WorkflowSetup setup;
  auto config = LoadEffectiveConfig(flags);
  if (!config.ok()) return config.status();
  setup.config = std::move(config).value();
  const std::string& db = setup.config.database.value;
  if (!std::filesystem::exists(db)) {
    return Status::NotFound(fmt::format(
        "{}: no such database (from {}); import feeds first with `redite import`", db,
        setup.config.database.from.ToString()));
  }
  // The analyzer (Hunspell's dictionary, the entity patterns: most of a
  // check's start-up) is built on another thread while the store, the model,
  // the rarity weights and the thesaurus load on this one.
  text::AnalyzerOptions analyzer_options;
  workflows::ApplyStopwords(setup.config, &analyzer_options);  // as CheckerOptionsOf does
  auto pending = std::async(std::launch::async,
                            [analyzer_options] { return text::Analyzer::Create(analyzer_options); });
  FeedStoreOptions options;
  options.create_if_missing = false;
  options.read_only = !writable;
  auto store = FeedStore::Open(db, options);
  if (!store.ok()) return store.status();
  setup.store = std::move(store).value();

  auto options_of_config = CheckerOptionsOf(setup.config);
  if (!options_of_config.ok()) return options_of_config.status();
  workflows::CheckerOptions checker_options = std::move(options_of_config).value();
  checker_options.analyzer_source = [&setup, &pending]() -> Result<text::Analyzer*> {
    auto analyzer = pending.get();
    if (!analyzer.ok()) return analyzer.status();
    setup.analyzer = std::move(analyzer).value();
    return setup.analyzer.get();
  };
  auto checker = workflows::Checker::Create(setup.store.get(), checker_options);
  if (!checker.ok()) return checker.status();
  setup.checker = std::move(checker).value();
  return setup;
}

Result<std::vector<Account>> ResolveAccounts(FeedStore* store, const workflows::Config& config,
                                             const std::vector<std::string>& handles,
                                             AccountRole role, const std::string& what) {
  std::vector<std::string> wanted;
  for (const std::string& h : handles) {
    std::stringstream pieces(h);
    std::string piece;
    while (std::getline(pieces, piece, ',')) {
      if (!piece.empty()) wanted.push_back(StripAt(piece));
    }
  }
  if (wanted.empty()) {
    for (const workflows::AccountSetting& a : workflows::AccountsWithRole(config, role)) {
      wanted.push_back(a.handle);
    }
  }
  std::vector<Account> out;
  if (wanted.empty()) {
    auto all = store->AccountsWithRole(role);
    if (!all.ok()) return all.status();
    out = std::move(all).value();
    if (out.empty()) {
      return Status::InvalidArgument(fmt::format(
          "{}: the database has no {} account (import one with --role {})", what,
          AccountRoleName(role), AccountRoleName(role)));
    }
    return out;
  }
  for (const std::string& handle : wanted) {
    auto found = store->FindAccountsByHandle(handle);
    if (!found.ok()) return found.status();
    if (found->empty()) {
      return Status::NotFound(fmt::format("{}: unknown account @{} (see `redite accounts`)", what, handle));
    }
    for (const Account& a : *found) out.push_back(a);
  }
  return out;
}

std::vector<std::int64_t> IdsOf(const std::vector<Account>& accounts) {
  std::vector<std::int64_t> ids;
  for (const Account& a : accounts) ids.push_back(a.id);
  return ids;
}

Result<ComparedAccounts> ResolveComparedAccounts(const WorkflowSetup& setup,
                                                 const std::vector<std::string>& person,
                                                 const std::vector<std::string>& corporate) {
  auto persons = ResolveAccounts(setup.store.get(), setup.config, person, AccountRole::kPerson,
                                 "--person");
  if (!persons.ok()) return persons.status();
  auto corporates = ResolveAccounts(setup.store.get(), setup.config, corporate,
                                    AccountRole::kCorporate, "--corporate");
  if (!corporates.ok()) return corporates.status();
  return ComparedAccounts{*persons, *corporates, IdsOf(*persons), IdsOf(*corporates)};
}

namespace {

Result<std::int64_t> ParseDateFlag(const std::string& flag, const std::string& value) {
  auto t = workflows::ParseDraftDate(value, /*day_first=*/true);
  if (!t.ok()) {
    return Status::InvalidArgument(fmt::format("{} \"{}\": not a date (YYYY-MM-DD)", flag, value));
  }
  return *t;
}

}  // namespace

Result<Period> ResolvePeriod(const std::string& since_flag, const std::string& until_flag,
                             std::int64_t default_days, std::int64_t now) {
  Period period;
  period.until = now;
  if (!until_flag.empty()) {
    auto until = ParseDateFlag("--until", until_flag);
    if (!until.ok()) return until.status();
    period.until = *until;
  }
  period.since = period.until - default_days * 86400;
  if (!since_flag.empty()) {
    auto since = ParseDateFlag("--since", since_flag);
    if (!since.ok()) return since.status();
    period.since = *since;
  }
  if (period.since >= period.until) {
    return Status::InvalidArgument(fmt::format(
        "--since {} is not before --until {}: the period is empty",
        since_flag.empty() ? fmt::format("({} days before --until)", default_days) : since_flag,
        until_flag.empty() ? "(now)" : until_flag));
  }
  return period;
}

Result<CheckSetup> SetUpCheck(const ConfigFlags& config_flags, const OutputFlags& output_flags,
                              const std::vector<std::string>& against) {
  CheckSetup setup;
  auto workflow = SetUpWorkflow(config_flags, /*writable=*/false);
  if (!workflow.ok()) return workflow.status();
  setup.workflow = std::move(workflow).value();
  if (Status s = MakeReportOptions(output_flags, setup.workflow.config, &setup.format,
                                   &setup.options);
      !s.ok()) {
    return s;
  }
  auto accounts = ResolveAccounts(setup.workflow.store.get(), setup.workflow.config, against,
                                  AccountRole::kCorporate, "--against");
  if (!accounts.ok()) return accounts.status();
  setup.scope.account_ids = IdsOf(*accounts);
  setup.scope.since = workflows::WindowStart(setup.workflow.config.window.value, std::time(nullptr));
  return setup;
}

}  // namespace redite::cli
