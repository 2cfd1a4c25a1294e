#include "redite/similarity/scorer.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>
#include <xxhash.h>

#include "text/form_cache.h"

namespace redite::similarity {
namespace {

constexpr std::array<const char*, 5> kLevelNames = {"distinct", "same-topic", "rewording",
                                                    "near-duplicate", "duplicate"};

constexpr std::array<const char*, kSignalCount> kSignalNames = {
    "lemma_cosine",   "lemma_containment", "soft_containment",  "char_cosine",     "wording",
    "bigrams",        "exchange",          "figure_shared",     "figure_conflict", "link_shared",
    "hashtag_shared", "mention_shared",    "negation_mismatch", "length_ratio",    "soft_overlap",
    "related",        "char_root",         "contained_length"};

// Longest posts aligned word by word; beyond this the alignment uses the
// first kMaxAligned words (LinkedIn posts can be long; tweets never are).
constexpr std::size_t kMaxAligned = 400;

// Longest common subsequence of two word sequences (as word ids, see
// WordIds): the index pairs matched.
std::vector<std::pair<int, int>> Align(const std::vector<std::uint32_t>& a,
                                       const std::vector<std::uint32_t>& b) {
  const int n = static_cast<int>(std::min(a.size(), kMaxAligned));
  const int m = static_cast<int>(std::min(b.size(), kMaxAligned));
  std::vector<std::uint16_t> dp(static_cast<std::size_t>(n + 1) * (m + 1), 0);
  auto at = [&](int i, int j) -> std::uint16_t& {
    return dp[static_cast<std::size_t>(i) * (m + 1) + j];
  };
  for (int i = n - 1; i >= 0; --i) {
    for (int j = m - 1; j >= 0; --j) {
      at(i, j) = a[i] == b[j] ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                              : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::vector<std::pair<int, int>> pairs;
  int i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] == b[j]) {
      pairs.emplace_back(i, j);
      ++i;
      ++j;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      ++i;
    } else {
      ++j;
    }
  }
  return pairs;
}

// The words of two posts as small integers, equal words getting equal ids
// (0, 1, ... in the order of the sorted distinct words): comparing and
// pairing ids costs less than comparing strings.
struct WordIds {
  std::vector<std::uint32_t> a, b;
  std::uint32_t distinct = 0;
};
WordIds IdsOf(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  // (word, position): positions of b are offset by a's size.
  std::vector<std::pair<std::string_view, std::uint32_t>> all;
  all.reserve(a.size() + b.size());
  for (std::size_t i = 0; i < a.size(); ++i) all.emplace_back(a[i], static_cast<std::uint32_t>(i));
  for (std::size_t j = 0; j < b.size(); ++j) {
    all.emplace_back(b[j], static_cast<std::uint32_t>(a.size() + j));
  }
  std::sort(all.begin(), all.end());
  WordIds ids;
  ids.a.resize(a.size());
  ids.b.resize(b.size());
  for (std::size_t k = 0; k < all.size(); ++k) {
    if (k > 0 && all[k].first != all[k - 1].first) ++ids.distinct;
    std::uint32_t at = all[k].second;
    (at < a.size() ? ids.a[at] : ids.b[at - a.size()]) = ids.distinct;
  }
  if (!all.empty()) ++ids.distinct;
  return ids;
}

// Distinct terms with their number of occurrences, sorted by term.
template <typename Key>
using TermCounts = std::vector<std::pair<Key, int>>;

// Of terms already sorted (shingles are).
template <typename Key>
TermCounts<Key> CountsOfSorted(const std::vector<Key>& sorted) {
  TermCounts<Key> counts;
  for (const Key& t : sorted) {
    if (!counts.empty() && counts.back().first == t) {
      ++counts.back().second;
    } else {
      counts.emplace_back(t, 1);
    }
  }
  return counts;
}

TermCounts<std::string_view> Counts(const std::vector<std::string>& terms) {
  std::vector<std::string_view> sorted(terms.begin(), terms.end());
  std::sort(sorted.begin(), sorted.end());
  return CountsOfSorted(sorted);
}

template <typename Key>
bool Holds(const TermCounts<Key>& counts, const Key& term) {
  auto it =
      std::lower_bound(counts.begin(), counts.end(), term,
                       [](const std::pair<Key, int>& c, const Key& t) { return c.first < t; });
  return it != counts.end() && it->first == term;
}

double TfWeight(int tf) { return 1.0 + std::log(static_cast<double>(tf)); }

// Small integers (days, counts of one or two digits) say little; larger
// figures, percentages and amounts identify a piece of news.
// A plain number that reads as a year ("2024"): it dates the news rather
// than telling it.
bool IsYear(const std::string& key) {
  if (key.size() != 4 ||
      !std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  return key >= "1900" && key <= "2099";
}

double FigureStrength(const std::string& key) {
  if (key.find('%') != std::string::npos) return 1.0;
  if (IsYear(key)) return 0.4;
  std::size_t digits = 0;
  for (char c : key) digits += (c >= '0' && c <= '9');
  return digits >= 3 ? 1.0 : 0.4;
}

// What a figure measures, for conflicts: a share, an amount of money, or a
// count; years (dates) are no kind. Two posts quoting figures of one kind,
// none of them equal, tell different news.
enum class FigureKind { kNone, kShare, kMoney, kCount };
FigureKind KindOf(const std::string& figure) {
  if (figure.find('%') != std::string::npos) return FigureKind::kShare;
  if (FigureKey(figure) != figure) return FigureKind::kMoney;
  return IsYear(figure) ? FigureKind::kNone : FigureKind::kCount;
}

// Words sharing a long prefix are the same family: recrutons/recrutement,
// apprentis/apprentissage, sortie/sortir.
bool SameFamily(std::string_view x, std::string_view y) {
  std::size_t n = std::min(x.size(), y.size());
  std::size_t p = 0;
  while (p < n && x[p] == y[p]) ++p;
  return p >= 5 && p * 10 >= n * 7;
}

double Sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

// Words on each side of a negation that tell which clause it negates.
constexpr std::size_t kNegationWindow = 3;
// A negation contradicts the other post when at least this share of the
// words around it are shared (in the aligned wording).
constexpr double kContradictingNegation = 0.5;

}  // namespace

const char* LevelName(Level level) { return kLevelNames[static_cast<int>(level)]; }

std::optional<Level> ParseLevel(std::string_view name) {
  for (std::size_t i = 0; i < kLevelNames.size(); ++i) {
    if (name == kLevelNames[i]) return static_cast<Level>(i);
  }
  return std::nullopt;
}

const char* SignalName(int signal) { return kSignalNames[signal]; }

int SignalDirection(int signal) {
  switch (signal) {
    case kExchange:
    case kFigureConflict:
    case kNegationMismatch:
      return -1;
    case kLengthRatio:
      return 0;
    default:
      return 1;
  }
}

std::string DefaultModelPath() { return std::string(REDITE_CORPUS_DIR) + "/model/scorer.json"; }
std::string DefaultTermStatsPath() {
  return std::string(REDITE_CORPUS_DIR) + "/model/term-stats-fr.tsv";
}

Result<ScorerModel> ScorerModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open the scorer model");
  nlohmann::json j;
  try {
    in >> j;
  } catch (const nlohmann::json::exception& e) {
    return Status::Corruption(path + ": not JSON: " + e.what());
  }
  ScorerModel model;
  try {
    if (j.at("version").get<int>() != 1) {
      return Status::Corruption(path + ": version: unsupported scorer model version");
    }
    const nlohmann::json& weights = j.at("weights");
    for (int s = 0; s < kSignalCount; ++s) {
      if (!weights.contains(kSignalNames[s])) {
        return Status::Corruption(path + ": weights: missing \"" + kSignalNames[s] + "\"");
      }
      model.weights[s] = weights.at(kSignalNames[s]).get<double>();
    }
    model.bias = j.at("bias").get<double>();
    const nlohmann::json& t = j.at("thresholds");
    model.rewording = t.at("rewording").get<double>();
    model.same_topic = t.at("same-topic").get<double>();
    model.near_duplicate = t.at("near-duplicate").get<double>();
    model.exchange = t.at("exchange").get<double>();
    model.fitted_on = j.value("fitted_on", "");
  } catch (const nlohmann::json::exception& e) {
    return Status::Corruption(path + ": " + e.what());
  }
  return model;
}

