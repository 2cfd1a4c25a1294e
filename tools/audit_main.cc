// redite audit: the nightly overlap audit of the leader's posts of a period
// against the corporate feeds, stored as a run (--new: only what the previous
// run of the same accounts did not report).
//   redite audit --person @ceo --corporate @groupe --since 2025-01-01 --format json -o audit.json
//   redite audit --format html -o report.html   (a self-contained page with charts)
// redite accept POST_ID CORPORATE_POST_ID --reason "...": a deliberate echo,
// never reported again.
#include <unistd.h>

#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli_common.h"
#include "commands.h"
#include "config_loader.h"
#include "redite/profile/profile.h"
#include "redite/report/html.h"
#include "redite/report/profile_report.h"
#include "redite/report/report.h"
#include "redite/workflows/audit.h"
#include "workflow_flags.h"
#include "workflow_setup.h"

namespace redite::cli {
namespace {

struct AuditFlags {
  ConfigFlags config;
  OutputFlags output;
  std::vector<std::string> person;
  std::vector<std::string> corporate;
  std::string since;
  std::string until;
  std::string out;
  bool only_new = false;
  bool dry_run = false;
  int jobs = 0;  // 0: one per core
  std::size_t max_per_post = workflows::AuditOptions().max_findings_per_post;
};

std::string AuditText(const workflows::AuditResult& result, const report::ReportOptions& options,
                      bool only_new, std::size_t max_per_post) {
  std::string out = report::FormatAuditSummaryText(result.summary);
  out += fmt::format("findings: {} ({} new since the previous run{}), {} accepted pairs left out\n",
                     result.findings, result.new_findings,
                     result.previous_run_id ? fmt::format(" #{}", *result.previous_run_id) : "",
                     result.accepted);
  if (result.left_out > 0) {
    out += fmt::format("{} more findings beyond the {} closest per post left out (--max-per-post)\n",
                       result.left_out, max_per_post);
  }
  if (result.run_id != 0) out += fmt::format("recorded as audit run #{}\n", result.run_id);
  std::vector<workflows::CheckedPost> with_findings;
  for (const workflows::CheckedPost& c : result.checked) {
    if (!c.findings.empty()) with_findings.push_back(c);
  }
  out += only_new ? "\nnew findings:\n" : "\nfindings:\n";
  out += with_findings.empty() ? "  none\n" : report::FormatText(with_findings, options);
  return out;
}

nlohmann::json ResolvedJson(const std::vector<workflows::ResolvedFinding>& resolved) {
  nlohmann::json a = nlohmann::json::array();
  for (const workflows::ResolvedFinding& r : resolved) {
    a.push_back({{"post", r.subject.id},
                 {"match", r.match.id},
                 {"match_account", r.match.account},
                 {"level", similarity::LevelName(r.level)},
                 {"score", r.score},
                 {"accepted", r.accepted}});
  }
  return a;
}

// "@ceo against @groupe, 2026-01-01 to 2026-03-01" (the day before --until).
std::string ScopeLabel(const std::vector<Account>& person, const std::vector<Account>& corporate,
                       const workflows::AuditOptions& audit) {
  auto handles = [](const std::vector<Account>& accounts) {
    std::string out;
    for (const Account& a : accounts) out += (out.empty() ? "@" : ", @") + a.handle;
    return out;
  };
  return fmt::format("{} against {}, {} to {}", handles(person), handles(corporate),
                     FormatUtc(audit.since).substr(0, 10), FormatUtc(audit.until - 1).substr(0, 10));
}

// The editorial line of the audited period (redite profile), with the
// share of echoes per month from this audit; a note when it cannot be drawn
// (one side has no post in the period).
std::string ProfileSection(FeedStore* store, const workflows::AuditOptions& audit,
                           const std::vector<workflows::CheckedPost>& checked) {
  profile::ProfileOptions options;
  options.person_ids = audit.person_ids;
  options.corporate_ids = audit.corporate_ids;
  options.since = audit.since;
  options.until = audit.until;
  auto built = profile::BuildProfile(store, options);
  if (!built.ok()) {
    return "<section id=\"profile\"><h2>Editorial line</h2><p>Not available: " +
           report::EscapeHtml(built.status().message()) + "</p></section>\n";
  }
  built->fail_level = audit.fail_level;
  built->monthly = profile::MonthlyEchoShare(checked, audit.fail_level);
  return report::FormatProfileHtmlSection(*built);
}

int RunAuditCommand(const AuditFlags& flags) {
  auto setup = SetUpWorkflow(flags.config, /*writable=*/!flags.dry_run);
  if (!setup.ok()) return ReportError(setup.status());
  report::ReportFormat format;
  report::ReportOptions options;
  if (Status s = MakeReportOptions(flags.output, setup->config, &format, &options); !s.ok()) {
    return ReportError(s);
  }
  options.subject_noun = "post";
  if (!flags.out.empty()) options.color = false;
  auto accounts = ResolveComparedAccounts(*setup, flags.person, flags.corporate);
  if (!accounts.ok()) return ReportError(accounts.status());

  workflows::AuditOptions audit;
  audit.person_ids = accounts->person_ids;
  audit.corporate_ids = accounts->corporate_ids;
  auto period = ResolvePeriod(flags.since, flags.until, /*default_days=*/30, std::time(nullptr));
  if (!period.ok()) return ReportError(period.status());
  audit.since = period->since;
  audit.until = period->until;
  audit.fail_level = setup->config.fail_level.value;
  audit.only_new = flags.only_new;
  audit.max_findings_per_post = flags.max_per_post;
  audit.record = !flags.dry_run;
  if (isatty(STDERR_FILENO)) {
    audit.progress = [](std::size_t done, std::size_t total) {
      if (done == total || done % 25 == 0) {
        std::cerr << fmt::format("\raudit: {}/{} posts", done, total) << (done == total ? "\n" : "")
                  << std::flush;
      }
    };
  }
  if (Status s = SpreadAudit(&*setup, flags.jobs, &audit); !s.ok()) return ReportError(s);
  auto result = workflows::RunAudit(setup->store.get(), setup->checker.get(), audit);
  if (!result.ok()) return ReportError(result.status());

  std::string body;
  switch (format) {
    case report::ReportFormat::kJson: {
      nlohmann::json j;
      j["summary"] = nlohmann::json::parse(report::FormatAuditSummaryJson(result->summary));
      j["run"] = {{"id", result->run_id},
                  {"previous_run", result->previous_run_id ? nlohmann::json(*result->previous_run_id)
                                                           : nlohmann::json(nullptr)},
                  {"findings", result->findings},
                  {"new_findings", result->new_findings},
                  {"accepted_left_out", result->accepted},
                  {"beyond_max_per_post", result->left_out},
                  {"max_per_post", audit.max_findings_per_post},
                  {"resolved", ResolvedJson(result->resolved)},
                  {"only_new", flags.only_new}};
      // "report" sorts first, as nlohmann writes keys: the report's JSON is put in as text.
      body = report::PrependJsonMember("report", report::FormatJson(result->checked, options),
                                       j.dump(2) + "\n");
      break;
    }
    case report::ReportFormat::kCsv:
      body = report::FormatCsv(result->checked, options);
      break;
    case report::ReportFormat::kHtml: {
      report::HtmlReportOptions html;
      html.fail_level = options.fail_level;
      html.tool_version = options.tool_version;
      html.generated_at = std::time(nullptr);
      html.scope = ScopeLabel(accounts->person, accounts->corporate, audit);
      html.only_new = flags.only_new;
      html.extra_section_html = ProfileSection(setup->store.get(), audit, result->checked);
      html.extra_section_id = "profile";
      html.extra_section_title = "Editorial line";
      body = report::FormatAuditHtml(*result, html);
      break;
    }
    default:
      body = AuditText(*result, options, flags.only_new, audit.max_findings_per_post);
      break;
  }
  if (flags.out.empty()) {
    std::cout << body;
  } else {
    std::ofstream out(flags.out, std::ios::binary | std::ios::trunc);
    if (!(out << body)) return ReportError(Status::IOError(flags.out + ": cannot write"));
    std::cerr << fmt::format("audit: {} posts, overlap rate {:.1f}%, report written to {}\n",
                             result->summary.posts_audited, 100 * result->summary.overlap_rate,
                             flags.out);
  }
  return workflows::HasFindingAtOrAbove(result->checked, options.fail_level) ? kExitFindings
                                                                             : kExitOk;
}

struct AcceptFlags {
  ConfigFlags config;
  std::string post;
  std::string other;
  std::string reason;
};

// A post by its platform id (unique across accounts in practice), or by
// "@handle/ID" when two accounts share the id.
Result<Post> FindPost(FeedStore* store, const std::string& id) {
  auto posts = store->FindPostsByPlatformId(id);
  if (!posts.ok()) return posts.status();
  if (posts->empty()) return Status::NotFound(fmt::format("post {}: not in the database", id));
  if (posts->size() > 1) {
    return Status::InvalidArgument(fmt::format("post {}: several accounts have a post with this id", id));
  }
  return posts->front();
}

int RunAccept(const AcceptFlags& flags) {
  if (flags.reason.empty()) {
    return ReportError(Status::InvalidArgument("accept: --reason is required (why the echo is deliberate)"));
  }
  auto config = LoadEffectiveConfig(flags.config);
  if (!config.ok()) return ReportError(config.status());
  FeedStoreOptions options;
  options.create_if_missing = false;
  auto store = FeedStore::Open(config->database.value, options);
  if (!store.ok()) return ReportError(store.status());
  auto post = FindPost(store->get(), flags.post);
  if (!post.ok()) return ReportError(post.status());
  auto other = FindPost(store->get(), flags.other);
  if (!other.ok()) return ReportError(other.status());
  if (Status s = (*store)->AcceptPair(post->id, other->id, flags.reason, std::time(nullptr)); !s.ok()) {
    return ReportError(s);
  }
  std::cout << fmt::format("accepted: post {} repeating {} ({})\n", flags.post, flags.other,
                           flags.reason);
  return kExitOk;
}

}  // namespace

void RegisterAudit(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<AuditFlags>();
  auto* cmd = app.add_subcommand(
      "audit", "Audit the leader's posts of a period against the corporate feeds");
  cmd->add_option("--person", flags->person,
                  "The leader's accounts (default: the configuration's, else every person account)");
  cmd->add_option("--corporate", flags->corporate,
                  "Corporate accounts (@a,@b; default: the configuration's, else all)");
  cmd->add_option("--since", flags->since, "First day audited, YYYY-MM-DD (default: 30 days ago)");
  cmd->add_option("--until", flags->until, "Day after the last one audited (default: now)");
  cmd->add_flag("--new", flags->only_new, "Only findings the previous run did not report");
  cmd->add_flag("--dry-run", flags->dry_run, "Do not record the run");
  cmd->add_option("--max-per-post", flags->max_per_post,
                  "Findings kept per post, most severe first (0: all)")
      ->capture_default_str();
  cmd->add_option("-j,--jobs", flags->jobs, "Threads checking posts (default: one per core, at most 8)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("-o,--output", flags->out, "Write the report to this file");
  AddConfigFlags(cmd, &flags->config, /*with_window=*/false);
  AddOutputFlags(cmd, &flags->output, {"text", "json", "csv", "html"});
  cmd->callback([=] { *exit_code = RunAuditCommand(*flags); });

  auto accept = std::make_shared<AcceptFlags>();
  auto* acc = app.add_subcommand("accept", "Record a deliberate echo: never report this pair again");
  acc->add_option("post", accept->post, "The leader's post id")->required();
  acc->add_option("other", accept->other, "The corporate post id it repeats")->required();
  acc->add_option("--reason", accept->reason, "Why the echo is deliberate")->required();
  AddConfigFlags(acc, &accept->config, /*with_window=*/false, /*with_fail_level=*/false);
  acc->callback([=] { *exit_code = RunAccept(*accept); });
}

}  // namespace redite::cli
