#include "redite/store/echo_finder.h"

#include <algorithm>
#include <utility>

#include "redite/similarity/index.h"
#include "redite/similarity/term_stats.h"
#include "text/form_cache.h"

namespace redite {

struct EchoFinder::Rep {
  Rep(FeedStore* store, const EchoFinderOptions& options)
      : index(store, options.index), patience(options.patience) {}

  // Gives `stats` the store's counts of the lemmas, hashtags and figures of `f` that
  // were not fetched yet, and with `words`, of its words too (the scorer
  // weighs the draft's words moved around by their rarity as lemmas): every
  // weight the scorer reads then comes from the store, whatever was checked
  // before in the process (or on another thread).
  Status FetchCounts(const similarity::PostFeatures& f, bool words = false) {
    // Known terms are looked up by their text, without building their
    // index key (most terms of a candidate were met before).
    auto fetch = [&](text::FormCache<char>& fetched, similarity::KeyKind kind,
                     const std::string& term, auto set) -> Status {
      if (fetched.Find(term) != nullptr) return Status::OK();
      // The index keys a figure without its currency sign ("1200" for 1 200 €).
      const std::uint64_t key = similarity::IndexKey(
          kind, kind == similarity::KeyKind::kFigure ? similarity::FigureKey(term) : term);
      Result<std::int64_t> df = index.CorporatePostsWith(key);
      if (!df.ok()) return df.status();
      (stats.*set)(term, *df);
      fetched.Insert(term, 1);
      return Status::OK();
    };
    using similarity::KeyKind;
    using similarity::TermStats;
    for (const std::string& l : f.lemmas) {
      Status s = fetch(fetched_lemmas, KeyKind::kLemma, l, &TermStats::SetLemmaCount);
      if (!s.ok()) return s;
    }
    if (words) {
      for (const std::string& w : f.words) {
        Status s = fetch(fetched_lemmas, KeyKind::kLemma, w, &TermStats::SetLemmaCount);
        if (!s.ok()) return s;
      }
    }
    for (const std::string& h : f.hashtags) {
      Status s = fetch(fetched_hashtags, KeyKind::kHashtag, h, &TermStats::SetHashtagCount);
      if (!s.ok()) return s;
    }
    for (const std::string& x : f.figures) {
      Status s = fetch(fetched_figures, KeyKind::kFigure, x, &TermStats::SetFigureCount);
      if (!s.ok()) return s;
    }
    return Status::OK();
  }

  OverlapIndex index;
  const std::size_t patience;
  similarity::TermStats prior;  // the default French counts
  similarity::TermStats stats;  // the store's corporate counts, on the prior
  // Terms whose counts are in `stats` (a full table starts over: counts
  // fetched again are the same).
  text::FormCache<char> fetched_lemmas{1 << 20};
  text::FormCache<char> fetched_hashtags{1 << 16};
  text::FormCache<char> fetched_figures{1 << 16};
  std::unique_ptr<text::Thesaurus> thesaurus;
  std::unique_ptr<similarity::Scorer> scorer;
  EchoFinderStats last;  // of the last Find
};

EchoFinder::EchoFinder(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
EchoFinder::~EchoFinder() = default;

Result<std::unique_ptr<EchoFinder>> EchoFinder::Create(FeedStore* store,
                                                       const EchoFinderOptions& options) {
  auto rep = std::make_unique<Rep>(store, options);
  auto prior = similarity::TermStats::Load(options.term_stats_path.empty()
                                               ? similarity::DefaultTermStatsPath()
                                               : options.term_stats_path);
  if (!prior.ok()) return prior.status();
  rep->prior = std::move(*prior);
  rep->stats.SetPrior(&rep->prior);
  Result<similarity::ScorerModel> model =
      options.model != nullptr
          ? Result<similarity::ScorerModel>(*options.model)
          : similarity::ScorerModel::Load(options.model_path.empty() ? similarity::DefaultModelPath()
                                                                     : options.model_path);
  if (!model.ok()) return model.status();
  if (options.use_thesaurus) {
    auto thesaurus = text::Thesaurus::Open(options.thesaurus);
    if (!thesaurus.ok()) return thesaurus.status();
    rep->thesaurus = std::move(*thesaurus);
  }
  rep->scorer = std::make_unique<similarity::Scorer>(std::move(*model), &rep->stats,
                                                     rep->thesaurus.get());
  return std::unique_ptr<EchoFinder>(new EchoFinder(std::move(rep)));
}

OverlapIndex& EchoFinder::index() { return rep_->index; }
const EchoFinderStats& EchoFinder::last_stats() const { return rep_->last; }

Result<std::vector<Finding>> EchoFinder::Find(const similarity::PostFeatures& draft,
                                              const EchoQuery& query) {
  if (query.where.account_ids.empty()) {
    return Status::InvalidArgument("no account to compare the post with");
  }
  OverlapIndex::ReadScope read(rep_->index);
  rep_->last = EchoFinderStats();
  std::vector<std::int64_t> ids;
  if (query.exhaustive) {
    Result<std::vector<std::int64_t>> all = rep_->index.AllPosts(query.where);
    if (!all.ok()) return all.status();
    ids = std::move(*all);
  } else {
    Result<std::vector<OverlapCandidate>> candidates = rep_->index.Candidates(draft, query.where);
    if (!candidates.ok()) return candidates.status();
    for (const OverlapCandidate& c : *candidates) ids.push_back(c.post_id);
  }
  rep_->last.candidates = ids.size();
  // The corporate posts counted so far (another import may have added some).
  Result<std::int64_t> documents = rep_->index.CorporatePosts();
  if (!documents.ok()) return documents.status();
  rep_->stats.SetDocuments(*documents);
  if (Status s = rep_->FetchCounts(draft, /*words=*/true); !s.ok()) return s;
  similarity::PreparedPost prepared = rep_->scorer->Prepare(draft);

  std::vector<Finding> findings;
  std::size_t misses_in_a_row = 0;
  for (std::int64_t id : ids) {
    if (!query.exhaustive && misses_in_a_row >= rep_->patience) break;
    Result<similarity::PostFeatures> features = rep_->index.ReadFeatures(id);
    if (!features.ok()) return features.status();
    if (Status s = rep_->FetchCounts(*features); !s.ok()) return s;
    ++rep_->last.scored;
    std::optional<similarity::Comparison> c =
        rep_->scorer->CompareAtLeast(prepared, *features, query.min_level);
    if (!c) {
      ++misses_in_a_row;
      continue;
    }
    misses_in_a_row = 0;
    Result<IndexedPost> post = rep_->index.ReadPost(id);
    if (!post.ok()) return post.status();
    Finding f;
    f.post_id = id;
    f.account_id = post->account_id;
    f.created_at = post->created_at;
    f.text = std::move(post->text);
    f.comparison = std::move(*c);
    findings.push_back(std::move(f));
  }
  rep_->last.findings = findings.size();
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.comparison.level != b.comparison.level) return a.comparison.level > b.comparison.level;
    if (a.comparison.score != b.comparison.score) return a.comparison.score > b.comparison.score;
    return a.post_id > b.post_id;
  });
  return findings;
}

}  // namespace redite
