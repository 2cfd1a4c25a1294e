// Measures redite::text::Lexicon on real French posts: load time and memory,
// lemma speed (uncached, cached) against Snowball alone, lemma quality on a
// hand-labeled sample, and hashtag segmentation speed.
//
//   redite_lexicon_bench [--gold corpus/lexicon/lemma-gold-fr.tsv] [--show N] TWEETS.csv...
//
// Each CSV needs a header with a "text" column (the shared
// tweets-fr/presidentielle2022 files). Words are runs of letters (inner
// hyphens kept), lowercased, split at apostrophes; URLs, mentions and
// hashtags are set apart, hashtag bodies go to the segmentation benchmark.
#include <libstemmer.h>
#include <malloc.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "redite/text/lexicon.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// Heap bytes in use, in MB (glibc): unlike the resident size, not hidden by
// memory that earlier frees left to malloc.
double HeapMb() {
  const struct mallinfo2 info = mallinfo2();
  return (info.uordblks + info.hblkhd) / 1e6;  // small blocks + mmap-ed large ones
}

// Resident memory of this process, in MB (Linux /proc).
double ResidentMb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

// The fields of every record of a CSV file (RFC 4180 quoting).
std::vector<std::vector<std::string>> ReadCsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string data = buffer.str();
  std::vector<std::vector<std::string>> records(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < data.size(); ++i) {
    const char c = data[i];
    if (quoted) {
      if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      records.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      records.back().push_back(std::move(field));
      field.clear();
      records.emplace_back();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty() || !records.back().empty()) records.back().push_back(field);
  if (records.back().empty()) records.pop_back();
  return records;
}

struct Corpus {
  std::vector<std::string> tokens;
  std::vector<std::string> hashtags;
  std::size_t posts = 0;
  std::size_t bytes = 0;
};

bool IsWordChar(UChar32 c) { return u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK; }

void Tokenize(const std::string& text, Corpus* corpus) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::int32_t length = static_cast<std::int32_t>(text.size());
  std::string word;
  auto flush = [&] {
    while (!word.empty() && word.back() == '-') word.pop_back();
    if (!word.empty()) corpus->tokens.push_back(word);
    word.clear();
  };
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (word.empty() && (c == '#' || c == '@' ||
                         text.compare(start, 4, "http") == 0)) {  // set apart
      std::int32_t end = i;
      while (end < length && text[end] != ' ' && text[end] != '\n') ++end;
      if (c == '#') {
        std::int32_t body_end = i;
        while (body_end < length) {
          std::int32_t next = body_end;
          UChar32 d;
          U8_NEXT(bytes, next, length, d);
          if (d < 0 || !(u_isalnum(d) || d == '_' || u_charType(d) == U_NON_SPACING_MARK)) break;
          body_end = next;
        }
        if (body_end > i) corpus->hashtags.push_back(text.substr(i, body_end - i));
        end = body_end;
      }
      i = end;
      continue;
    }
    if (c >= 0 && IsWordChar(c)) {
      uint8_t buffer[U8_MAX_LENGTH];
      int32_t n = 0;
      [[maybe_unused]] UBool error = false;
      U8_APPEND(buffer, n, U8_MAX_LENGTH, u_tolower(c), error);
      word.append(reinterpret_cast<const char*>(buffer), n);
    } else if (c == '-' && !word.empty()) {
      word += '-';
    } else {
      flush();  // apostrophes split elisions: l'entreprise -> l, entreprise
    }
  }
  flush();
}

struct Gold {
  std::string word, lemma;
};

std::vector<Gold> ReadGold(const std::string& path) {
  std::vector<Gold> gold;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    gold.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return gold;
}

class Snowball {
 public:
  Snowball() : stemmer_(sb_stemmer_new("french", "UTF_8")) {}
  ~Snowball() { sb_stemmer_delete(stemmer_); }
  std::string_view Stem(std::string_view word) {
    const sb_symbol* s = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
    return {reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(stemmer_))};
  }

 private:
  sb_stemmer* stemmer_;
};

}  // namespace

