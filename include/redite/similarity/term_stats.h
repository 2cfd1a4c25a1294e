// TermStats: how many posts of a collection hold each term, for rarity
// weights (IDF). Words, hashtags, figures and character shingles that recur
// in many posts (signatures, slogans, campaign hashtags) weigh little.
//
//   similarity::TermStats stats;
//   for (const auto& f : corporate_features) stats.Add(f);
//   double w = stats.LemmaIdf("apprentissage");
//
// A TermStats can sit on a prior (the default French model shipped in
// corpus/model/): counts of both are added, so a small feed still has sensible
// weights. Not thread-safe for writing; const methods are.
#ifndef REDITE_SIMILARITY_TERM_STATS_H_
#define REDITE_SIMILARITY_TERM_STATS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "redite/similarity/features.h"
#include "redite/status.h"

namespace redite::similarity {

class TermStats {
 public:
  TermStats() = default;

  // Counts each distinct lemma, hashtag, figure and shingle of the post once.
  void Add(const PostFeatures& features);

  // Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1, with the
  // prior's counts added: at least 1, larger for rarer terms. Once these
  // counts cover kOwnDocuments posts, a term common in them is common
  // whatever the prior says (a feed's slogans and templates are boilerplate
  // there, however rare in general French): the smaller of the two weights.
  double LemmaIdf(std::string_view lemma) const;
  double HashtagIdf(std::string_view hashtag) const;
  double FigureIdf(std::string_view figure) const;
  double ShingleIdf(std::uint32_t shingle) const;

  // The weight of a term no post holds (the largest).
  double MaxIdf() const { return IdfOf(0, 0); }

  std::int64_t documents() const;
  std::int64_t LemmaCount(std::string_view lemma) const;  // df, prior included

  // Counts kept elsewhere (the store's overlap index keeps the document
  // frequencies of its corporate posts): replace these counts' number of
  // documents, or one term's document frequency.
  void SetDocuments(std::int64_t documents) {
    if (documents != documents_) ++documents_generation_;
    documents_ = documents;
  }
  void SetLemmaCount(std::string_view lemma, std::int64_t df) {
    if (Set(&lemmas_, lemma, df)) lemma_changes_.emplace_back(lemma);
  }
  void SetHashtagCount(std::string_view hashtag, std::int64_t df) { Set(&hashtags_, hashtag, df); }
  void SetFigureCount(std::string_view figure, std::int64_t df) { Set(&figures_, figure, df); }

  // Uses `prior` (kept by pointer: it must outlive this object) under these counts.
  void SetPrior(const TermStats* prior) {
    ++documents_generation_;
    prior_ = prior;
  }

  // Changes whenever any weight may have changed (posts were added, the
  // number of documents or the prior changed, or a count of the prior was
  // set): callers that keep weights (Scorer) start over.
  std::uint64_t DocumentsGeneration() const {
    return documents_generation_ + (prior_ != nullptr ? prior_->DocumentsGeneration() +
                                                            prior_->LemmaChanges().size()
                                                      : 0);
  }
  // The lemmas whose count SetLemmaCount() set or changed, in order: while
  // DocumentsGeneration() stays, only their weights changed, so a caller
  // that kept weights updates those listed after the length it last saw
  // (a check sets the count of each new lemma it meets: starting over at
  // each would discard every weight kept).
  const std::vector<std::string>& LemmaChanges() const { return lemma_changes_; }

  // Text file: a header line "redite-term-stats 1 <documents>", then
  // "<kind>\t<term>\t<df>" lines, kind l (lemma), h (hashtag), f (figure),
  // s (shingle hash in decimal). Terms seen in fewer than `min_df` posts are
  // left out of the file (they get the maximal weight anyway).
  Status Save(const std::string& path, std::int64_t min_df) const;
  static Result<TermStats> Load(const std::string& path);

 private:
  static constexpr std::int64_t kOwnDocuments = 100;

  double Idf(std::int64_t df) const;
  // The weight of a term held by `own` of these posts and `prior` of the prior's.
  double IdfOf(std::int64_t own, std::int64_t prior) const;
  template <typename Map, typename Key>
  double IdfIn(const Map TermStats::*counts, const Key& key) const;
  // The document frequency of `term` in these counts plus the prior's.
  std::int64_t Count(const std::unordered_map<std::string, std::int64_t> TermStats::*counts,
                     std::string_view term) const;

  std::int64_t documents_ = 0;
  // Sets a term's count; true when it changed.
  static bool Set(std::unordered_map<std::string, std::int64_t>* counts, std::string_view term,
                  std::int64_t df) {
    auto [it, inserted] = counts->try_emplace(std::string(term), df);
    if (!inserted && it->second == df) return false;
    it->second = df;
    return true;
  }
  std::uint64_t documents_generation_ = 0;
  std::vector<std::string> lemma_changes_;
  std::unordered_map<std::string, std::int64_t> lemmas_;
  std::unordered_map<std::string, std::int64_t> hashtags_;
  std::unordered_map<std::string, std::int64_t> figures_;
  std::unordered_map<std::uint32_t, std::int64_t> shingles_;
  const TermStats* prior_ = nullptr;
};

}  // namespace redite::similarity

#endif  // REDITE_SIMILARITY_TERM_STATS_H_
