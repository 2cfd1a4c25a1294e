#include "text/hashtag_segmenter.h"

#include <unicode/uchar.h>

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <limits>
#include <tuple>

#include "redite/files.h"
#include "text/hunspell_forms.h"
#include "text/latin_fold.h"
#include "text/utf8.h"

namespace redite::text {
namespace {

// Runs with no case cue that are too short to split. An all-caps run shorter
// than 8 letters is taken for an acronym ("RSE", "OTAN"; "EHPAD" would risk
// "eh" + "pad"). A capitalized run shorter than 12 letters is taken for a name
// or a single word: on the 2,508 distinct hashtags of the 2022 candidates'
// tweets, splitting them gave "Castex" -> "cas" + "tex", "Orban" -> "or" +
// "ban", while the capitalized runs that are phrases are longer
// ("Restezchezvous", "Protectioncivile"). Lowercase runs are always tried.
constexpr int kMinCapsLettersToSplit = 8;
constexpr int kMinCapitalizedLettersToSplit = 12;

constexpr float kInfinity = std::numeric_limits<float>::infinity();

bool IsVowelOrH(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'h';
}

// The cost of a dictionary piece of `length` folded letters: 1 for a content
// word of four letters or more, 1.5 for three letters (short words make
// spurious splits: "pec" + "resse"), none shorter. Function words cost less
// than half a content word, so that a glued "dela" reads "de" + "la", not
// "delà". A single letter is allowed only as an elided function word before a
// vowel ("salondelagriculture": "l" + "agriculture"). `next` is the letter
// after the piece, 0 at the end.
float PieceCost(int length, std::uint8_t flags, char next) {
  const bool function_word = (flags & WordTrie::kFunctionWord) != 0;
  if (length == 1) return (function_word && next != 0 && IsVowelOrH(next)) ? 1.0f : kInfinity;
  if (function_word) return 0.45f;
  switch (length) {
    case 2:
      return kInfinity;
    case 3:
      return 1.5f;
    default:
      return 1.0f;
  }
}

}  // namespace

// ---------------------------------------------------------------- WordTrie

void WordTrie::Add(std::string_view word, std::uint8_t flags) {
  if (word.empty() || word.size() > UINT8_MAX) return;
  pending_.push_back({static_cast<std::uint32_t>(letters_.size()),
                      static_cast<std::uint8_t>(word.size()), flags});
  letters_.append(word);
}

void WordTrie::Build() {
  auto text = [this](const Pending& p) {
    return std::string_view(letters_).substr(p.offset, p.length);
  };
  std::sort(pending_.begin(), pending_.end(),
            [&](const Pending& a, const Pending& b) { return text(a) < text(b); });
  // Merge repeats, keeping the union of their flags.
  std::size_t unique = 0;
  for (std::size_t i = 0; i < pending_.size(); ++i) {
    if (unique > 0 && text(pending_[unique - 1]) == text(pending_[i])) {
      pending_[unique - 1].flags |= pending_[i].flags;
    } else {
      pending_[unique++] = pending_[i];
    }
  }
  pending_.resize(unique);
  word_count_ = unique;

  // Breadth-first over ranges of the sorted words that share a prefix, so
  // the children of each node are created next to each other.
  nodes_.assign(1, Node());
  struct Range {
    std::uint32_t node;
    std::size_t begin, end, depth;
  };
  std::deque<Range> queue;
  queue.push_back({kRoot, 0, pending_.size(), 0});
  while (!queue.empty()) {
    Range r = queue.front();
    queue.pop_front();
    if (r.begin < r.end && pending_[r.begin].length == r.depth) {
      nodes_[r.node].flags = pending_[r.begin].flags;  // the prefix is itself a word
      ++r.begin;
    }
    nodes_[r.node].first_child = static_cast<std::uint32_t>(nodes_.size());
    std::size_t i = r.begin;
    while (i < r.end) {
      const char label = text(pending_[i])[r.depth];
      std::size_t j = i + 1;
      while (j < r.end && text(pending_[j])[r.depth] == label) ++j;
      Node child;
      child.label = label;
      nodes_.push_back(child);
      ++nodes_[r.node].child_count;
      queue.push_back({static_cast<std::uint32_t>(nodes_.size() - 1), i, j, r.depth + 1});
      i = j;
    }
  }
  nodes_.shrink_to_fit();
  // Release the buffers (assigning an empty string would keep the capacity).
  std::string().swap(letters_);
  std::vector<Pending>().swap(pending_);
}

namespace {

// The cache file's header: a magic string naming the layout, then the
// counts. Bump its number whenever what the trie holds could change for the
// same dictionary: Node, WordTrie::Build, the accent folding of Build's
// `add`, or the words HashtagSegmenter::Build adds (files named by the old
// number are then simply never read again).
constexpr std::string_view kTrieMagic = "redite-word-trie-1\n";
struct TrieHeader {
  std::uint64_t word_count;
  std::uint64_t node_count;
};

}  // namespace

std::string WordTrie::Serialize() const {
  static_assert(sizeof(Node) == 8, "the cache layout assumes 8-byte nodes");
  const TrieHeader header{word_count_, nodes_.size()};
  std::string bytes(kTrieMagic);
  bytes.append(reinterpret_cast<const char*>(&header), sizeof(header));
  bytes.append(reinterpret_cast<const char*>(nodes_.data()), nodes_.size() * sizeof(Node));
  return bytes;
}

namespace {

// Corruption unless `header` announces `node_bytes` bytes of nodes.
Status CheckHeader(const TrieHeader& header, std::uint64_t node_bytes, std::uint32_t none,
                   std::size_t node_size) {
  if (header.node_count == 0 || header.node_count >= none ||
      node_bytes != header.node_count * node_size) {
    return Status::Corruption("word trie: " + std::to_string(node_bytes) + " bytes of nodes for " +
                              std::to_string(header.node_count) + " nodes");
  }
  return Status::OK();
}

}  // namespace

Status WordTrie::CheckChildren() const {
  for (const Node& n : nodes_) {
    // Children come after their parent (breadth-first), within the trie.
    if (n.child_count > 0 &&
        static_cast<std::uint64_t>(n.first_child) + n.child_count > nodes_.size()) {
      return Status::Corruption("word trie: a node's children lie outside the trie");
    }
  }
  return Status::OK();
}

Result<WordTrie> WordTrie::Deserialize(std::string_view bytes) {
  if (bytes.substr(0, kTrieMagic.size()) != kTrieMagic ||
      bytes.size() < kTrieMagic.size() + sizeof(TrieHeader)) {
    return Status::Corruption("not a word trie of this version");
  }
  TrieHeader header;
  std::memcpy(&header, bytes.data() + kTrieMagic.size(), sizeof(header));
  const std::string_view nodes = bytes.substr(kTrieMagic.size() + sizeof(header));
  if (Status s = CheckHeader(header, nodes.size(), kNone, sizeof(Node)); !s.ok()) return s;
  WordTrie trie;
  trie.nodes_.resize(header.node_count);
  std::memcpy(trie.nodes_.data(), nodes.data(), nodes.size());
  if (Status s = trie.CheckChildren(); !s.ok()) return s;
  trie.word_count_ = header.word_count;
  return trie;
}

Result<WordTrie> WordTrie::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::uint64_t>(std::max<std::streamoff>(0, in.tellg()));
  in.seekg(0);
  std::string magic(kTrieMagic.size(), '\0');
  TrieHeader header;
  if (size < kTrieMagic.size() + sizeof(header) || !in.read(magic.data(), magic.size()) ||
      magic != kTrieMagic || !in.read(reinterpret_cast<char*>(&header), sizeof(header))) {
    return Status::Corruption(path + ": not a word trie of this version");
  }
  const std::uint64_t node_bytes = size - kTrieMagic.size() - sizeof(header);
  if (Status s = CheckHeader(header, node_bytes, kNone, sizeof(Node)); !s.ok()) {
    return s.WithContext(path);
  }
  WordTrie trie;
  trie.nodes_.resize(header.node_count);
  if (!in.read(reinterpret_cast<char*>(trie.nodes_.data()),
               static_cast<std::streamsize>(node_bytes))) {
    return Status::IOError(path + ": read error");
  }
  if (Status s = trie.CheckChildren(); !s.ok()) return s.WithContext(path);
  trie.word_count_ = header.word_count;
  return trie;
}

