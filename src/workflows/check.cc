#include "redite/workflows/check.h"

#include <unordered_map>
#include <utility>

#include "redite/similarity/features.h"
#include "redite/similarity/text_comparer.h"
#include "redite/text/tokens.h"
#include "redite/workflows/draft_pairs.h"
#include "redite/workflows/ignored_phrases.h"

namespace redite::workflows {

struct Checker::Rep {
  FeedStore* store = nullptr;
  CheckerOptions options;
  std::unique_ptr<text::Analyzer> own_analyzer;
  text::Analyzer* analyzer = nullptr;  // own_analyzer, or the one given
  std::unique_ptr<EchoFinder> finder;
  similarity::ScorerModel model;
  std::unordered_map<std::int64_t, std::string> handles;  // account id -> handle, as met
  // Created with phrases to ignore (compares each candidate again with the
  // phrases blanked on both sides: the stored features still hold them), or
  // on demand (Comparer()).
  std::unique_ptr<similarity::TextComparer> comparer;
};

Result<std::string> HandleOf(FeedStore* store, std::int64_t account_id,
                             std::unordered_map<std::int64_t, std::string>* handles) {
  auto known = handles->find(account_id);
  if (known != handles->end()) return known->second;
  auto account = store->GetAccount(account_id);
  if (!account.ok()) return account.status();
  return handles->emplace(account_id, account->handle).first->second;
}

Checker::Checker(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Checker::~Checker() = default;

Result<std::unique_ptr<Checker>> Checker::Create(FeedStore* store, const CheckerOptions& options) {
  auto rep = std::make_unique<Rep>();
  rep->store = store;
  rep->options = options;
  if (options.model) {
    rep->model = *options.model;
  } else {
    auto model = similarity::ScorerModel::Load(options.finder.model_path.empty()
                                                   ? similarity::DefaultModelPath()
                                                   : options.finder.model_path);
    if (!model.ok()) return model.status();
    rep->model = std::move(model).value();
  }
  EchoFinderOptions finder_options = options.finder;
  finder_options.model = &rep->model;
  auto finder = EchoFinder::Create(store, finder_options);
  if (!finder.ok()) return finder.status();
  rep->finder = std::move(finder).value();
  auto analyzer = options.analyzer_source
                      ? options.analyzer_source()
                      : text::Analyzer::GivenOrCreate(options.analyzer_instance, options.analyzer,
                                                      &rep->own_analyzer);
  rep->options.analyzer_source = nullptr;  // used once; what it refers to may not outlive Create
  if (!analyzer.ok()) return analyzer.status();
  if (*analyzer == nullptr) return Status::InvalidArgument("the analyzer source gave no analyzer");
  rep->analyzer = *analyzer;
  auto checker = std::unique_ptr<Checker>(new Checker(std::move(rep)));
  if (!options.ignore_phrases.empty()) {
    auto comparer = checker->Comparer();
    if (!comparer.ok()) return comparer.status();
  }
  return checker;
}

const similarity::ScorerModel& Checker::model() const { return rep_->model; }

Result<similarity::TextComparer*> Checker::Comparer() {
  if (!rep_->comparer) {
    similarity::TextComparerOptions comparer_options;
    comparer_options.model = &rep_->model;
    comparer_options.analyzer_instance = rep_->analyzer;
    auto comparer = similarity::TextComparer::Create(comparer_options);
    if (!comparer.ok()) return comparer.status();
    rep_->comparer = std::move(comparer).value();
  }
  return rep_->comparer.get();
}

Result<CheckedPost> Checker::Check(const PostRef& subject, const CheckScope& scope) {
  // Blanked phrases keep every byte offset, so the spans found in the masked
  // text point into the original one.
  std::string masked = MaskPhrases(subject.text, rep_->options.ignore_phrases);
  similarity::PostFeatures features = similarity::ExtractFeatures(rep_->analyzer->Analyze(masked));
  if (features.words.empty() && features.links.empty()) {
    return Status::InvalidArgument(
        (subject.file.empty() ? subject.id : subject.file + ":" + std::to_string(subject.line)) +
        ": nothing to compare (the text is empty or only phrases to ignore)");
  }
  CheckedPost checked = NewCheckedPost(subject, rep_->analyzer->extractor());
  EchoQuery query;
  query.where.account_ids = scope.account_ids;
  query.where.since = scope.since;
  query.where.until = scope.until;
  query.min_level = scope.min_level;
  auto found = rep_->finder->Find(features, query);
  if (!found.ok()) return found.status();
  for (redite::Finding& f : *found) {
    if (scope.exclude_post_id && f.post_id == *scope.exclude_post_id) continue;
    if (!rep_->options.ignore_phrases.empty()) {
      f.comparison =
          CompareIgnoring(rep_->comparer.get(), subject.text, f.text, rep_->options.ignore_phrases);
      if (f.comparison.level < scope.min_level) continue;
    }
    auto post = rep_->store->GetPost(f.post_id);
    if (!post.ok()) return post.status();
    auto handle = HandleOf(rep_->store, f.account_id, &rep_->handles);
    if (!handle.ok()) return handle.status();
    checked.findings.push_back(MakeFinding(subject, RefOf(*post, *handle), std::move(f.comparison)));
  }
  SortBestFirst(&checked.findings);
  return checked;
}

}  // namespace redite::workflows
