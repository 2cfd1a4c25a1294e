// redite profile: the editorial line of the leader against the corporate
// account: the subjects, words, hashtags and link domains most distinctive of
// each side (weighted log-odds, Monroe et al. 2008), those both say alike,
// and the share of the leader's posts echoing the corporate feed by month
// (from a dry-run audit of the period: nothing is recorded).
//   redite profile --person @ceo --corporate @groupe --since 2025-01-01 --format html -o profile.html
// The period defaults to the 365 days before --until (itself now by default):
// a profile wants a year of posts.
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "config_loader.h"
#include "redite/profile/profile.h"
#include "redite/report/profile_report.h"
#include "redite/workflows/audit.h"
#include "workflow_setup.h"

namespace redite::cli {
namespace {

constexpr std::int64_t kDefaultDays = 365;

struct ProfileFlags {
  ConfigFlags config;
  std::vector<std::string> person;
  std::vector<std::string> corporate;
  std::string since;
  std::string until;
  std::size_t top = profile::ProfileOptions().top_n;
  std::int64_t min_count = profile::ProfileOptions().min_count;
  double alpha0 = profile::ProfileOptions().alpha0;
  double min_z = profile::ProfileOptions().min_abs_z;
  bool echoes = true;
  int jobs = 0;  // 0: one per core
  std::string format = "text";
  std::string out;
};

std::string Render(const profile::Profile& p, const std::string& format) {
  if (format == "json") return report::FormatProfileJson(p);
  if (format == "html") return report::FormatProfileHtmlPage(p);
  return report::FormatProfileText(p);
}

int RunProfileCommand(const ProfileFlags& flags) {
  if (flags.min_count < 1) {
    return ReportError(Status::InvalidArgument(
        fmt::format("--min-count {}: must be at least 1", flags.min_count)));
  }
  if (!(flags.alpha0 > 0)) {
    return ReportError(
        Status::InvalidArgument(fmt::format("--prior-size {}: must be above 0", flags.alpha0)));
  }
  if (!(flags.min_z >= 0)) {
    return ReportError(
        Status::InvalidArgument(fmt::format("--min-z {}: must not be negative", flags.min_z)));
  }
  auto setup = SetUpWorkflow(flags.config, /*writable=*/false);
  if (!setup.ok()) return ReportError(setup.status());
  auto accounts = ResolveComparedAccounts(*setup, flags.person, flags.corporate);
  if (!accounts.ok()) return ReportError(accounts.status());
  auto period = ResolvePeriod(flags.since, flags.until, kDefaultDays, std::time(nullptr));
  if (!period.ok()) return ReportError(period.status());

  profile::ProfileOptions options;
  options.person_ids = accounts->person_ids;
  options.corporate_ids = accounts->corporate_ids;
  options.since = period->since;
  options.until = period->until;
  options.top_n = flags.top;
  options.min_count = flags.min_count;
  options.alpha0 = flags.alpha0;
  options.min_abs_z = flags.min_z;
  auto built = profile::BuildProfile(setup->store.get(), options);
  if (!built.ok()) return ReportError(built.status());
  profile::Profile p = std::move(built).value();
  p.fail_level = setup->config.fail_level.value;

  if (flags.echoes) {
    workflows::AuditOptions audit;
    audit.person_ids = options.person_ids;
    audit.corporate_ids = options.corporate_ids;
    audit.since = options.since;
    audit.until = options.until;
    audit.fail_level = p.fail_level;
    audit.record = false;
    if (Status s = SpreadAudit(&*setup, flags.jobs, &audit); !s.ok()) return ReportError(s);
    auto result = workflows::RunAudit(setup->store.get(), setup->checker.get(), audit);
    if (!result.ok()) return ReportError(result.status());
    p.monthly = profile::MonthlyEchoShare(result->checked, p.fail_level);
  }

  std::string body = Render(p, flags.format);
  if (flags.out.empty()) {
    std::cout << body;
    return kExitOk;
  }
  std::ofstream out(flags.out, std::ios::binary | std::ios::trunc);
  if (!(out << body)) return ReportError(Status::IOError(flags.out + ": cannot write"));
  std::cerr << fmt::format("profile: {} and {} posts, written to {}\n", p.person_posts,
                           p.corporate_posts, flags.out);
  return kExitOk;
}

}  // namespace

void RegisterProfile(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<ProfileFlags>();
  auto* cmd = app.add_subcommand(
      "profile", "What the leader's posts say that the corporate feed does not, and the other "
                 "way round (weighted log-odds), and the echo share by month");
  cmd->add_option("--person", flags->person,
                  "The leader's accounts (default: the configuration's, else every person account)");
  cmd->add_option("--corporate", flags->corporate,
                  "Corporate accounts (@a,@b; default: the configuration's, else all)");
  cmd->add_option("--since", flags->since,
                  "First day, YYYY-MM-DD (default: 365 days before --until)");
  cmd->add_option("--until", flags->until, "Day after the last one (default: now)");
  cmd->add_option("--top", flags->top, "Terms per list (0: all)")->capture_default_str();
  cmd->add_option("--min-count", flags->min_count,
                  "Posts a term must be in, on the side it is listed for")
      ->capture_default_str();
  cmd->add_option("--prior-size", flags->alpha0,
                  "alpha0, the pseudo-counts of the prior: larger pulls rare terms harder "
                  "towards no difference")
      ->capture_default_str();
  cmd->add_option("--min-z", flags->min_z,
                  "|z| at which a difference counts: distinctive at or above, alike below")
      ->capture_default_str();
  cmd->add_flag("--echoes,!--no-echoes", flags->echoes,
                "Audit the period (dry run) for the echo share by month (default: on)");
  cmd->add_option("-j,--jobs", flags->jobs,
                  "Threads of the echo audit (default: one per core, at most 8)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--format", flags->format, "Output format: text|json|html")
      ->check(CLI::IsMember({"text", "json", "html"}));
  cmd->add_option("-o,--output", flags->out, "Write the profile to this file");
  AddConfigFlags(cmd, &flags->config, /*with_window=*/false);
  cmd->callback([=] { *exit_code = RunProfileCommand(*flags); });
}

}  // namespace redite::cli