std::uint32_t WordTrie::Child(std::uint32_t node, char c) const {
  const Node& n = nodes_[node];
  for (std::uint32_t k = n.first_child, end = n.first_child + n.child_count; k < end; ++k) {
    if (nodes_[k].label == c) return k;
  }
  return kNone;
}

std::uint32_t WordTrie::Find(std::string_view word) const {
  std::uint32_t node = kRoot;
  for (char c : word) {
    node = Child(node, c);
    if (node == kNone) return kNone;
  }
  return node;
}

// -------------------------------------------------------- HashtagSegmenter

enum class HashtagSegmenter::Case : std::uint8_t {
  kLower,
  kUpper,   // upper or title case
  kOther,   // a letter without case (other scripts, modifier letters)
  kDigit,
};

struct HashtagSegmenter::Char {
  UChar32 code_point;
  std::int32_t begin;      // byte offset of the code point in the body
  std::int32_t end;        // byte offset after it and its combining marks
  Case letter_case;
  bool after_separator;    // an underscore or other separator came before it
};

std::string HashtagSegmenter::CachePath(const std::string& hunspell_aff,
                                        const std::string& hunspell_dic,
                                        const std::vector<std::string>& function_words,
                                        const std::string& cache_dir) {
  XXH3_state_t* state = XXH3_createState();
  if (state == nullptr) return std::string();
  XXH3_64bits_reset(state);
  XXH3_64bits_update(state, kTrieMagic.data(), kTrieMagic.size());
  bool readable = true;
  // Each file's size, then its bytes, read in pieces into one buffer (a
  // hashtag's first segmentation waits for this: no copy of the dictionary).
  std::vector<char> buffer(std::size_t{1} << 16);
  for (const std::string* path : {&hunspell_aff, &hunspell_dic}) {
    std::ifstream in(*path, std::ios::binary);
    in.seekg(0, std::ios::end);
    const std::streamoff end = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    in.seekg(0);
    if (!in || end < 0) {
      readable = false;
      break;
    }
    const auto size = static_cast<std::uint64_t>(end);
    XXH3_64bits_update(state, &size, sizeof(size));
    std::uint64_t hashed = 0;
    while (hashed < size) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      const auto got = static_cast<std::uint64_t>(in.gcount());
      if (got == 0) break;
      XXH3_64bits_update(state, buffer.data(), got);
      hashed += got;
    }
    if (hashed != size) {
      readable = false;
      break;
    }
  }
  for (const std::string& word : function_words) {
    XXH3_64bits_update(state, word.data(), word.size() + 1);  // with its terminating NUL
  }
  const std::uint64_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  if (!readable) return std::string();
  char name[64];
  std::snprintf(name, sizeof(name), "hashtag-trie-%016llx.bin",
                static_cast<unsigned long long>(hash));
  return (std::filesystem::path(cache_dir) / name).string();
}