Status ScorerModel::Save(const std::string& path) const {
  nlohmann::ordered_json j;
  j["version"] = 1;
  j["fitted_on"] = fitted_on;
  nlohmann::ordered_json w;
  for (int s = 0; s < kSignalCount; ++s) w[kSignalNames[s]] = weights[s];
  j["weights"] = w;
  j["bias"] = bias;
  j["thresholds"] = {{"rewording", rewording},
                     {"same-topic", same_topic},
                     {"near-duplicate", near_duplicate},
                     {"exchange", exchange}};
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError(path + ": cannot write");
  out << j.dump(2) << '\n';
  return out ? Status::OK() : Status::IOError(path + ": write failed");
}

namespace {

// IsDuplicate given the words' alignment.
bool DuplicateFromAlignment(const PostFeatures& a, const PostFeatures& b,
                            const std::vector<std::pair<int, int>>& pairs) {
  std::vector<std::uint8_t> matched_a(a.words.size(), 0), matched_b(b.words.size(), 0);
  bool any = false;
  for (auto [i, j] : pairs) {
    matched_a[i] = matched_b[j] = 1;
    any = any || !a.word_optional[i] || !b.word_optional[j];
  }
  if (!any) return false;
  for (std::size_t i = 0; i < a.words.size(); ++i) {
    if (!matched_a[i] && !a.word_optional[i]) return false;
  }
  for (std::size_t j = 0; j < b.words.size(); ++j) {
    if (!matched_b[j] && !b.word_optional[j]) return false;
  }
  return true;
}

}  // namespace

