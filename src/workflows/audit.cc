#include "redite/workflows/audit.h"

#include <algorithm>
#include <atomic>
#include <ctime>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
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

// The stored post `row_id` as a report shows it (handles cached in
// `handles`); a post no longer stored gives a PostRef with only its row id.
Result<PostRef> StoredRef(FeedStore* store, std::int64_t row_id,
                          std::unordered_map<std::int64_t, std::string>* handles) {
  auto post = store->GetPost(row_id);
  if (!post.ok()) {
    if (post.status().code() != Status::Code::kNotFound) return post.status();
    PostRef gone;
    gone.row_id = row_id;
    return gone;
  }
  auto handle = HandleOf(store, post->account_id, handles);
  if (!handle.ok()) return handle.status();
  return RefOf(*post, *handle);
}

// One post's check, its accepted pairs and its findings beyond the
// options' maximum set aside (on the checking thread: the findings left out
// are never all held at once).
struct AuditedPost {
  std::optional<CheckedPost> checked;
  std::size_t accepted = 0;
  std::vector<std::int64_t> left_out;  // the corporate posts of the findings set aside
};

// Checks each post of `posts` against `scope` on options.threads threads
// (posts handed out one at a time, so a slow post holds up no other); the
// results in the order of `posts`. A post with nothing to compare (only a
// link that was removed, an emoji) is audited with no finding.
Result<std::vector<AuditedPost>> CheckPosts(
    const std::vector<Post>& posts, const std::unordered_map<std::int64_t, std::string>& handles,
    const std::set<PostPair>& accepted, Checker* checker, const CheckScope& scope,
    const AuditOptions& options) {
  std::vector<AuditedPost> checked(posts.size());
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex mutex;  // guards `error`, `done` and the progress callback
  Status error;
  std::size_t done = 0;
  auto fail = [&](Status s) {
    std::lock_guard<std::mutex> lock(mutex);
    if (error.ok()) error = std::move(s);
    failed = true;
  };
  auto work = [&](Checker* c) {
    CheckScope own = scope;
    for (std::size_t k; !failed && (k = next++) < posts.size();) {
      const Post& post = posts[k];
      own.exclude_post_id = post.id;
      const PostRef ref = RefOf(post, handles.at(post.account_id));
      auto result = c->Check(ref, own);
      if (!result.ok()) {
        if (result.status().code() != Status::Code::kInvalidArgument) {
          fail(result.status());
          return;
        }
        CheckedPost empty;
        empty.post = ref;
        result = std::move(empty);
      }
      AuditedPost& audited = checked[k];
      audited.checked = std::move(result).value();
      std::vector<Finding>& findings = audited.checked->findings;  // best first
      audited.accepted = std::erase_if(findings, [&](const Finding& f) {
        return accepted.count({post.id, f.match.row_id}) > 0;
      });
      if (options.max_findings_per_post > 0 && findings.size() > options.max_findings_per_post) {
        for (std::size_t i = options.max_findings_per_post; i < findings.size(); ++i) {
          audited.left_out.push_back(findings[i].match.row_id);
        }
        findings.resize(options.max_findings_per_post);
      }
      // Kept until the report is written: without the room of the findings
      // set aside (a post of a template-heavy feed can have hundreds).
      findings.shrink_to_fit();
      if (options.progress) {
        std::lock_guard<std::mutex> lock(mutex);
        options.progress(++done, posts.size());
      }
    }
  };
  const int extra = options.make_checker && posts.size() > 1
                        ? std::min<int>(options.threads - 1, static_cast<int>(posts.size()) - 1)
                        : 0;
  std::vector<std::thread> workers;
  for (int t = 0; t < extra; ++t) {
    workers.emplace_back([&] {
      Result<ThreadChecker> own = options.make_checker();
      if (!own.ok()) {
        fail(own.status().WithContext("audit thread"));
        return;
      }
      work(own->checker.get());
    });
  }
  work(checker);
  for (std::thread& w : workers) w.join();
  if (!error.ok()) return error;
  return checked;
}

}  // namespace

