// Weighted log-odds ratio with an informative Dirichlet prior: which terms
// set one corpus (the leader's posts) apart from another (the corporate
// feed), after Monroe, Colaresi and Quinn (2008), "Fightin' Words: Lexical
// Feature Selection and Evaluation for Identifying the Content of Political
// Conflict", Political Analysis 16(4), equations 16 to 22.
//
//   profile::TermCounts person = {{"usine", 12}, {"merci", 30}};
//   profile::TermCounts corporate = {{"usine", 40}, {"recrute", 25}};
//   profile::DirichletPrior prior = profile::PooledPrior(person, corporate, 100);
//   std::vector<profile::TermLogOdds> all = profile::WeightedLogOdds(person, corporate, prior);
//   auto mine = profile::RankDistinctive(all, profile::Side::kI, /*min_count=*/3,
//                                       /*min_abs_z=*/1.96, /*top_n=*/20);
//
// For a term w with count y_i in corpus i, y_j in corpus j, corpus totals
// n_i and n_j (the sum of the counts of every term), prior pseudo-count
// a = alpha_w and prior size a0 = alpha_0 (the sum of alpha_w over the
// vocabulary):
//
//   delta = log((y_i + a) / (n_i + a0 - y_i - a)) - log((y_j + a) / (n_j + a0 - y_j - a))
//   variance ~= 1 / (y_i + a) + 1 / (y_j + a)
//   z = delta / sqrt(variance)
//
// delta > 0: the term is more typical of i; z weighs it by its evidence, so
// that a term said twice does not outrank one said two hundred times. The
// prior shrinks rare terms towards no difference: the larger a0, the more.
// Natural logarithms throughout. Pure functions, no state.
#ifndef REDITE_PROFILE_LOG_ODDS_H_
#define REDITE_PROFILE_LOG_ODDS_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace redite::profile {

// Term -> count (how many posts of a corpus hold the term, in BuildProfile).
using TermCounts = std::map<std::string, std::int64_t>;

struct DirichletPrior {
  std::map<std::string, double> alpha;  // alpha_w, > 0 for every term compared
  double alpha0 = 0;                    // sum of alpha_w
};

// The informative prior of Monroe et al. section 3.5.3: the pooled counts of
// both corpora as the background, scaled to `alpha0` pseudo-counts,
//   alpha_w = alpha0 * (y_i + y_j) / (n_i + n_j).
// alpha0 says how strongly rare terms are pulled towards "no difference"
// (BuildProfile's default is 100). Empty prior when both corpora are empty.
DirichletPrior PooledPrior(const TermCounts& i, const TermCounts& j, double alpha0);

// The uninformative prior: the same `alpha_w` for every term of either
// corpus (alpha0 = alpha_w * vocabulary size). With a small alpha_w, delta
// is the plain log-odds ratio of the observed frequencies.
DirichletPrior UniformPrior(const TermCounts& i, const TermCounts& j, double alpha_w);

struct TermLogOdds {
  std::string term;
  std::int64_t count_i = 0;
  std::int64_t count_j = 0;
  double alpha = 0;     // alpha_w used
  double delta = 0;     // log-odds ratio, i over j
  double variance = 0;  // its approximate variance
  double z = 0;         // delta / sqrt(variance): > 0 typical of i, < 0 of j
};

// delta, variance and z of every term of either corpus (the union of the
// keys), sorted by term. A term missing from the prior (or with alpha_w <= 0)
// is left out: its estimate is undefined when one side has no count; so is
// a term whose odds have a zero denominator (a vocabulary of one term).
std::vector<TermLogOdds> WeightedLogOdds(const TermCounts& i, const TermCounts& j,
                                         const DirichletPrior& prior);

enum class Side { kI, kJ };

// The terms most typical of `side`: for kI, z > 0, highest z first; for kJ,
// z < 0, lowest z first. Only terms counted at least `min_count` times on
// that side, with |z| >= `min_abs_z` (0: any; 1.96: a difference at the 5%
// level). Ties (equal z) by the larger count on that side, then by term.
// At most `top_n` (0: all).
std::vector<TermLogOdds> RankDistinctive(const std::vector<TermLogOdds>& terms, Side side,
                                         std::int64_t min_count, double min_abs_z,
                                         std::size_t top_n);

// The terms both corpora use alike: counted at least `min_count` times on
// each side and |z| < `max_abs_z` (1.96: no difference at the 5% level),
// ranked by the smaller of the two rates count_i / docs_i and
// count_j / docs_j (docs: posts of each side, > 0), highest first; ties by
// the smaller count, then by term. At most `top_n` (0: all).
std::vector<TermLogOdds> RankShared(const std::vector<TermLogOdds>& terms, std::int64_t docs_i,
                                    std::int64_t docs_j, std::int64_t min_count, double max_abs_z,
                                    std::size_t top_n);

}  // namespace redite::profile

#endif  // REDITE_PROFILE_LOG_ODDS_H_