// The words of both posts as ids, and their longest common subsequence.
struct Scorer::Alignment {
  Alignment(const PostFeatures& a, const PostFeatures& b) : ids(IdsOf(a.words, b.words)) {
    pairs = Align(ids.a, ids.b);
  }
  WordIds ids;
  std::vector<std::pair<int, int>> pairs;
};

// Weights of character shingles by hash, in one flat open-addressing array
// (a post has about a hundred shingles, each looked up once per comparison).
class ShingleWeights {
 public:
  explicit ShingleWeights(std::size_t limit) : limit_(limit) { Clear(); }

  const double* Find(std::uint32_t shingle) const {
    for (std::size_t at = Hash(shingle) & mask_;; at = (at + 1) & mask_) {
      const Slot& slot = slots_[at];
      if (!slot.used) return nullptr;
      if (slot.shingle == shingle) return &slot.weight;
    }
  }
  double Insert(std::uint32_t shingle, double weight) {
    if (size_ >= limit_) Clear();
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Place(shingle, weight);
    return weight;
  }
  void Clear() {
    slots_.assign(1024, Slot());
    mask_ = slots_.size() - 1;
    size_ = 0;
  }

 private:
  struct Slot {
    std::uint32_t shingle = 0;
    bool used = false;
    double weight = 0;
  };
  static std::size_t Hash(std::uint32_t shingle) {
    return static_cast<std::size_t>((shingle * 0x9E3779B97F4A7C15ull) >> 17);
  }
  void Place(std::uint32_t shingle, double weight) {
    std::size_t at = Hash(shingle) & mask_;
    while (slots_[at].used) at = (at + 1) & mask_;
    slots_[at] = Slot{shingle, true, weight};
    ++size_;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot());
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const Slot& slot : old) {
      if (slot.used) Place(slot.shingle, slot.weight);
    }
  }

  std::size_t limit_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

// Rarity weights already looked up, while the TermStats do not change: a
// draft is compared with many posts, and a feed's words and shingles recur.
struct Scorer::Weights {
  static constexpr std::size_t kLimit = 1 << 16;
  const TermStats* stats = nullptr;
  std::uint64_t documents = 0;
  std::size_t lemma_changes = 0;  // of stats->LemmaChanges() applied
  text::FormCache<double> lemmas{kLimit};
  ShingleWeights shingles{kLimit};

  void Sync(const TermStats* s) {
    const std::vector<std::string>& changes = s->LemmaChanges();
    if (s != stats || s->DocumentsGeneration() != documents) {
      lemmas.Clear();
      shingles.Clear();
    } else {
      for (std::size_t i = lemma_changes; i < changes.size(); ++i) {
        if (double* w = lemmas.FindMutable(changes[i])) *w = s->LemmaIdf(changes[i]);
      }
    }
    stats = s;
    documents = s->DocumentsGeneration();
    lemma_changes = changes.size();
  }
  double Lemma(std::string_view lemma) {
    if (const double* w = lemmas.Find(lemma)) return *w;
    return lemmas.Insert(lemma, stats->LemmaIdf(lemma));
  }
  double Shingle(std::uint32_t shingle) {
    if (const double* w = shingles.Find(shingle)) return *w;
    return shingles.Insert(shingle, stats->ShingleIdf(shingle));
  }
};

// What the scorer derives from one post alone: its lemmas counted, sorted and
// weighed by rarity, its character shingles weighed, its words hashed. Built
// once per post compared; a check prepares its draft's once for all its
// candidates (Scorer::Prepare).
struct Scorer::Side {
  const PostFeatures* f = nullptr;
  // Distinct lemmas, sorted, with their number of occurrences; the rarity
  // weight of each; for each lemma of f (in order), its index among them.
  TermCounts<std::string_view> lemmas;
  std::vector<double> lemma_idf;
  std::vector<double> lemma_weight;  // tf-idf
  std::vector<std::uint32_t> lemma_slot;
  double lemma_total = 0;  // sum of lemma_idf
  double lemma_norm2 = 0;  // squared norm of the tf-idf vector
  // The accented lemma forms, sorted (what thesaurus synonyms match).
  std::vector<std::string_view> forms;
  // Synonyms of each distinct lemma's first form, looked up when first needed.
  std::vector<const std::vector<std::string>*> synonyms;
  // Character 4-grams with their tf-idf weights, sorted by hash; squared norm.
  std::vector<std::uint32_t> shingle_keys;
  std::vector<int> shingle_tf;
  std::vector<double> shingle_weight;
  double shingle_norm2 = 0;
  // Hashes of the words, sorted and distinct: all of them, and the
  // non-optional ones (a duplicate's other side holds each of these).
  std::vector<std::uint64_t> word_hashes;
  std::vector<std::uint64_t> strict_word_hashes;
  // The weights' state when they were looked up.
  const TermStats* stats = nullptr;
  std::uint64_t documents = 0;
  std::size_t lemma_changes = 0;

