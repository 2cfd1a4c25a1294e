#include "redite/similarity/term_stats.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

namespace redite::similarity {
namespace {

template <typename Key>
void AddDistinct(const std::vector<Key>& terms, std::unordered_map<Key, std::int64_t>* counts) {
  std::vector<Key> distinct(terms);
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  for (const Key& t : distinct) ++(*counts)[t];
}

template <typename Key>
std::int64_t Find(const std::unordered_map<Key, std::int64_t>& counts, const Key& key) {
  auto it = counts.find(key);
  return it == counts.end() ? 0 : it->second;
}

}  // namespace

void TermStats::Add(const PostFeatures& f) {
  ++documents_generation_;
  ++documents_;
  AddDistinct(f.lemmas, &lemmas_);
  AddDistinct(f.hashtags, &hashtags_);
  AddDistinct(f.figures, &figures_);
  AddDistinct(f.shingles, &shingles_);
}

std::int64_t TermStats::documents() const {
  return documents_ + (prior_ != nullptr ? prior_->documents() : 0);
}

double TermStats::Idf(std::int64_t df) const {
  double n = static_cast<double>(documents());
  return std::log((n + 1) / (static_cast<double>(df) + 1)) + 1;
}

std::int64_t TermStats::Count(const std::unordered_map<std::string, std::int64_t> TermStats::*counts,
                              std::string_view term) const {
  std::string key(term);
  std::int64_t df = Find(this->*counts, key);
  if (prior_ != nullptr) df += Find(prior_->*counts, key);
  return df;
}

std::int64_t TermStats::LemmaCount(std::string_view lemma) const {
  return Count(&TermStats::lemmas_, lemma);
}

double TermStats::IdfOf(std::int64_t own, std::int64_t prior) const {
  double combined = Idf(own + prior);
  if (prior_ == nullptr || documents_ < kOwnDocuments) return combined;
  double alone = std::log((static_cast<double>(documents_) + 1) / (static_cast<double>(own) + 1)) + 1;
  return std::min(combined, alone);
}

template <typename Map, typename Key>
double TermStats::IdfIn(const Map TermStats::*counts, const Key& key) const {
  return IdfOf(Find(this->*counts, key), prior_ != nullptr ? Find(prior_->*counts, key) : 0);
}

double TermStats::LemmaIdf(std::string_view lemma) const {
  return IdfIn(&TermStats::lemmas_, std::string(lemma));
}

double TermStats::HashtagIdf(std::string_view hashtag) const {
  return IdfIn(&TermStats::hashtags_, std::string(hashtag));
}

double TermStats::FigureIdf(std::string_view figure) const {
  return IdfIn(&TermStats::figures_, std::string(figure));
}

double TermStats::ShingleIdf(std::uint32_t shingle) const {
  return IdfIn(&TermStats::shingles_, shingle);
}

Status TermStats::Save(const std::string& path, std::int64_t min_df) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError(path + ": cannot write");
  out << "redite-term-stats 1 " << documents_ << '\n';
  // Sorted output keeps the file stable across runs (reviewable diffs).
  auto write = [&](char kind, const auto& counts) {
    std::vector<std::pair<std::string, std::int64_t>> rows;
    for (const auto& [term, df] : counts) {
      if (df < min_df) continue;
      if constexpr (std::is_same_v<std::decay_t<decltype(term)>, std::uint32_t>) {
        rows.emplace_back(std::to_string(term), df);
      } else {
        rows.emplace_back(term, df);
      }
    }
    std::sort(rows.begin(), rows.end());
    for (const auto& [term, df] : rows) out << kind << '\t' << term << '\t' << df << '\n';
  };
  write('l', lemmas_);
  write('h', hashtags_);
  write('f', figures_);
  write('s', shingles_);
  if (!out) return Status::IOError(path + ": write failed");
  return Status::OK();
}

Result<TermStats> TermStats::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::string line;
  TermStats stats;
  if (!std::getline(in, line)) return Status::Corruption(path + ": empty file");
  {
    std::istringstream header(line);
    std::string magic;
    int version = 0;
    header >> magic >> version >> stats.documents_;
    if (magic != "redite-term-stats" || version != 1 || !header) {
      return Status::Corruption(path + ": line 1: not a redite term statistics file");
    }
  }
  std::int64_t line_number = 1;
  while (std::getline(in, line)) {
    ++line_number;
    std::size_t tab1 = line.find('\t');
    std::size_t tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab1 != 1 || tab2 == std::string::npos) {
      return Status::Corruption(path + ": line " + std::to_string(line_number) +
                                ": expected kind<TAB>term<TAB>count");
    }
    std::string term = line.substr(2, tab2 - 2);
    std::int64_t df = 0;
    const char* first = line.data() + tab2 + 1;
    const char* last = line.data() + line.size();
    auto [ptr, ec] = std::from_chars(first, last, df);
    if (ec != std::errc() || ptr != last) {
      return Status::Corruption(path + ": line " + std::to_string(line_number) +
                                ": count is not a number");
    }
    switch (line[0]) {
      case 'l':
        stats.lemmas_[term] = df;
        break;
      case 'h':
        stats.hashtags_[term] = df;
        break;
      case 'f':
        stats.figures_[term] = df;
        break;
      case 's': {
        std::uint32_t hash = 0;
        auto [p2, ec2] = std::from_chars(term.data(), term.data() + term.size(), hash);
        if (ec2 != std::errc() || p2 != term.data() + term.size()) {
          return Status::Corruption(path + ": line " + std::to_string(line_number) +
                                    ": shingle is not a number");
        }
        stats.shingles_[hash] = df;
        break;
      }
      default:
        return Status::Corruption(path + ": line " + std::to_string(line_number) +
                                  ": unknown kind '" + line.substr(0, 1) + "'");
    }
  }
  return stats;
}

}  // namespace redite::similarity