Result<std::unique_ptr<HashtagSegmenter>> HashtagSegmenter::Build(
    const std::string& hunspell_aff, const std::string& hunspell_dic,
    const std::vector<std::string>& function_words, const std::string& cache_dir) {
  const std::string cache =
      cache_dir.empty() ? std::string()
                        : CachePath(hunspell_aff, hunspell_dic, function_words, cache_dir);
  if (!cache.empty()) {
    if (Result<WordTrie> cached = WordTrie::Load(cache); cached.ok()) {
      return std::unique_ptr<HashtagSegmenter>(new HashtagSegmenter(std::move(*cached)));
    }
  }
  WordTrie trie;
  std::string folded;
  auto add = [&](std::u32string_view form, std::uint8_t flags) {
    folded.clear();
    for (char32_t c : form) {
      std::string_view letters = FoldLatinLetter(static_cast<UChar32>(c));
      if (letters.empty()) return;  // hyphen, apostrophe, digit: no hashtag writes it
      folded.append(letters);
    }
    trie.Add(folded, flags);
  };
  Result<HunspellFormCounts> counts = ForEachHunspellForm(
      hunspell_aff, hunspell_dic, [&](std::u32string_view form) { add(form, WordTrie::kWord); });
  if (!counts.ok()) return counts.status();
  for (const std::string& word : function_words) {
    add(DecodeUtf8(word), WordTrie::kWord | WordTrie::kFunctionWord);
  }
  trie.Build();
  // A cache that cannot be written (read-only home, full disk) costs the
  // build next time, nothing else.
  if (!cache.empty()) (void)WriteFileAtomically(cache, trie.Serialize());
  return std::unique_ptr<HashtagSegmenter>(new HashtagSegmenter(std::move(trie)));
}

