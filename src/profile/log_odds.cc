#include "redite/profile/log_odds.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace redite::profile {
namespace {

std::int64_t Total(const TermCounts& counts) {
  std::int64_t n = 0;
  for (const auto& [term, count] : counts) n += count;
  return n;
}

std::set<std::string> Vocabulary(const TermCounts& i, const TermCounts& j) {
  std::set<std::string> terms;
  for (const auto& [term, count] : i) terms.insert(term);
  for (const auto& [term, count] : j) terms.insert(term);
  return terms;
}

std::int64_t CountOf(const TermCounts& counts, const std::string& term) {
  auto it = counts.find(term);
  return it == counts.end() ? 0 : it->second;
}

std::size_t Limit(std::size_t size, std::size_t top_n) {
  return top_n == 0 ? size : std::min(size, top_n);
}

}  // namespace

DirichletPrior PooledPrior(const TermCounts& i, const TermCounts& j, double alpha0) {
  DirichletPrior prior;
  const double pooled = static_cast<double>(Total(i) + Total(j));
  if (pooled <= 0) return prior;
  for (const std::string& term : Vocabulary(i, j)) {
    double a = alpha0 * static_cast<double>(CountOf(i, term) + CountOf(j, term)) / pooled;
    prior.alpha[term] = a;
    prior.alpha0 += a;
  }
  return prior;
}

DirichletPrior UniformPrior(const TermCounts& i, const TermCounts& j, double alpha_w) {
  DirichletPrior prior;
  for (const std::string& term : Vocabulary(i, j)) {
    prior.alpha[term] = alpha_w;
    prior.alpha0 += alpha_w;
  }
  return prior;
}

std::vector<TermLogOdds> WeightedLogOdds(const TermCounts& i, const TermCounts& j,
                                         const DirichletPrior& prior) {
  const double n_i = static_cast<double>(Total(i));
  const double n_j = static_cast<double>(Total(j));
  const double a0 = prior.alpha0;
  std::vector<TermLogOdds> out;
  for (const std::string& term : Vocabulary(i, j)) {
    auto it = prior.alpha.find(term);
    if (it == prior.alpha.end() || !(it->second > 0)) continue;
    TermLogOdds t;
    t.term = term;
    t.count_i = CountOf(i, term);
    t.count_j = CountOf(j, term);
    t.alpha = it->second;
    const double yi = static_cast<double>(t.count_i) + t.alpha;  // y_i + alpha_w
    const double yj = static_cast<double>(t.count_j) + t.alpha;
    const double rest_i = n_i + a0 - yi;  // n_i + alpha_0 - y_i - alpha_w
    const double rest_j = n_j + a0 - yj;
    if (!(rest_i > 0) || !(rest_j > 0)) continue;
    t.delta = std::log(yi / rest_i) - std::log(yj / rest_j);
    t.variance = 1.0 / yi + 1.0 / yj;
    t.z = t.delta / std::sqrt(t.variance);
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<TermLogOdds> RankDistinctive(const std::vector<TermLogOdds>& terms, Side side,
                                         std::int64_t min_count, double min_abs_z,
                                         std::size_t top_n) {
  const bool i = side == Side::kI;
  // The z and the count as seen from `side`: both "larger is more typical".
  auto z_of = [i](const TermLogOdds& t) { return i ? t.z : -t.z; };
  auto count_of = [i](const TermLogOdds& t) { return i ? t.count_i : t.count_j; };
  std::vector<TermLogOdds> out;
  for (const TermLogOdds& t : terms) {
    if (z_of(t) > 0 && z_of(t) >= min_abs_z && count_of(t) >= min_count) out.push_back(t);
  }
  std::sort(out.begin(), out.end(), [&](const TermLogOdds& a, const TermLogOdds& b) {
    if (z_of(a) != z_of(b)) return z_of(a) > z_of(b);
    if (count_of(a) != count_of(b)) return count_of(a) > count_of(b);
    return a.term < b.term;
  });
  out.resize(Limit(out.size(), top_n));
  return out;
}

std::vector<TermLogOdds> RankShared(const std::vector<TermLogOdds>& terms, std::int64_t docs_i,
                                    std::int64_t docs_j, std::int64_t min_count, double max_abs_z,
                                    std::size_t top_n) {
  std::vector<TermLogOdds> out;
  if (docs_i <= 0 || docs_j <= 0) return out;
  auto rate = [&](const TermLogOdds& t) {
    return std::min(static_cast<double>(t.count_i) / static_cast<double>(docs_i),
                    static_cast<double>(t.count_j) / static_cast<double>(docs_j));
  };
  for (const TermLogOdds& t : terms) {
    if (t.count_i >= min_count && t.count_j >= min_count && std::abs(t.z) < max_abs_z) {
      out.push_back(t);
    }
  }
  std::sort(out.begin(), out.end(), [&](const TermLogOdds& a, const TermLogOdds& b) {
    if (rate(a) != rate(b)) return rate(a) > rate(b);
    std::int64_t ma = std::min(a.count_i, a.count_j), mb = std::min(b.count_i, b.count_j);
    if (ma != mb) return ma > mb;
    return a.term < b.term;
  });
  out.resize(Limit(out.size(), top_n));
  return out;
}

}  // namespace redite::profile
