// Splits hashtag bodies into words: by case, digits and underscores, and by a
// French dictionary when the body gives no such cue.
//
// Private to src/text/; Lexicon::SegmentHashtag() is the public entry.
//
//   auto segmenter = HashtagSegmenter::Build(aff, dic, stopwords);
//   (*segmenter)->Segment("TransitionÉnergétique");  // {"transition", "énergétique"}
//   (*segmenter)->Segment("emploidesjeunes");        // {"emploi", "des", "jeunes"}
//
// Segment() is const and thread-safe.
#ifndef REDITE_SRC_TEXT_HASHTAG_SEGMENTER_H_
#define REDITE_SRC_TEXT_HASHTAG_SEGMENTER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redite/status.h"

namespace redite::text {

// A trie of accent-folded lowercase a-z words ("énergétique" is stored as
// "energetique"), 8 bytes a node, children of a node stored contiguously.
// Add() the words, then Build() once; lookups are for built tries only.
class WordTrie {
 public:
  static constexpr std::uint32_t kRoot = 0;
  static constexpr std::uint32_t kNone = UINT32_MAX;
  enum Flag : std::uint8_t { kWord = 1, kFunctionWord = 2 };

  // Queues an a-z word of at most 255 letters (longer ones are dropped) with
  // its flags; a word added twice gets the union of its flags.
  void Add(std::string_view word, std::uint8_t flags);
  // Builds the trie from the words added, then forgets them.
  void Build();

  // The child of `node` along letter `c`, or kNone.
  std::uint32_t Child(std::uint32_t node, char c) const;
  // The node reached from the root along `word`, or kNone.
  std::uint32_t Find(std::string_view word) const;
  std::uint8_t flags(std::uint32_t node) const { return nodes_[node].flags; }
  std::size_t node_count() const { return nodes_.size(); }
  std::size_t word_count() const { return word_count_; }

  // A built trie as bytes (a header, then the nodes as laid out in memory:
  // for a cache on this machine, not an exchange format), and back.
  // Deserialize checks the header, the size and that every child range lies
  // inside the trie; Corruption otherwise.
  std::string Serialize() const;
  static Result<WordTrie> Deserialize(std::string_view bytes);
  // Deserialize of a file's bytes, read straight into the nodes (a hashtag's
  // first segmentation waits for it: no copy of the file).
  static Result<WordTrie> Load(const std::string& path);

 private:
  struct Node {
    std::uint32_t first_child = 0;
    std::uint8_t child_count = 0;
    char label = 0;
    std::uint8_t flags = 0;
    std::uint8_t unused = 0;  // the padding, spelled out: the cache file holds no stray byte
  };
  // Words waiting for Build(): their letters one after the other in
  // `letters_` (one allocation instead of one string a word).
  struct Pending {
    std::uint32_t offset;
    std::uint8_t length;
    std::uint8_t flags;
  };
  // Corruption unless every node's children lie inside the trie.
  Status CheckChildren() const;

  std::string letters_;
  std::vector<Pending> pending_;
  std::vector<Node> nodes_ = std::vector<Node>(1);  // the root
  std::size_t word_count_ = 0;
};

class HashtagSegmenter {
 public:
  // Reads every form of the Hunspell dictionary (suffix rules applied, see
  // hunspell_forms.h) into the trie. `function_words` (lowercase, e.g. the
  // stopwords) are added too and cost less as pieces, since hashtags glue
  // them to content words ("ChoisirLaFrance", "emploidesjeunes"). Errors
  // name the dictionary file. For hunspell-fr: 420 k words, 820 k nodes,
  // 6.6 MB, built in 0.25-0.8 s (bench/lexicon_bench.cc).
  //
  // With a `cache_dir`, the trie is kept there between runs, in a file named
  // by a hash of the trie format, both dictionary files' bytes and the
  // function words: loading it takes a few milliseconds instead of the
  // build. A missing, unreadable or corrupt cache file is rebuilt; a cache
  // that cannot be written is skipped (the segmenter works the same).
  static Result<std::unique_ptr<HashtagSegmenter>> Build(
      const std::string& hunspell_aff, const std::string& hunspell_dic,
      const std::vector<std::string>& function_words, const std::string& cache_dir = "");

  // The cache file Build() would use in `cache_dir` for these inputs; empty
  // when a dictionary file cannot be read.
  static std::string CachePath(const std::string& hunspell_aff, const std::string& hunspell_dic,
                               const std::vector<std::string>& function_words,
                               const std::string& cache_dir);

  // A segmenter without a dictionary: it splits on case, digits and
  // underscores only.
  static std::unique_ptr<HashtagSegmenter> WithoutDictionary();

  // The words of `body` (a hashtag without '#'), lowercase, accents as
  // written. Splits at underscores and other non-alphanumeric characters, at
  // letter/digit changes ("COP28" -> "cop", "28"; an ordinal suffix stays:
  // "6eRépublique" -> "6e", "république"), before a capital that follows a
  // lowercase letter ("ChoisirLaFrance"), and between a run of capitals and
  // a capitalized word ("RTLMatin" -> "rtl", "matin"; "IAgénérative" -> "ia",
  // "générative": the dictionary tells where the run ends). A letter run
  // with no case cue ("transitionenergetique", "NOUSRECRUTONS", "Nousrecrutons")
  // is split by the dictionary into the cheapest sequence of known words,
  // preferring few long words, matched without accents; it stays whole when
  // it is itself a word, when no sequence of known words covers it, when it
  // is an all-caps run shorter than 8 letters (an acronym: "RSE", "OTAN") or
  // a capitalized run shorter than 12 (a name: "Castex", not "cas" + "tex").
  // Empty when `body` has no letter or digit.
  std::vector<std::string> Segment(std::string_view body) const;

  const WordTrie& trie() const { return trie_; }

 private:
  explicit HashtagSegmenter(WordTrie trie) : trie_(std::move(trie)) {}
  enum class Case : std::uint8_t;
  struct Char;
  // Appends the words of letters [first, last) of `chars` split by the
  // dictionary to `pieces` (as char ranges).
  void SplitByDictionary(const std::vector<Char>& chars, int first, int last,
                         std::vector<std::pair<int, int>>* pieces) const;
  bool IsWord(const std::vector<Char>& chars, int first, int last) const;

  WordTrie trie_;
};

}  // namespace redite::text

#endif  // REDITE_SRC_TEXT_HASHTAG_SEGMENTER_H_