std::unique_ptr<HashtagSegmenter> HashtagSegmenter::WithoutDictionary() {
  WordTrie empty;
  empty.Build();
  return std::unique_ptr<HashtagSegmenter>(new HashtagSegmenter(std::move(empty)));
}

bool HashtagSegmenter::IsWord(const std::vector<Char>& chars, int first, int last) const {
  std::uint32_t node = WordTrie::kRoot;
  for (int k = first; k < last; ++k) {
    std::string_view letters = FoldLatinLetter(chars[k].code_point);
    if (letters.empty()) return false;
    for (char c : letters) {
      node = trie_.Child(node, c);
      if (node == WordTrie::kNone) return false;
    }
  }
  return node != WordTrie::kRoot && (trie_.flags(node) & WordTrie::kWord) != 0;
}

void HashtagSegmenter::SplitByDictionary(const std::vector<Char>& chars, int first, int last,
                                         std::vector<std::pair<int, int>>* pieces) const {
  // The folded letters, and for each folded position the char starting there
  // (-1 inside a ligature's expansion, where no piece may start or end).
  std::string folded;
  std::vector<int> char_at;
  bool all_upper = true;
  bool capitalized = chars[first].letter_case == Case::kUpper;
  for (int k = first; k < last; ++k) {
    std::string_view letters = FoldLatinLetter(chars[k].code_point);
    if (letters.empty()) {  // a letter of another script: no French word here
      pieces->emplace_back(first, last);
      return;
    }
    char_at.push_back(k);
    char_at.resize(char_at.size() + letters.size() - 1, -1);
    folded.append(letters);
    all_upper = all_upper && chars[k].letter_case == Case::kUpper;
    if (k > first) capitalized = capitalized && chars[k].letter_case == Case::kLower;
  }
  char_at.push_back(last);
  const int n = static_cast<int>(folded.size());
  if (IsWord(chars, first, last) ||
      (all_upper && last - first < kMinCapsLettersToSplit) ||
      (capitalized && last - first < kMinCapitalizedLettersToSplit)) {
    pieces->emplace_back(first, last);
    return;
  }

  // Viterbi over folded positions: best[j] is the cheapest cost of covering
  // folded[0, j) with dictionary pieces; from[j] where its last piece starts.
  std::vector<float> best(n + 1, kInfinity);
  std::vector<int> from(n + 1, -1);
  best[0] = 0;
  for (int i = 0; i < n; ++i) {
    if (best[i] == kInfinity || char_at[i] < 0) continue;
    std::uint32_t node = WordTrie::kRoot;
    for (int j = i; j < n; ++j) {
      node = trie_.Child(node, folded[j]);
      if (node == WordTrie::kNone) break;
      const std::uint8_t flags = trie_.flags(node);
      if ((flags & WordTrie::kWord) == 0 || char_at[j + 1] < 0) continue;
      const char next = j + 1 < n ? folded[j + 1] : 0;
      const float cost = best[i] + PieceCost(j + 1 - i, flags, next);
      // On a tie the later start wins, so earlier pieces are longer:
      // "maisonde" is "maison" + "de", not "mais" + "onde".
      if (cost < kInfinity && cost <= best[j + 1]) {
        best[j + 1] = cost;
        from[j + 1] = i;
      }
    }
  }
  if (best[n] == kInfinity) {  // no cover by known words: a name, a brand, an English tag
    pieces->emplace_back(first, last);
    return;
  }
  const std::size_t old_size = pieces->size();
  for (int j = n; j > 0; j = from[j]) pieces->emplace_back(char_at[from[j]], char_at[j]);
  std::reverse(pieces->begin() + static_cast<std::ptrdiff_t>(old_size), pieces->end());
}