  // Everything, from `features` (which must outlive this side).
  void Build(const PostFeatures& features, Weights& weights) {
    f = &features;
    std::vector<std::string_view> sorted(features.lemmas.begin(), features.lemmas.end());
    std::sort(sorted.begin(), sorted.end());
    lemmas = CountsOfSorted(sorted);
    lemma_slot.resize(features.lemmas.size());
    for (std::size_t i = 0; i < features.lemmas.size(); ++i) {
      auto it = std::lower_bound(lemmas.begin(), lemmas.end(), std::string_view(features.lemmas[i]),
                                 [](const auto& c, std::string_view t) { return c.first < t; });
      lemma_slot[i] = static_cast<std::uint32_t>(it - lemmas.begin());
    }
    forms.assign(features.lemma_forms.begin(), features.lemma_forms.end());
    std::sort(forms.begin(), forms.end());
    synonyms.assign(lemmas.size(), nullptr);
    shingle_keys.clear();
    shingle_tf.clear();
    for (const auto& [h, n] : CountsOfSorted(features.shingles)) {
      shingle_keys.push_back(h);
      shingle_tf.push_back(n);
    }
    auto hashes = [&](bool strict) {
      std::vector<std::uint64_t> out;
      out.reserve(features.words.size());
      for (std::size_t i = 0; i < features.words.size(); ++i) {
        if (strict && features.word_optional[i]) continue;
        out.push_back(XXH3_64bits(features.words[i].data(), features.words[i].size()));
      }
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    };
    word_hashes = hashes(false);
    strict_word_hashes = hashes(true);
    Weigh(weights);
  }

  // The rarity weights, looked up again when the counts changed since.
  void Refresh(Weights& weights) {
    const std::vector<std::string>& changes = weights.stats->LemmaChanges();
    if (weights.stats != stats || weights.documents != documents) {
      Weigh(weights);
      return;
    }
    for (std::size_t i = lemma_changes; i < changes.size(); ++i) {
      if (Holds(lemmas, std::string_view(changes[i]))) {
        Weigh(weights);
        return;
      }
    }
    lemma_changes = changes.size();
  }

  void Weigh(Weights& weights) {
    stats = weights.stats;
    documents = weights.documents;
    lemma_changes = stats != nullptr ? stats->LemmaChanges().size() : 0;
    lemma_idf.resize(lemmas.size());
    lemma_weight.resize(lemmas.size());
    lemma_total = lemma_norm2 = 0;
    for (std::size_t k = 0; k < lemmas.size(); ++k) {
      const double idf = weights.Lemma(lemmas[k].first);
      lemma_idf[k] = idf;
      lemma_total += idf;
      const double w = TfWeight(lemmas[k].second) * idf;
      lemma_weight[k] = w;
      lemma_norm2 += w * w;
    }
    shingle_weight.resize(shingle_keys.size());
    shingle_norm2 = 0;
    for (std::size_t k = 0; k < shingle_keys.size(); ++k) {
      const double w = TfWeight(shingle_tf[k]) * weights.Shingle(shingle_keys[k]);
      shingle_weight[k] = w;
      shingle_norm2 += w * w;
    }
  }

  const std::vector<std::string>& SynonymsOf(std::size_t slot, std::size_t position,
                                             text::Thesaurus* thesaurus) {
    if (synonyms[slot] == nullptr) synonyms[slot] = &thesaurus->Synonyms(f->lemma_forms[position]);
    return *synonyms[slot];
  }
};

PreparedPost::PreparedPost(std::unique_ptr<Scorer::Side> side) : side_(std::move(side)) {}
PreparedPost::~PreparedPost() = default;
PreparedPost::PreparedPost(PreparedPost&&) noexcept = default;
PreparedPost& PreparedPost::operator=(PreparedPost&&) noexcept = default;

bool IsDuplicate(const PostFeatures& a, const PostFeatures& b) {
  WordIds ids = IdsOf(a.words, b.words);
  return DuplicateFromAlignment(a, b, Align(ids.a, ids.b));
}

Scorer::Scorer(ScorerModel model, const TermStats* stats, text::Thesaurus* thesaurus)
    : model_(std::move(model)),
      stats_(stats),
      thesaurus_(thesaurus),
      weights_(std::make_unique<Weights>()) {}
Scorer::~Scorer() = default;
Scorer::Scorer(Scorer&&) noexcept = default;
Scorer& Scorer::operator=(Scorer&&) noexcept = default;

PreparedPost Scorer::Prepare(const PostFeatures& features) {
  weights_->Sync(stats_);
  auto side = std::make_unique<Side>();
  side->Build(features, *weights_);
  return PreparedPost(std::move(side));
}

Signals Scorer::ComputeSignals(const PostFeatures& a, const PostFeatures& b) {
  weights_->Sync(stats_);
  Side sa, sb;
  sa.Build(a, *weights_);
  sb.Build(b, *weights_);
  Signals s{};
  ContentSignals(sa, sb, &s);
  AlignmentSignals(sa, sb, Alignment(a, b), &s);
  return s;
}

