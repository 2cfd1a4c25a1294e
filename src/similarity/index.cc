#include "redite/similarity/index.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace redite::similarity {

std::uint64_t IndexKey(KeyKind kind, std::string_view term) {
  std::string prefixed;
  prefixed.reserve(term.size() + 2);
  prefixed.push_back(static_cast<char>(kind));
  prefixed.push_back(':');
  prefixed.append(term);
  std::uint64_t key = XXH3_64bits(prefixed.data(), prefixed.size());
  return key == 0 ? 1 : key;
}

std::vector<std::uint64_t> IndexKeys(const PostFeatures& f) {
  std::vector<std::uint64_t> keys;
  keys.reserve(f.lemmas.size() + f.figures.size() + f.links.size() + f.hashtags.size());
  for (const std::string& l : f.lemmas) keys.push_back(IndexKey(KeyKind::kLemma, l));
  for (const std::string& x : f.figures) keys.push_back(IndexKey(KeyKind::kFigure, FigureKey(x)));
  for (const std::string& u : f.links) keys.push_back(IndexKey(KeyKind::kLink, u));
  for (const std::string& h : f.hashtags) keys.push_back(IndexKey(KeyKind::kHashtag, h));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

double KeyWeight(std::int64_t df, std::int64_t documents) {
  return std::log((static_cast<double>(documents) + 1) / (static_cast<double>(df) + 1)) + 1;
}

}  // namespace redite::similarity