std::vector<PostPair> ResolvedPairs(const std::vector<PostPair>& previous,
                                    const std::set<PostPair>& current,
                                    const std::set<std::int64_t>& audited) {
  std::vector<PostPair> resolved;
  for (const PostPair& pair : previous) {
    if (audited.count(pair.first) && !current.count(pair)) resolved.push_back(pair);
  }
  return resolved;
}

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
  std::set<PostPair> accepted(accepted_rows->begin(), accepted_rows->end());
  std::set<PostPair> previous;
  auto last = store->LastAuditRun(scope);
  if (!last.ok()) return last.status();
  if (*last) {
    result.previous_run_id = (*last)->id;
    for (const AuditFindingRow& row : (*last)->findings) {
      previous.emplace(row.post_id, row.other_post_id);
    }
  }

  auto listed = store->ListPostsOf(options.person_ids, options.since, options.until);
  if (!listed.ok()) return listed.status();
  std::vector<Post> posts = std::move(listed).value();
  // The person's handles (ListAccounts would count every post of the store).
  std::unordered_map<std::int64_t, std::string> handles;
  for (std::int64_t person : options.person_ids) {
    auto handle = HandleOf(store, person, &handles);
    if (!handle.ok()) return handle.status();
  }

  AuditRunRecord run;
  run.started_at = std::time(nullptr);
  CheckScope check_scope;
  check_scope.account_ids = options.corporate_ids;
  check_scope.min_level = options.min_level;
  auto checks = CheckPosts(posts, handles, accepted, checker, check_scope, options);
  if (!checks.ok()) return checks.status();
  std::vector<CheckedPost> all;
  std::set<PostPair> current;
  std::set<std::int64_t> audited;
  for (std::size_t k = 0; k < posts.size(); ++k) {
    const Post& post = posts[k];
    audited.insert(post.id);
    AuditedPost& checked_post = (*checks)[k];
    result.accepted += checked_post.accepted;
    result.left_out += checked_post.left_out.size();
    // Still found, though not reported: not resolved.
    for (std::int64_t other : checked_post.left_out) current.emplace(post.id, other);
    std::optional<CheckedPost>& checked = checked_post.checked;
    for (const Finding& f : checked->findings) {
      std::int64_t other = f.match.row_id;
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
      current.emplace(post.id, other);
      if (!previous.count({post.id, other})) {
        ++result.new_findings;
        result.new_pairs.emplace(post.id, other);
      }
    }
    all.push_back(std::move(*checked));
  }
  result.summary = SummarizeAudit(all, options.fail_level);
  if (*last) {
    std::vector<PostPair> previous_order;
    for (const AuditFindingRow& row : (*last)->findings) {
      previous_order.emplace_back(row.post_id, row.other_post_id);
    }
    std::vector<PostPair> resolved_pairs = ResolvedPairs(previous_order, current, audited);
    std::set<PostPair> resolved(resolved_pairs.begin(), resolved_pairs.end());
    for (const AuditFindingRow& row : (*last)->findings) {
      PostPair pair(row.post_id, row.other_post_id);
      if (!resolved.count(pair)) continue;
      ResolvedFinding f;
      auto subject = StoredRef(store, row.post_id, &handles);
      if (!subject.ok()) return subject.status();
      auto match = StoredRef(store, row.other_post_id, &handles);
      if (!match.ok()) return match.status();
      f.subject = std::move(*subject);
      f.match = std::move(*match);
      f.level = similarity::ParseLevel(row.level).value_or(similarity::Level::kDistinct);
      f.score = row.score;
      f.accepted = accepted.count(pair) > 0;
      result.resolved.push_back(std::move(f));
    }
    std::stable_sort(result.resolved.begin(), result.resolved.end(),
                     [](const ResolvedFinding& a, const ResolvedFinding& b) {
                       if (a.level != b.level) return a.level > b.level;
                       return a.score > b.score;
                     });
  }
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