namespace {

// Sum of the products of two sparse vectors given as sorted keys and values.
template <typename Key>
double Dot(const std::vector<Key>& ka, const std::vector<double>& wa, const std::vector<Key>& kb,
           const std::vector<double>& wb) {
  double dot = 0;
  std::size_t i = 0, j = 0;
  while (i < ka.size() && j < kb.size()) {
    if (ka[i] < kb[j]) {
      ++i;
    } else if (kb[j] < ka[i]) {
      ++j;
    } else {
      dot += wa[i] * wb[j];
      ++i;
      ++j;
    }
  }
  return dot;
}

double CosineOf(double dot, double norm2_a, double norm2_b) {
  if (norm2_a == 0 || norm2_b == 0) return 0;
  return dot / std::sqrt(norm2_a * norm2_b);
}

// Whether each distinct lemma of x (sorted counts) is among y's.
std::vector<std::uint8_t> HeldBy(const TermCounts<std::string_view>& x,
                                 const TermCounts<std::string_view>& y) {
  std::vector<std::uint8_t> held(x.size(), 0);
  std::size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i].first < y[j].first) {
      ++i;
    } else if (y[j].first < x[i].first) {
      ++j;
    } else {
      held[i++] = 1;
      ++j;
    }
  }
  return held;
}

}  // namespace

void Scorer::ContentSignals(Side& a, Side& b, Signals* signals) {
  Signals& s = *signals;
  // Lemmas: IDF-weighted cosine and containment, then the soft version.
  const std::vector<std::uint8_t> a_in_b = HeldBy(a.lemmas, b.lemmas);
  const std::vector<std::uint8_t> b_in_a = HeldBy(b.lemmas, a.lemmas);
  double shared = 0, dot = 0;
  for (std::size_t i = 0, j = 0; i < a.lemmas.size(); ++i) {
    if (!a_in_b[i]) continue;
    while (b.lemmas[j].first < a.lemmas[i].first) ++j;
    shared += a.lemma_idf[i];
    dot += a.lemma_weight[i] * b.lemma_weight[j];
  }
  s[kLemmaCosine] = CosineOf(dot, a.lemma_norm2, b.lemma_norm2);
  const double total_a = a.lemma_total, total_b = b.lemma_total;
  double smaller = std::min(total_a, total_b);
  s[kLemmaContainment] = smaller > 0 ? shared / smaller : 0;
  {
    // Credit the unmatched lemmas of x that have a relative (same family) or
    // a synonym among y's unmatched lemmas.
    auto credit_of = [&](Side& x, const Side& y, const std::vector<std::uint8_t>& x_in_y,
                         const std::vector<std::uint8_t>& y_in_x) {
      std::vector<std::string_view> y_unmatched;
      for (std::size_t k = 0; k < y.lemmas.size(); ++k) {
        if (!y_in_x[k]) y_unmatched.push_back(y.lemmas[k].first);
      }
      double credit = 0;
      std::vector<std::uint8_t> done(x.lemmas.size(), 0);
      for (std::size_t i = 0; i < x.f->lemmas.size(); ++i) {
        const std::uint32_t slot = x.lemma_slot[i];
        if (x_in_y[slot] || done[slot]) continue;
        done[slot] = 1;
        const std::string_view t = x.lemmas[slot].first;
        const double idf = x.lemma_idf[slot];
        bool family = std::any_of(y_unmatched.begin(), y_unmatched.end(),
                                  [&](std::string_view u) { return SameFamily(t, u); });
        if (family) {
          credit += 0.8 * idf;
          continue;
        }
        if (thesaurus_ != nullptr) {
          for (const std::string& syn : x.SynonymsOf(slot, i, thesaurus_)) {
            if (std::binary_search(y.forms.begin(), y.forms.end(), std::string_view(syn))) {
              credit += 0.5 * idf;
              break;
            }
          }
        }
      }
      return credit;
    };
    const double credit_a = credit_of(a, b, a_in_b, b_in_a),
                 credit_b = credit_of(b, a, b_in_a, a_in_b);
    const double credit = total_a <= total_b ? credit_a : credit_b;
    s[kSoftContainment] = smaller > 0 ? std::min(1.0, (shared + credit) / smaller) : 0;
    s[kSoftOverlap] = total_a + total_b > 0
                          ? std::min(1.0, (2 * shared + credit_a + credit_b) / (total_a + total_b))
                          : 0;
  }

  // Character 4-grams, IDF-weighted.
  s[kCharCosine] = CosineOf(Dot(a.shingle_keys, a.shingle_weight, b.shingle_keys, b.shingle_weight),
                            a.shingle_norm2, b.shingle_norm2);

  const PostFeatures& fa = *a.f;
  const PostFeatures& fb = *b.f;
  // Figures.
  {
    std::map<std::string, double> wa, wb;
    // A figure the feed quotes again and again (a campaign's "10 %", a
    // slogan's "100 %") identifies no particular news: weighed by rarity.
    auto weigh = [&](const std::string& f) {
      return FigureStrength(FigureKey(f)) * stats_->FigureIdf(f) / stats_->MaxIdf();
    };
    for (const std::string& f : fa.figures) wa[FigureKey(f)] = weigh(f);
    for (const std::string& f : fb.figures) wb[FigureKey(f)] = weigh(f);
    double strength = 0;
    for (const auto& [k, w] : wa) {
      if (wb.count(k)) strength += w;
    }
    s[kFigureShared] = std::min(1.0, strength);
    // Per kind: quoted on both sides, and not one in common.
    bool conflict = false;
    for (FigureKind kind : {FigureKind::kShare, FigureKind::kMoney, FigureKind::kCount}) {
      bool in_a = false, in_b = false, common = false;
      for (const std::string& f : fa.figures) in_a = in_a || KindOf(f) == kind;
      for (const std::string& f : fb.figures) {
        if (KindOf(f) != kind) continue;
        in_b = true;
        common = common || wa.count(FigureKey(f)) > 0;
      }
      conflict = conflict || (in_a && in_b && !common);
    }
    s[kFigureConflict] = conflict ? 1.0 : 0.0;
  }

  // Links, hashtags, mentions.
  {
    s[kLinkShared] =
        std::any_of(fb.links.begin(), fb.links.end(),
                    [&](const std::string& l) {
                      return std::find(fa.links.begin(), fa.links.end(), l) != fa.links.end();
                    })
            ? 1.0
            : 0.0;
    const TermCounts<std::string_view> ha = Counts(fa.hashtags), hb = Counts(fb.hashtags);
    double inter = 0, uni = 0;
    for (const auto& [h, n] : ha) {
      double idf = stats_->HashtagIdf(h);
      uni += idf;
      if (Holds(hb, h)) inter += idf;
    }
    for (const auto& [h, n] : hb) {
      if (!Holds(ha, h)) uni += stats_->HashtagIdf(h);
    }
    s[kHashtagShared] = uni > 0 ? inter / uni : 0;
    const TermCounts<std::string_view> ma = Counts(fa.mentions), mb = Counts(fb.mentions);
    double mi = 0;
    for (const auto& [m, n] : ma) mi += Holds(mb, m) ? 1 : 0;
    double mu = static_cast<double>(ma.size() + mb.size()) - mi;
    s[kMentionShared] = mu > 0 ? mi / mu : 0;
  }
  {
    double na = static_cast<double>(a.lemmas.size()), nb = static_cast<double>(b.lemmas.size());
    s[kLengthRatio] = std::max(na, nb) > 0 ? std::min(na, nb) / std::max(na, nb) : 0;
  }
  // Derived signals: the score stays a logistic of a weighted sum, and these
  // let it bend where one signal alone is not linear in redundancy.
  s[kRelated] = std::max(0.0, s[kSoftContainment] - s[kLemmaContainment]);
  s[kCharRoot] = std::sqrt(s[kCharCosine]);
  s[kContainedLength] = s[kSoftContainment] * s[kLengthRatio];
}

