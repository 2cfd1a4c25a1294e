#include "redite/text/thesaurus.h"

#include <cstdio>  // mythes.hxx uses FILE without including it
#include <mythes.hxx>

#include <filesystem>
#include <unordered_map>

#include "text/string_hash.h"

namespace redite::text {

struct Thesaurus::Rep {
  ThesaurusOptions options;
  std::unique_ptr<MyThes> thes;
  // Searched by string_view: a scorer asks for the synonyms of each unmatched
  // lemma of each pair it compares.
  std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> cache;
};

Thesaurus::Thesaurus(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Thesaurus::~Thesaurus() = default;

Result<std::unique_ptr<Thesaurus>> Thesaurus::Open(const ThesaurusOptions& options) {
  for (const std::string& path : {options.index_path, options.data_path}) {
    if (!std::filesystem::exists(path)) {
      return Status::NotFound(path + ": French thesaurus missing (Debian package mythes-fr)");
    }
  }
  auto rep = std::make_unique<Rep>();
  rep->options = options;
  rep->thes = std::make_unique<MyThes>(options.index_path.c_str(), options.data_path.c_str());
  return std::unique_ptr<Thesaurus>(new Thesaurus(std::move(rep)));
}

const std::vector<std::string>& Thesaurus::Synonyms(std::string_view lemma) {
  auto it = rep_->cache.find(lemma);
  if (it != rep_->cache.end()) return it->second;
  std::string key(lemma);
  std::vector<std::string> synonyms;
  mentry* meanings = nullptr;
  int count = rep_->thes->Lookup(key.c_str(), static_cast<int>(key.size()), &meanings);
  for (int m = 0; m < count; ++m) {
    for (int s = 0; s < meanings[m].count; ++s) {
      std::string syn = meanings[m].psyns[s];
      // Multi-word entries ("mettre en valeur") do not match one lemma.
      if (syn.empty() || syn.find(' ') != std::string::npos || syn == key) continue;
      synonyms.push_back(std::move(syn));
    }
  }
  if (meanings != nullptr) rep_->thes->CleanUpAfterLookup(&meanings, count);
  if (rep_->options.max_synonyms > 0 && synonyms.size() > rep_->options.max_synonyms) {
    synonyms.clear();
  }
  return rep_->cache.emplace(std::move(key), std::move(synonyms)).first->second;
}

}  // namespace redite::text
