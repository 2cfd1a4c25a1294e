// Labeled text pairs for fitting and evaluating the scorer: the French STS
// Benchmark, PAWS-X, and redite's own labeled pairs (corpus/eval/pairs.tsv).
#ifndef REDITE_EVAL_DATASETS_H_
#define REDITE_EVAL_DATASETS_H_

#include <string>
#include <vector>

#include "redite/similarity/scorer.h"
#include "redite/status.h"

namespace redite::eval {

struct TextPair {
  std::string id;
  std::string a;
  std::string b;
  double score = 0;        // STS: human similarity 0-5
  bool positive = false;   // PAWS: paraphrase; ours: redundant (rewording or above)
  similarity::Level level = similarity::Level::kDistinct;  // ours only
  std::string kind;        // ours only
  bool heldout = false;    // ours only: kept out of all fitting
};

// STS Benchmark CSV: sentence1,sentence2,score (no header).
Result<std::vector<TextPair>> LoadStsPairs(const std::string& path);

// PAWS-X TSV: sentence1<TAB>sentence2<TAB>label (no header; CRLF; some rows
// quoted CSV-style).
Result<std::vector<TextPair>> LoadPawsPairs(const std::string& path);

// redite's labeled pairs: header "id split level kind text_a text_b", TAB
// separated; split is "fit" or "heldout".
Result<std::vector<TextPair>> LoadLabeledPairs(const std::string& path);

}  // namespace redite::eval

#endif  // REDITE_EVAL_DATASETS_H_
