#include "redite/workflows/audit.h"

#include <algorithm>
#include <ctime>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

#include <nlohmann/json.hpp>

namespace redite::workflows {
namespace {

// Runs of one scope are compared with each other for --new.
std::string ScopeOf(const AuditOptions& options) {
  auto ids = [](std::vector<std::int64_t> v) {
    std::sort(v.begin(), v.end());
    std::string out;
    for (std::int64_t id : v) out += (out.empty() ? "" : ",") + std::to_string(id);
    return out;
  };
  return "person=" + ids(options.person_ids) + ";corporate=" + ids(options.corporate_ids);
}

}  // namespace

Result<AuditResult> RunAudit(FeedStore* store, Checker* checker, const AuditOptions& options) {
  if (options.person_ids.empty()) return Status::InvalidArgument("audit: no person account");
  if (options.corporate_ids.empty()) return Status::InvalidArgument("audit: no corporate account");
  if (options.since >= options.until) {
    return Status::InvalidArgument("audit: the period is empty (--since must come before --until)");
  }
  AuditResult result;
  const std::string scope = ScopeOf(options);

  auto accepted_rows = store->AcceptedPairs();
  if (!accepted_rows.ok()) return accepted_rows.status();
  std::set<std::pair<std::int64_t, std::int64_t>> accepted(accepted_rows->begin(),
                                                           accepted_rows->end());
  std::set<std::pair<std::int64_t, std::int64_t>> previous;
  auto last = store->LastAuditRun(scope);
  if (!last.ok()) return last.status();
  if (*last) {
    result.previous_run_id = (*last)->id;
    for (const AuditFindingRow& row : (*last)->findings) {
      previous.emplace(row.post_id, row.other_post_id);
    }
  }

  std::vector<Post> posts;
  for (std::int64_t person : options.person_ids) {
    PostQuery query;
    query.account_id = person;
    query.since = options.since;
    query.until = options.until;
    auto listed = store->ListPosts(query);
    if (!listed.ok()) return listed.status();
    for (Post& p : *listed) posts.push_back(std::move(p));
  }
  // The person's handles (ListAccounts would count every post of the store).
  std::unordered_map<std::int64_t, std::string> handles;
  for (std::int64_t person : options.person_ids) {
    auto account = store->GetAccount(person);
    if (!account.ok()) return account.status();
    handles[person] = account->handle;
  }

  AuditRunRecord run;
  run.started_at = std::time(nullptr);
  CheckScope check_scope;
  check_scope.account_ids = options.corporate_ids;
  check_scope.min_level = options.min_level;
  std::vector<CheckedPost> all;
  for (std::size_t k = 0; k < posts.size(); ++k) {
    const Post& post = posts[k];
    check_scope.exclude_post_id = post.id;
    auto checked = checker->Check(RefOf(post, handles[post.account_id]), check_scope);
    if (!checked.ok()) {
      // A post with nothing to compare (only a link that was removed, an
      // emoji) is audited with no finding.
      if (checked.status().code() != Status::Code::kInvalidArgument) return checked.status();
      CheckedPost empty;
      empty.post = RefOf(post, handles[post.account_id]);
      checked = std::move(empty);
    }
    std::vector<Finding> kept;
    for (Finding& f : checked->findings) {
      std::int64_t other = f.match.row_id;
      if (accepted.count({post.id, other})) {
        ++result.accepted;
        continue;
      }
      AuditFindingRow row;
      row.post_id = post.id;
      row.other_post_id = other;
      row.level = similarity::LevelName(f.comparison.level);
      row.score = f.comparison.score;
      row.details = nlohmann::json{{"shared_lemmas", f.comparison.shared_lemmas},
                                   {"shared_figures", f.comparison.shared_figures},
                                   {"shared_links", f.comparison.shared_links},
                                   {"shared_hashtags", f.comparison.shared_hashtags}}
                        .dump();
      run.findings.push_back(std::move(row));
      ++result.findings;
      bool is_new = !previous.count({post.id, other});
      result.new_findings += is_new;
      kept.push_back(std::move(f));
    }
    checked->findings = std::move(kept);
    all.push_back(std::move(checked).value());
    if (options.progress) options.progress(k + 1, posts.size());
  }
  result.summary = SummarizeAudit(all, options.fail_level);
  if (options.only_new) {
    for (CheckedPost& c : all) {
      std::erase_if(c.findings, [&](const Finding& f) {
        return previous.count({f.subject.row_id, f.match.row_id}) > 0;
      });
    }
  }
  result.checked = std::move(all);
  if (options.record) {
    run.finished_at = std::time(nullptr);
    run.scope = scope;
    run.parameters = nlohmann::json{{"scope", scope},
                                    {"since", options.since},
                                    {"until", options.until},
                                    {"fail_level", similarity::LevelName(options.fail_level)}}
                         .dump();
    run.summary = nlohmann::json{{"posts_audited", result.summary.posts_audited},
                                 {"overlapping", result.summary.overlapping},
                                 {"overlap_rate", result.summary.overlap_rate},
                                 {"findings", result.findings},
                                 {"new_findings", result.new_findings}}
                      .dump();
    auto id = store->RecordAuditRun(run);
    if (!id.ok()) return id.status();
    result.run_id = *id;
  }
  return result;
}

}  // namespace redite::workflows