void Scorer::AlignmentSignals(const Side& sa, const Side& sb, const Alignment& alignment,
                              Signals* signals) {
  Signals& s = *signals;
  const PostFeatures& a = *sa.f;
  const PostFeatures& b = *sb.f;
  Weights& weights = *weights_;
  const std::vector<std::pair<int, int>>& pairs = alignment.pairs;
  // Wording: words aligned in order, optional ones (hashtags, mentions) free.
  {
    double matched = 0, total = 0;
    for (auto [i, j] : pairs) matched += (!a.word_optional[i]) + (!b.word_optional[j]);
    for (auto o : a.word_optional) total += !o;
    for (auto o : b.word_optional) total += !o;
    s[kWording] = total > 0 ? std::min(1.0, matched / total) : 0;
  }

  // Word bigrams (order and roles: "A rachète B" is not "B rachète A"),
  // distinct, as pairs of word ids.
  {
    auto bigrams = [](const PostFeatures& f, const std::vector<std::uint32_t>& ids) {
      std::vector<std::uint64_t> out;
      std::optional<std::uint32_t> previous;
      for (std::size_t i = 0; i < ids.size(); ++i) {
        if (f.word_optional[i]) continue;
        if (previous) out.push_back(static_cast<std::uint64_t>(*previous) << 32 | ids[i]);
        previous = ids[i];
      }
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    };
    std::vector<std::uint64_t> ba = bigrams(a, alignment.ids.a), bb = bigrams(b, alignment.ids.b);
    std::size_t common = 0;
    for (auto ia = ba.begin(), ib = bb.begin(); ia != ba.end() && ib != bb.end();) {
      if (*ia < *ib) {
        ++ia;
      } else if (*ib < *ia) {
        ++ib;
      } else {
        ++common;
        ++ia;
        ++ib;
      }
    }
    s[kBigrams] = ba.empty() || bb.empty() ? 0 : 2.0 * common / (ba.size() + bb.size());
  }

  // Exchanged words: "Bâtirex rachète Sablinor" and "Sablinor rachète
  // Bâtirex", "de Lyon à Paris" and "de Paris à Lyon". Among the words both
  // posts have that the in-order alignment leaves out, a clause moved
  // elsewhere keeps its words' order, while exchanged words cross each
  // other. The share of the moved words' rarity that sits in crossing pairs,
  // times the wording squared.
  {
    std::vector<std::uint8_t> aligned_a(a.words.size(), 0), aligned_b(b.words.size(), 0);
    for (auto [i, j] : pairs) aligned_a[i] = aligned_b[j] = 1;
    // Position in b of the first unaligned occurrence of each word (-1: none).
    std::vector<int> unaligned_b(alignment.ids.distinct, -1);
    for (std::size_t j = 0; j < b.words.size(); ++j) {
      int& at = unaligned_b[alignment.ids.b[j]];
      if (!aligned_b[j] && !b.word_optional[j] && at < 0) at = static_cast<int>(j);
    }
    struct Moved {
      int at_a;
      int at_b;
      double idf;
    };
    std::vector<Moved> moved;
    std::vector<std::uint8_t> seen_words(alignment.ids.distinct, 0);
    for (std::size_t i = 0; i < a.words.size(); ++i) {
      if (aligned_a[i] || a.word_optional[i]) continue;
      const std::uint32_t id = alignment.ids.a[i];
      if (seen_words[id]) continue;
      seen_words[id] = 1;
      if (unaligned_b[id] >= 0) {
        moved.push_back({static_cast<int>(i), unaligned_b[id], weights.Lemma(a.words[i])});
      }
    }
    std::vector<std::uint8_t> crossing(moved.size(), 0);
    for (std::size_t x = 0; x < moved.size(); ++x) {
      for (std::size_t y = x + 1; y < moved.size(); ++y) {
        // x comes before y in a (moved is in a's order).
        if (moved[x].at_b > moved[y].at_b) crossing[x] = crossing[y] = 1;
      }
    }
    double exchanged = 0, moved_idf = 0;
    for (std::size_t x = 0; x < moved.size(); ++x) {
      moved_idf += moved[x].idf;
      if (crossing[x]) exchanged += moved[x].idf;
    }
    // Rewordings move words around freely; exchanges matter between posts
    // that otherwise say the same words in the same order.
    s[kExchange] = moved_idf > 0 ? exchanged / moved_idf * s[kWording] * s[kWording] : 0.0;
  }

  // Negation: one post negates, the other does not. How much of the wording
  // around the negation the other post shares: "nous ne fermerons pas notre
  // usine" against "nous fermerons notre usine" is 1, a negation in words
  // only one post has ("sans relâche", "merci de ne pas les consommer") is
  // near 0.
  if (a.negated != b.negated) {
    const bool in_a = a.negated;
    const PostFeatures& x = in_a ? a : b;
    std::vector<std::uint8_t> aligned(x.words.size(), 0);
    for (auto [i, j] : pairs) aligned[in_a ? i : j] = 1;
    const std::vector<std::size_t> negations = NegationPositions(x);
    std::vector<std::uint8_t> is_negation(x.words.size(), 0);
    for (std::size_t p : negations) is_negation[p] = 1;
    double strongest = negations.empty() ? 1.0 : 0.0;
    for (std::size_t p : negations) {
      int around = 0, shared_around = 0;
      for (std::size_t k = p >= kNegationWindow ? p - kNegationWindow : 0;
           k <= p + kNegationWindow && k < x.words.size(); ++k) {
        const std::string& w = x.words[k];
        if (is_negation[k] || w == "ne" || w == "n" || x.word_optional[k]) continue;
        ++around;
        shared_around += aligned[k];
      }
      if (around > 0) strongest = std::max(strongest, static_cast<double>(shared_around) / around);
    }
    s[kNegationMismatch] = strongest;
  }
}

