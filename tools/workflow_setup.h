// What the workflow subcommands (check, hook, audit) set up the same way:
// the effective configuration, the store, the accounts to compare with and
// the Checker.
#ifndef REDITE_TOOLS_WORKFLOW_SETUP_H_
#define REDITE_TOOLS_WORKFLOW_SETUP_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "config_loader.h"
#include "redite/report/report.h"
#include "workflow_flags.h"
#include "redite/status.h"
#include "redite/store/feed_store.h"
#include "redite/workflows/audit.h"
#include "redite/workflows/check.h"
#include "redite/workflows/config.h"

namespace redite::cli {

struct WorkflowSetup {
  WorkflowSetup() = default;
  WorkflowSetup(WorkflowSetup&&) = default;
  WorkflowSetup& operator=(WorkflowSetup&&) = default;
  // Leaves the analyzer to the operating system (see the .cc).
  ~WorkflowSetup();

  workflows::Config config;
  std::unique_ptr<FeedStore> store;
  std::unique_ptr<text::Analyzer> analyzer;  // the checker's
  std::unique_ptr<workflows::Checker> checker;
};

// The checker options of a configuration: the fitted model with its
// thresholds, the phrases to ignore, the extra stopwords.
Result<workflows::CheckerOptions> CheckerOptionsOf(const workflows::Config& config);

// A checker of its own for one more audit thread: a read-only connection to
// the configuration's database (mapping at most `mmap_bytes` of it) and an
// analyzer of its own.
Result<workflows::ThreadChecker> MakeThreadChecker(const workflows::Config& config,
                                                   std::int64_t mmap_bytes);

// Spreads `audit` over `jobs` threads (0: one per core, at most 8), each
// one more with a checker of its own (MakeThreadChecker), the setup's store
// and theirs sharing the memory map of one.
Status SpreadAudit(WorkflowSetup* setup, int jobs, workflows::AuditOptions* audit);

// Loads the configuration (ConfigFlags), opens its database (read-only unless
// `writable`; a missing database is an error naming it) and builds the
// Checker with the configuration's thresholds and phrases to ignore.
Result<WorkflowSetup> SetUpWorkflow(const ConfigFlags& flags, bool writable);

// The accounts named in `handles` ("@a,@b" or "a b" pieces; each must exist in
// the store), or, when none is named, those of the configuration with `role`,
// or else every account of the store with that role. NotFound names an
// unknown handle; InvalidArgument when no account results.
Result<std::vector<Account>> ResolveAccounts(FeedStore* store, const workflows::Config& config,
                                             const std::vector<std::string>& handles,
                                             AccountRole role, const std::string& what);

std::vector<std::int64_t> IdsOf(const std::vector<Account>& accounts);

// The accounts of --person (role person) and --corporate (role corporate),
// each resolved as ResolveAccounts does.
struct ComparedAccounts {
  std::vector<Account> person;
  std::vector<Account> corporate;
  std::vector<std::int64_t> person_ids;
  std::vector<std::int64_t> corporate_ids;
};
Result<ComparedAccounts> ResolveComparedAccounts(const WorkflowSetup& setup,
                                                 const std::vector<std::string>& person,
                                                 const std::vector<std::string>& corporate);

// A period [since, until) from --since and --until (YYYY-MM-DD; "" when not
// given): until defaults to `now`, since to `default_days` days before until.
// InvalidArgument names the flag of a bad date, or says the period is empty.
struct Period {
  std::int64_t since = 0;
  std::int64_t until = 0;
};
Result<Period> ResolvePeriod(const std::string& since_flag, const std::string& until_flag,
                             std::int64_t default_days, std::int64_t now);

// What check and hook share: the workflow (read-only), the report format and
// options, and the scope: the corporate accounts of `against` (or the
// defaults) over the configured window before now.
struct CheckSetup {
  WorkflowSetup workflow;
  report::ReportFormat format = report::ReportFormat::kText;
  report::ReportOptions options;
  workflows::CheckScope scope;
};
Result<CheckSetup> SetUpCheck(const ConfigFlags& config_flags, const OutputFlags& output_flags,
                              const std::vector<std::string>& against);

}  // namespace redite::cli

#endif  // REDITE_TOOLS_WORKFLOW_SETUP_H_
