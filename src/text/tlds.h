// The valid top-level domains for URL extraction: read from the Public
// Suffix List, kept as a trie that gives both the URL pattern's TLD
// alternation and a quick check in code.
#ifndef REDITE_SRC_TEXT_TLDS_H_
#define REDITE_SRC_TEXT_TLDS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redite/status.h"

namespace redite::text::internal {

// The TLDs of the ICANN section of the Public Suffix List at `path`: the last
// label of every rule ("*.ck" gives "ck"), lowercase UTF-8, sorted, unique;
// each non-ASCII label is also given in its punycode form ("xn--..."). The
// PRIVATE section (blogspot.com, ...) adds no TLD and is ignored.
Result<std::vector<std::string>> LoadIcannTlds(const std::string& path);

// The TLDs as a trie over code points, for the URL pattern and for the
// quick check that decides whether a run of text needs the pattern at all.
// Immutable after construction; thread-safe.
class TldTrie {
 public:
  // `tlds`: lowercase labels, as LoadIcannTlds gives them.
  explicit TldTrie(const std::vector<std::string>& tlds);
  ~TldTrie();
  TldTrie(const TldTrie&) = delete;
  TldTrie& operator=(const TldTrie&) = delete;

  // A narrow Boost.Regex (perl syntax, over UTF-8 bytes) fragment that
  // matches exactly one TLD, ASCII letters in either case as Java's
  // CASE_INSENSITIVE does, other characters as written. A node's children
  // are alternatives, so a match costs one branch per character instead of
  // one try per TLD; a longer TLD is tried before its prefixes ("com" before
  // "co"). No TLD gives a fragment that never matches.
  std::string Pattern() const;

  // Whether a TLD starts at byte `pos` of `text` and ends where twitter-text
  // accepts a TLD end: at the end of the text or before anything but an
  // ASCII letter, digit, '@', '+' or '-' ("fr" in "exemple.fr/", not in
  // "exemple.fromage"). ASCII letters in either case.
  bool MatchesAt(std::string_view text, std::size_t pos) const;

 private:
  struct Node;
  static void AppendPattern(const Node& node, std::string* out);
  std::unique_ptr<Node> root_;
};

}  // namespace redite::text::internal

#endif  // REDITE_SRC_TEXT_TLDS_H_