int main(int argc, char** argv) {
  std::string gold_path = std::string(REDITE_SOURCE_DIR) + "/corpus/lexicon/lemma-gold-fr.tsv";
  int show = 0;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--gold" && i + 1 < argc) {
      gold_path = argv[++i];
    } else if (arg == "--show" && i + 1 < argc) {
      show = std::stoi(argv[++i]);
    } else if (arg == "-h" || arg == "--help") {
      std::cout << "usage: redite_lexicon_bench [--gold FILE.tsv] [--show N] TWEETS.csv...\n";
      return 0;
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    std::cerr << "redite_lexicon_bench: no CSV file given (try --help)\n";
    return 2;
  }

  // Load, before the corpus so that the memory figures are the lexicon's.
  const double rss_before = ResidentMb();
  const double heap_before = HeapMb();
  Clock::time_point start = Clock::now();
  auto opened = redite::text::Lexicon::Open(redite::text::LexiconOptions());
  const double open_s = Seconds(start);
  if (!opened.ok()) {
    std::cerr << opened.status().ToString() << "\n";
    return 2;
  }
  redite::text::Lexicon& lexicon = **opened;
  std::printf("open: %.0f ms, heap +%.1f MB, resident +%.1f MB (Hunspell fr, stopwords, Snowball)\n",
              open_s * 1e3, HeapMb() - heap_before, ResidentMb() - rss_before);
  const double heap_trie_before = HeapMb();
  const double rss_trie_before = ResidentMb();
  start = Clock::now();
  std::size_t sink = lexicon.SegmentHashtag("transitionenergetique").size();
  const double build_s = Seconds(start);
  std::printf("hashtag dictionary (first SegmentHashtag): %.0f ms, heap +%.1f MB, resident +%.1f MB"
              " (peak while building)\n",
              build_s * 1e3, HeapMb() - heap_trie_before, ResidentMb() - rss_trie_before);

  Corpus corpus;
  for (const std::string& file : files) {
    std::vector<std::vector<std::string>> records = ReadCsv(file);
    if (records.empty()) {
      std::cerr << file << ": empty or unreadable\n";
      return 2;
    }
    auto column = std::find(records[0].begin(), records[0].end(), "text");
    if (column == records[0].end()) {
      std::cerr << file << ": no \"text\" column in the header\n";
      return 2;
    }
    const std::size_t index = column - records[0].begin();
    for (std::size_t r = 1; r < records.size(); ++r) {
      if (index >= records[r].size()) continue;
      ++corpus.posts;
      corpus.bytes += records[r][index].size();
      Tokenize(records[r][index], &corpus);
    }
  }
  std::unordered_map<std::string, int> frequency;
  std::vector<std::string> types;  // in order of first occurrence
  for (const std::string& token : corpus.tokens) {
    if (frequency[token]++ == 0) types.push_back(token);
  }
  std::printf("corpus: %zu posts, %.1f MB, %zu word tokens, %zu types, %zu hashtags\n",
              corpus.posts, corpus.bytes / 1e6, corpus.tokens.size(), types.size(),
              corpus.hashtags.size());

  // Lemmas: the first pass over the types misses the cache every time.
  const double heap_cache = HeapMb();
  start = Clock::now();
  for (const std::string& type : types) sink += lexicon.Lemma(type).size();
  const double uncached_s = Seconds(start);
  constexpr int kPasses = 5;
  start = Clock::now();
  for (int pass = 0; pass < kPasses; ++pass) {
    for (const std::string& token : corpus.tokens) sink += lexicon.Lemma(token).size();
  }
  const double cached_s = Seconds(start);
  Snowball snowball;
  start = Clock::now();
  for (int pass = 0; pass < kPasses; ++pass) {
    for (const std::string& token : corpus.tokens) sink += snowball.Stem(token).size();
  }
  const double snowball_s = Seconds(start);
  std::printf("Lemma() uncached: %.0f words/s (%zu types in %.2f s)\n", types.size() / uncached_s,
              types.size(), uncached_s);
  std::printf("Lemma() cached:   %.2f M words/s; cache of %zu entries: heap +%.1f MB\n",
              kPasses * corpus.tokens.size() / cached_s / 1e6, types.size(),
              HeapMb() - heap_cache);
  std::printf("Snowball alone:   %.2f M words/s\n",
              kPasses * corpus.tokens.size() / snowball_s / 1e6);

  // Coverage and conflation.
  std::size_t known_types = 0, known_tokens = 0;
  std::unordered_map<std::string, std::unordered_set<std::string>> lemmas_by_stem, stems_by_lemma;
  std::unordered_set<std::string> lemmas, stems;
  for (const std::string& type : types) {
    const bool known = lexicon.InDictionary(type);
    known_types += known;
    if (known) known_tokens += frequency[type];
    const std::string lemma = lexicon.Lemma(type);
    const std::string stem(snowball.Stem(type));
    lemmas.insert(lemma);
    stems.insert(stem);
    if (known) {
      lemmas_by_stem[stem].insert(lemma);
      stems_by_lemma[lemma].insert(stem);
    }
  }
  std::printf("Hunspell knows %.1f%% of types, %.1f%% of tokens (the rest: Snowball)\n",
              100.0 * known_types / types.size(), 100.0 * known_tokens / corpus.tokens.size());
  std::printf("classes: %zu types -> %zu lemmas (Lemma) / %zu stems (Snowball)\n", types.size(),
              lemmas.size(), stems.size());
  std::size_t merged = 0, split = 0;
  for (const auto& [stem, set] : lemmas_by_stem) merged += set.size() > 1;
  for (const auto& [lemma, set] : stems_by_lemma) split += set.size() > 1;
  std::printf("on known words: %zu Snowball stems join different lemmas; %zu lemmas span several "
              "Snowball stems\n", merged, split);

  // Quality on the hand-labeled sample.
  std::vector<Gold> gold = ReadGold(gold_path);
  if (gold.empty()) {
    std::printf("gold: %s not found or empty: quality not measured\n", gold_path.c_str());
  } else {
    int exact = 0, lemma_class = 0, stem_class = 0, snow_false_merges = 0, lemma_false_merges = 0;
    std::vector<std::string> misses;
    for (const Gold& g : gold) {
      const std::string lemma = lexicon.Lemma(g.word);
      exact += lemma == g.lemma;
      if (lemma != g.lemma) {
        misses.push_back("Lemma: " + g.word + " -> " + lemma + " (want " + g.lemma + ")");
      }
      lemma_class += lemma == lexicon.Lemma(g.lemma);
      const std::string stem(snowball.Stem(g.word)), lemma_stem(snowball.Stem(g.lemma));
      stem_class += stem == lemma_stem;
      if (stem != lemma_stem) {
        misses.push_back("Snowball: " + g.word + " -> " + stem + ", " + g.lemma + " -> " + lemma_stem);
      }
    }
    for (std::size_t a = 0; a < gold.size(); ++a) {
      for (std::size_t b = a + 1; b < gold.size(); ++b) {
        if (gold[a].lemma == gold[b].lemma) continue;
        const std::string pair = gold[a].word + " = " + gold[b].word;
        if (snowball.Stem(gold[a].word) == std::string(snowball.Stem(gold[b].word))) {
          ++snow_false_merges;
          misses.push_back("Snowball merges " + pair);
        }
        if (lexicon.Lemma(gold[a].word) == lexicon.Lemma(gold[b].word)) {
          ++lemma_false_merges;
          misses.push_back("Lemma merges " + pair);
        }
      }
    }
    const double n = static_cast<double>(gold.size());
    std::printf("gold (%zu words): Lemma exact %.1f%%; same class as the gold lemma: Lemma %.1f%%, "
                "Snowball %.1f%%; pairs of different lemmas merged: Lemma %d, Snowball %d\n",
                gold.size(), 100 * exact / n, 100 * lemma_class / n, 100 * stem_class / n,
                lemma_false_merges, snow_false_merges);
    for (const std::string& miss : misses) std::printf("  miss: %s\n", miss.c_str());
  }

  // Hashtags.
  start = Clock::now();
  for (int pass = 0; pass < kPasses; ++pass) {
    for (const std::string& tag : corpus.hashtags) sink += lexicon.SegmentHashtag(tag).size();
  }
  const double segment_s = Seconds(start);
  std::printf("SegmentHashtag(): %.2f us per hashtag (%zu hashtags x %d)\n",
              segment_s * 1e6 / (kPasses * corpus.hashtags.size()), corpus.hashtags.size(),
              kPasses);
  if (show > 0) {
    std::map<std::string, int> tag_frequency;
    for (const std::string& tag : corpus.hashtags) ++tag_frequency[tag];
    std::vector<std::pair<int, std::string>> by_frequency;
    for (const auto& [tag, count] : tag_frequency) by_frequency.emplace_back(-count, tag);
    std::sort(by_frequency.begin(), by_frequency.end());
    for (int k = 0; k < show && k < static_cast<int>(by_frequency.size()); ++k) {
      std::string line;
      for (const std::string& word : lexicon.SegmentHashtag(by_frequency[k].second)) {
        line += (line.empty() ? "" : " | ") + word;
      }
      std::printf("  #%s -> %s\n", by_frequency[k].second.c_str(), line.c_str());
    }
  }
  return sink == 0 ? 1 : 0;
}