std::vector<std::string> HashtagSegmenter::Segment(std::string_view body) const {
  // Decode into letters and digits; separators only mark the next char.
  std::vector<Char> chars;
  chars.reserve(body.size());
  bool separator = false;
  ForEachCodePoint(body, [&](UChar32 c, std::string_view bytes) {
    const auto begin = static_cast<std::int32_t>(bytes.data() - body.data());
    const auto end = static_cast<std::int32_t>(begin + bytes.size());
    const std::int8_t type = c < 0 ? std::int8_t{U_UNASSIGNED} : u_charType(c);
    const bool mark = type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
                      type == U_ENCLOSING_MARK;
    if (mark && !chars.empty() && !separator) {
      chars.back().end = end;  // an accent written as a combining mark
    } else if (c >= 0 && (u_isUAlphabetic(c) || type == U_DECIMAL_DIGIT_NUMBER)) {
      Case letter_case = Case::kOther;
      if (type == U_DECIMAL_DIGIT_NUMBER) {
        letter_case = Case::kDigit;
      } else if (u_isUUppercase(c) || u_istitle(c)) {
        letter_case = Case::kUpper;
      } else if (u_isULowercase(c)) {
        letter_case = Case::kLower;
      }
      chars.push_back({c, begin, end, letter_case, separator});
      separator = false;
    } else {
      separator = true;
    }
  });

  // Pieces as ranges of chars.
  std::vector<std::pair<int, int>> pieces;
  const int n = static_cast<int>(chars.size());
  int chunk_begin = 0;
  while (chunk_begin < n) {
    const bool digits = chars[chunk_begin].letter_case == Case::kDigit;
    int chunk_end = chunk_begin + 1;
    while (chunk_end < n && !chars[chunk_end].after_separator &&
           (chars[chunk_end].letter_case == Case::kDigit) == digits) {
      ++chunk_end;
    }
    if (digits) {
      pieces.emplace_back(chunk_begin, chunk_end);
      chunk_begin = chunk_end;
      continue;
    }
    // Case pieces of the letter chunk.
    auto is = [&](int k, Case letter_case) {
      return k < chunk_end && chars[k].letter_case == letter_case;
    };
    std::vector<std::pair<int, int>> by_case;
    for (int k = chunk_begin; k < chunk_end;) {
      if (is(k, Case::kOther)) {  // caseless letters stay together
        int end = k + 1;
        while (is(end, Case::kOther)) ++end;
        by_case.emplace_back(k, end);
        k = end;
        continue;
      }
      int run_end = k;
      while (is(run_end, Case::kUpper)) ++run_end;
      int lower_end = run_end;
      while (is(lower_end, Case::kLower)) ++lower_end;
      if (run_end - k >= 2 && lower_end > run_end) {
        // "RTLMatin": the capital that starts the lowercase tail belongs to it
        // if that makes a word; "IAgénérative": else if the tail alone is a
        // word, the capitals are an acronym before it; else the usual camel
        // case convention (the last capital starts the word).
        int split = run_end - 1;
        if (!IsWord(chars, run_end - 1, lower_end) && IsWord(chars, run_end, lower_end)) {
          split = run_end;
        }
        by_case.emplace_back(k, split);
        by_case.emplace_back(split, lower_end);
      } else {
        by_case.emplace_back(k, lower_end);
      }
      k = lower_end;
    }
    std::size_t next = 0;
    if (chunk_begin > 0 && !chars[chunk_begin].after_separator && !pieces.empty()) {
      // After digits: an ordinal suffix stays with them ("6eRépublique", "1erMai").
      std::string suffix;
      bool lower = true;
      for (int k = by_case[0].first; k < by_case[0].second; ++k) {
        suffix.append(FoldLatinLetter(chars[k].code_point));
        lower = lower && chars[k].letter_case == Case::kLower;
      }
      static constexpr std::string_view kOrdinals[] = {"e",  "er",  "ere", "eme", "es",
                                                       "ers", "eres", "emes", "re", "res"};
      if (lower && std::find(std::begin(kOrdinals), std::end(kOrdinals), suffix) !=
                       std::end(kOrdinals)) {
        pieces.back().second = by_case[0].second;
        next = 1;
      }
    }
    if (by_case.size() == 1 && next == 0) {
      SplitByDictionary(chars, chunk_begin, chunk_end, &pieces);
    } else {
      pieces.insert(pieces.end(), by_case.begin() + static_cast<std::ptrdiff_t>(next),
                    by_case.end());
    }
    chunk_begin = chunk_end;
  }

  std::vector<std::string> words;
  words.reserve(pieces.size());
  for (const auto& [first, last] : pieces) {
    std::string word;
    for (int k = first; k < last; ++k) {
      const Char& c = chars[k];
      AppendUtf8(u_tolower(c.code_point), &word);
      const std::int32_t marks = c.begin + U8_LENGTH(c.code_point);  // as written
      word.append(body.substr(marks, c.end - marks));
    }
    words.push_back(std::move(word));
  }
  return words;
}

}  // namespace redite::text
