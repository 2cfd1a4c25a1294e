// Scorer: compares two posts, gives a calibrated score in [0, 1], a level,
// and the signals behind it.
//
//   auto model = similarity::ScorerModel::Load(similarity::DefaultModelPath());
//   similarity::Scorer scorer(*model, &stats, thesaurus.get());
//   similarity::Comparison c = scorer.Compare(draft_features, corporate_features);
//   // c.score, c.level, c.signals, c.shared ...
//
// The score is a logistic combination of the signals whose weights and level
// thresholds are fitted from labeled pairs by `redite fit` (tools/) and kept
// as data in corpus/model/scorer.json. Compare() is not thread-safe (the
// thesaurus cache): one Scorer per thread.
#ifndef REDITE_SIMILARITY_SCORER_H_
#define REDITE_SIMILARITY_SCORER_H_

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "redite/similarity/features.h"
#include "redite/similarity/term_stats.h"
#include "redite/status.h"
#include "redite/text/thesaurus.h"

namespace redite::similarity {

// Most severe last, so levels compare with < and >=.
enum class Level { kDistinct = 0, kSameTopic, kRewording, kNearDuplicate, kDuplicate };

// "distinct", "same-topic", "rewording", "near-duplicate", "duplicate".
const char* LevelName(Level level);
std::optional<Level> ParseLevel(std::string_view name);

// The signals of a pair, each in [0, 1] (1: the strongest evidence).
enum Signal : int {
  kLemmaCosine = 0,   // cosine of IDF-weighted content lemmas
  kLemmaContainment,  // IDF share of the shorter post's lemmas found in the other
  kSoftContainment,   // the same, counting related words (recrutons/recrutement) and synonyms
  kCharCosine,        // cosine of IDF-weighted character 4-grams
  kWording,           // share of words aligned in order (near-duplicate evidence)
  kBigrams,           // shared word bigrams (word order, who does what)
  kExchange,          // shared words in crossed places ("A rachète B" / "B rachète A")
  kFigureShared,      // same figures (strong evidence of the same news)
  kFigureConflict,    // both quote figures and none agree (evidence against)
  kLinkShared,        // a canonical link in common
  kHashtagShared,     // IDF-weighted hashtag overlap
  kMentionShared,     // mention overlap
  kNegationMismatch,  // one negates, the other not: share of the words near the negation both have
  kLengthRatio,       // shorter / longer, in content lemmas
  kSoftOverlap,       // soft_containment over both posts' lemmas: what either adds lowers it
  kRelated,           // soft_containment - lemma_containment: matched only by relatives/synonyms
  kCharRoot,          // square root of char_cosine: the first shared 4-grams weigh most
  kContainedLength,   // soft_containment * length_ratio: contained, and of like length
  kSignalCount
};
const char* SignalName(int signal);
// +1: the signal is evidence that the posts say the same thing; -1: evidence
// against (exchanged words, conflicting figures, negation); 0: either. The fitting
// keeps each weight on its side, so a quirk of the training data cannot turn
// evidence into its opposite.
int SignalDirection(int signal);

using Signals = std::array<double, kSignalCount>;

struct ScorerModel {
  std::array<double, kSignalCount> weights{};
  double bias = 0;
  // Level thresholds on the score (rewording, same-topic), on the wording
  // signal (near-duplicate), and on the exchange signal (at or above it, the
  // pair is at most the same topic).
  double rewording = 0.5;
  double same_topic = 0.25;
  double near_duplicate = 0.75;
  double exchange = 0.5;
  std::string fitted_on;  // provenance, written by the fitting tool

  static Result<ScorerModel> Load(const std::string& path);
  Status Save(const std::string& path) const;
};

// corpus/model/scorer.json and corpus/model/term-stats-fr.tsv of the corpus
// folder the library was built with.
std::string DefaultModelPath();
std::string DefaultTermStatsPath();

// A passage both posts share: a byte range in each ORIGINAL text.
struct SharedSpan {
  Span a;
  Span b;
};

struct Comparison {
  double score = 0;
  Level level = Level::kDistinct;
  Signals signals{};
  // weight * signal per signal: the break-down of the score's logit.
  Signals contributions{};
  std::vector<SharedSpan> shared;  // shared words and figures, in a's order
  std::vector<std::string> shared_lemmas;
  std::vector<std::string> shared_figures;
  std::vector<std::string> shared_links;
  std::vector<std::string> shared_hashtags;
};

class PreparedPost;

class Scorer {
 public:
  struct Side;  // what the scorer derives from one post alone (opaque)

  // `stats` gives rarity weights (must outlive the Scorer); `thesaurus` may
  // be null (no synonym credit).
  Scorer(ScorerModel model, const TermStats* stats, text::Thesaurus* thesaurus);
  ~Scorer();
  Scorer(Scorer&&) noexcept;
  Scorer& operator=(Scorer&&) noexcept;

  // Only the signals (for fitting).
  Signals ComputeSignals(const PostFeatures& a, const PostFeatures& b);

  Comparison Compare(const PostFeatures& a, const PostFeatures& b);
  // Compare, when the pair reaches `min_level`; nullopt (and no explanation
  // computed: the cheaper path for the many candidates a search rejects)
  // otherwise.
  std::optional<Comparison> CompareAtLeast(const PostFeatures& a, const PostFeatures& b,
                                           Level min_level);

  // A post to compare with many others (a check's draft), prepared once:
  // its terms sorted and weighed. Refers to `features`, which must outlive it.
  PreparedPost Prepare(const PostFeatures& features);
  // CompareAtLeast(features `prepared` was prepared from, b, min_level). The
  // signals that need no word alignment come first; a pair they show cannot
  // reach `min_level` whatever its alignment is left there.
  std::optional<Comparison> CompareAtLeast(PreparedPost& prepared, const PostFeatures& b,
                                           Level min_level);

  // The score and level of given signals (for fitting and tests).
  double ScoreOf(const Signals& signals) const;
  Level LevelOf(const Signals& signals, double score, bool duplicate) const;

  const ScorerModel& model() const { return model_; }

 private:
  struct Alignment;
  struct Weights;
  // The signals that need no word alignment, then those that do.
  void ContentSignals(Side& a, Side& b, Signals* signals);
  void AlignmentSignals(const Side& a, const Side& b, const Alignment& alignment, Signals* signals);
  // Whether the non-optional words of each post are all among the other's.
  static bool MayBeDuplicate(const Side& a, const Side& b);
  // Whether a pair with these content signals can reach `min_level`, with
  // the alignment signals at their most favourable.
  bool CanReach(const Side& a, const Side& b, const Signals& content, Level min_level) const;

  ScorerModel model_;
  const TermStats* stats_;
  text::Thesaurus* thesaurus_;
  // Rarity weights looked up so far (while stats_ does not change).
  std::unique_ptr<Weights> weights_;
};

class PreparedPost {
 public:
  ~PreparedPost();
  PreparedPost(PreparedPost&&) noexcept;
  PreparedPost& operator=(PreparedPost&&) noexcept;

 private:
  friend class Scorer;
  explicit PreparedPost(std::unique_ptr<Scorer::Side> side);
  std::unique_ptr<Scorer::Side> side_;
};

// True when the two posts say the same words once hashtags, mentions, links,
// emoji and punctuation are set aside.
bool IsDuplicate(const PostFeatures& a, const PostFeatures& b);

}  // namespace redite::similarity

#endif  // REDITE_SIMILARITY_SCORER_H_
