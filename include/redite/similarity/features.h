// PostFeatures: what the similarity engine keeps of a post, computed once from
// the text layer's Analysis and stored with the post.
//
//   text::Analysis a = analyzer->Analyze(post_text);
//   similarity::PostFeatures f = similarity::ExtractFeatures(a);
//
// Changing what goes in here changes stored fingerprints: bump
// kFeaturesVersion (the store records it and recomputes old rows).
#ifndef REDITE_SIMILARITY_FEATURES_H_
#define REDITE_SIMILARITY_FEATURES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "redite/text/tokens.h"

namespace redite::similarity {

constexpr int kFeaturesVersion = 1;

// A byte range of the ORIGINAL post text.
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

struct PostFeatures {
  // Content lemmas in order, accent-less (stopwords, punctuation, emoji left
  // out; the words of segmented hashtags included), each with the span of
  // the token it came from. lemma_forms keeps the accented lemma (thesaurus
  // lookups want it).
  std::vector<std::string> lemmas;
  std::vector<std::string> lemma_forms;
  std::vector<Span> lemma_spans;
  // Every word and figure in order, stopwords included, accent-less and
  // case-folded: the wording, for near-duplicate and word-order signals.
  // Hashtag and mention bodies are in it too, flagged optional: "au salon
  // @VivaTech" and "au salon VivaTech #VivaTech2024" say the same words.
  std::vector<std::string> words;
  std::vector<Span> word_spans;
  std::vector<std::uint8_t> word_optional;
  // Canonical figures ("1200", "12%", "2400000000€"), links, hashtag keys,
  // mentions; each with its span.
  std::vector<std::string> figures;
  std::vector<Span> figure_spans;
  std::vector<std::string> links;
  std::vector<std::string> hashtags;
  std::vector<Span> hashtag_spans;
  std::vector<std::string> mentions;
  // Hashed character 4-grams of the accent-less words (with a space between
  // words and at both ends), sorted; repeated hashes are kept (counts).
  std::vector<std::uint32_t> shingles;
  // The post says "ne ... pas", "jamais", "aucun", "sans"...: a negated post
  // and an affirmative one do not say the same thing.
  bool negated = false;
};

PostFeatures ExtractFeatures(const text::Analysis& analysis);

// The wording without hashtags, mentions, links, emoji and punctuation (the
// non-optional words joined by spaces).
std::string ExactKey(const PostFeatures& features);

// The `shingles` of a post as ExtractFeatures computes them from its
// non-optional words (the stored encoding recomputes them instead of
// keeping 4 bytes per character).
std::vector<std::uint32_t> WordShingles(const PostFeatures& features);

// The indices in `words` of the words that make a post `negated` ("pas",
// "jamais", "sans", "plus" after "ne"...): where its negation sits, so that a
// scorer can tell a negated shared clause from a negation in words only one
// post has ("sans relâche", "merci de ne pas les consommer").
std::vector<std::size_t> NegationPositions(const PostFeatures& features);

// A figure without its currency sign: "3,2 Md€" and "3,2 milliards" agree
// (what the scorer and the overlap index compare figures by).
std::string FigureKey(const std::string& figure);

}  // namespace redite::similarity

#endif  // REDITE_SIMILARITY_FEATURES_H_
