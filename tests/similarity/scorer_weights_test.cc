// The Scorer keeps the rarity weights it looked up while the TermStats do
// not change; a count set afterwards must reach the signals all the same.
#include <doctest/doctest.h>

#include <memory>

#include "redite/similarity/scorer.h"
#include "redite/similarity/term_stats.h"
#include "redite/similarity/text_comparer.h"

namespace redite::similarity {

TEST_SUITE("Scorer weights") {
  TEST_CASE("a lemma count set after a comparison changes the next one as a new scorer sees it") {
    auto comparer = TextComparer::Create(TextComparerOptions());
    REQUIRE(comparer.ok());
    const PostFeatures a = (*comparer)->Features("Le conseil valide le budget de la filiale éolienne.");
    const PostFeatures b = (*comparer)->Features("Budget validé pour la filiale : le conseil a tranché.");
    const PostFeatures c = (*comparer)->Features("La filiale éolienne présente ses résultats annuels.");
    const ScorerModel& model = (*comparer)->scorer().model();

    TermStats stats;
    stats.SetDocuments(1000);
    stats.SetLemmaCount("budget", 1);
    Scorer kept(model, &stats, nullptr);
    const Signals before = kept.ComputeSignals(a, b);
    // "filiale" was looked up (weight of a lemma seen nowhere); now it is in
    // most posts, and "conseil" gets a count for the first time.
    stats.SetLemmaCount("filiale", 900);
    stats.SetLemmaCount("conseil", 500);
    (void)kept.ComputeSignals(a, c);  // weights of other lemmas kept meanwhile
    const Signals after = kept.ComputeSignals(a, b);
    Scorer fresh(model, &stats, nullptr);
    const Signals expected = fresh.ComputeSignals(a, b);
    for (int s = 0; s < kSignalCount; ++s) {
      CAPTURE(SignalName(s));
      CHECK(after[s] == doctest::Approx(expected[s]).epsilon(1e-12));
    }
    // The common words now weigh less, so the rare shared one weighs more.
    CHECK(after[kLemmaCosine] != doctest::Approx(before[kLemmaCosine]));
  }
}

}  // namespace redite::similarity