double Scorer::ScoreOf(const Signals& signals) const {
  double z = model_.bias;
  for (int i = 0; i < kSignalCount; ++i) z += model_.weights[i] * signals[i];
  return Sigmoid(z);
}

Level Scorer::LevelOf(const Signals& s, double score, bool duplicate) const {
  if (duplicate) return Level::kDuplicate;
  // Saying the opposite, other figures in the same frame, or the same words
  // with roles exchanged is never an echo: at most the same topic.
  bool contradicts = s[kNegationMismatch] >= kContradictingNegation || s[kFigureConflict] > 0 ||
                     s[kExchange] >= model_.exchange;
  // Near-duplicates are rewordings (the same message) whose wording is
  // nearly the same: shared words in another order ("A rachète B" / "B
  // rachète A") lower the score and are not one.
  if (!contradicts && score >= model_.rewording) {
    return s[kWording] >= model_.near_duplicate ? Level::kNearDuplicate : Level::kRewording;
  }
  if (score >= model_.same_topic || s[kLinkShared] > 0 || s[kFigureShared] >= 1.0) {
    return Level::kSameTopic;
  }
  return Level::kDistinct;
}

Comparison Scorer::Compare(const PostFeatures& a, const PostFeatures& b) {
  return *CompareAtLeast(a, b, Level::kDistinct);
}

std::optional<Comparison> Scorer::CompareAtLeast(const PostFeatures& a, const PostFeatures& b,
                                                 Level min_level) {
  PreparedPost prepared = Prepare(a);
  return CompareAtLeast(prepared, b, min_level);
}

namespace {

// The signals of the word alignment, computed last (the others tell whether
// a pair is worth aligning).
bool IsAlignmentSignal(int signal) {
  return signal == kWording || signal == kBigrams || signal == kExchange ||
         signal == kNegationMismatch;
}

}  // namespace

bool Scorer::MayBeDuplicate(const Side& a, const Side& b) {
  // Each non-optional word of either post must be matched in the other.
  if (a.strict_word_hashes.empty() && b.strict_word_hashes.empty()) return false;
  return std::includes(b.word_hashes.begin(), b.word_hashes.end(), a.strict_word_hashes.begin(),
                       a.strict_word_hashes.end()) &&
         std::includes(a.word_hashes.begin(), a.word_hashes.end(), b.strict_word_hashes.begin(),
                       b.strict_word_hashes.end());
}

bool Scorer::CanReach(const Side& a, const Side& b, const Signals& content, Level min_level) const {
  if (min_level <= Level::kDistinct || MayBeDuplicate(a, b)) return true;
  if (min_level == Level::kDuplicate) return false;
  // The highest score the alignment signals could give: each in [0, 1], at
  // its most favourable end (0 for evidence against).
  double z = model_.bias;
  for (int i = 0; i < kSignalCount; ++i) {
    z += IsAlignmentSignal(i) ? std::max(0.0, model_.weights[i]) : model_.weights[i] * content[i];
  }
  const double best = Sigmoid(z + 1e-9);  // the margin covers rounding
  if (best >= model_.rewording) return true;
  if (min_level >= Level::kRewording) return false;
  return best >= model_.same_topic || content[kLinkShared] > 0 || content[kFigureShared] >= 1.0;
}

std::optional<Comparison> Scorer::CompareAtLeast(PreparedPost& prepared, const PostFeatures& b,
                                                 Level min_level) {
  weights_->Sync(stats_);
  Side& sa = *prepared.side_;
  sa.Refresh(*weights_);
  Side sb;
  sb.Build(b, *weights_);
  const PostFeatures& a = *sa.f;
  Comparison c;
  ContentSignals(sa, sb, &c.signals);
  if (!CanReach(sa, sb, c.signals, min_level)) return std::nullopt;
  // One word alignment serves the wording signals and the duplicate test.
  const Alignment alignment(a, b);
  AlignmentSignals(sa, sb, alignment, &c.signals);
  c.score = ScoreOf(c.signals);
  for (int i = 0; i < kSignalCount; ++i) c.contributions[i] = model_.weights[i] * c.signals[i];
  c.level = LevelOf(c.signals, c.score, DuplicateFromAlignment(a, b, alignment.pairs));
  if (c.level < min_level) return std::nullopt;

  // What they share, for the explanation.
  std::unordered_map<std::string, std::size_t> b_lemma;
  for (std::size_t j = 0; j < b.lemmas.size(); ++j) b_lemma.emplace(b.lemmas[j], j);
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < a.lemmas.size(); ++i) {
    auto it = b_lemma.find(a.lemmas[i]);
    if (it == b_lemma.end()) continue;
    c.shared.push_back({a.lemma_spans[i], b.lemma_spans[it->second]});
    if (seen.insert(a.lemmas[i]).second) c.shared_lemmas.push_back(a.lemmas[i]);
  }
  std::unordered_map<std::string, std::size_t> b_figure;
  for (std::size_t j = 0; j < b.figures.size(); ++j) b_figure.emplace(FigureKey(b.figures[j]), j);
  for (std::size_t i = 0; i < a.figures.size(); ++i) {
    auto it = b_figure.find(FigureKey(a.figures[i]));
    if (it == b_figure.end()) continue;
    c.shared.push_back({a.figure_spans[i], b.figure_spans[it->second]});
    if (seen.insert("=" + a.figures[i]).second) c.shared_figures.push_back(a.figures[i]);
  }
  std::sort(c.shared.begin(), c.shared.end(),
            [](const SharedSpan& x, const SharedSpan& y) { return x.a.start < y.a.start; });
  std::unordered_set<std::string> lb(b.links.begin(), b.links.end());
  for (const std::string& l : a.links) {
    if (lb.count(l) && seen.insert("<" + l).second) c.shared_links.push_back(l);
  }
  std::unordered_set<std::string> hb(b.hashtags.begin(), b.hashtags.end());
  for (const std::string& h : a.hashtags) {
    if (hb.count(h) && seen.insert("#" + h).second) c.shared_hashtags.push_back(h);
  }
  return c;
}

}  // namespace redite::similarity
