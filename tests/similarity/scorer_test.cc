#include "redite/similarity/scorer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "redite/similarity/text_comparer.h"
#include "test_support.h"

namespace redite::similarity {
namespace {

TextComparer& Comparer() {
  static std::unique_ptr<TextComparer> comparer = [] {
    auto c = TextComparer::Create(TextComparerOptions());
    REQUIRE(c.ok());
    return std::move(c).value();
  }();
  return *comparer;
}

std::string_view SpanText(std::string_view text, Span span) {
  return text.substr(span.start, span.end - span.start);
}

}  // namespace

TEST_SUITE("Scorer") {
  TEST_CASE("the same words with other hashtags, links, emoji and punctuation: duplicate") {
    Comparison c = Comparer().Compare(
        "Nous recrutons 1 200 alternants pour la rentrée 2024 ! 🇫🇷 #recrutement https://t.co/Yh7aPq2LmN",
        "Nous recrutons 1\u202f200 alternants pour la rentrée 2024. @RailNova_Groupe #alternance");
    CHECK(c.level == Level::kDuplicate);
  }

  TEST_CASE("a few words changed: near-duplicate; unrelated posts: distinct") {
    Comparison near = Comparer().Compare(
        "Nous inaugurons aujourd'hui notre nouveau site de production à Lunel : 120 emplois créés.",
        "Nous inaugurons ce matin notre nouveau site de production à Lunel : 120 emplois créés !");
    CHECK(near.level == Level::kNearDuplicate);
    Comparison distinct = Comparer().Compare(
        "Nous inaugurons aujourd'hui notre nouveau site de production à Lunel.",
        "Bravo à l'équipe de handball pour sa victoire en finale régionale !");
    CHECK(distinct.level == Level::kDistinct);
    CHECK(distinct.score < near.score);
  }

  TEST_CASE("exchanged roles are not an echo; a moved clause is") {
    Comparison swapped = Comparer().Compare(
        "Bâtirex rachète Sablinor, spécialiste des façades en bois, et renforce sa présence dans le Grand Ouest.",
        "Sablinor rachète Bâtirex, spécialiste des façades en bois, et renforce sa présence dans le Grand Ouest.");
    CHECK(swapped.signals[kExchange] >= Comparer().scorer().model().exchange);
    CHECK(swapped.level <= Level::kSameTopic);
    Comparison trains = Comparer().Compare(
        "Dès le 2 septembre, RailNova ajoute 6 trains directs de Lyon à Paris chaque matin.",
        "Dès le 2 septembre, RailNova ajoute 6 trains directs de Paris à Lyon chaque matin.");
    CHECK(trains.signals[kExchange] > 0);
    CHECK(trains.level <= Level::kSameTopic);
    Comparison moved = Comparer().Compare(
        "Dès lundi, nous ouvrons trois nouvelles agences à Lyon pour nos clients professionnels.",
        "Nous ouvrons trois nouvelles agences à Lyon pour nos clients professionnels dès lundi.");
    CHECK(moved.signals[kExchange] == 0);
    CHECK(moved.level >= Level::kRewording);
  }

  TEST_CASE("negation or other figures in the same frame: at most the same topic") {
    Comparison negated = Comparer().Compare(
        "Nous fermerons notre usine de Lunel en 2025.",
        "Nous ne fermerons pas notre usine de Lunel en 2025.");
    CHECK(negated.signals[kNegationMismatch] == 1.0);
    CHECK(negated.level <= Level::kSameTopic);
    Comparison figures = Comparer().Compare(
        "Chiffre d'affaires 2024 : 3,2 Md€, en hausse de 8 %.",
        "Chiffre d'affaires 2024 : 2,9 Md€, en hausse de 5 %.");
    CHECK(figures.signals[kFigureConflict] == 1.0);
    CHECK(figures.level <= Level::kSameTopic);
  }

  TEST_CASE("a negation in words only one post has contradicts nothing") {
    // "pas" sits among merci, de, les, consommer: none of them in the other post.
    Comparison extra = Comparer().Compare(
        "Rappel conso : nous rappelons nos biscuits Petit Causse au chocolat (lot 45C).",
        "Rappel conso : nous rappelons nos biscuits Petit Causse au chocolat (lot 45C). Merci de "
        "ne pas les consommer.");
    CHECK(extra.signals[kNegationMismatch] == 0.0);
    CHECK(extra.level >= Level::kRewording);
    // "Nous ne fermerons pas notre usine": nous, fermerons, notre, usine are shared.
    Comparison clause = Comparer().Compare("Nous fermerons notre usine de Lunel en 2025.",
                                           "Nous ne fermerons pas notre usine de Lunel en 2025.");
    CHECK(clause.signals[kNegationMismatch] == 1.0);
  }

  TEST_CASE("the same figure is evidence: 700 000 apprentis / 700 000 contrats d'apprentissage") {
    Comparison c = Comparer().Compare(
        "Record : 700 000 apprentis cette année en France. Une fierté collective !",
        "700\u00a0000 contrats d'apprentissage signés cette année : un record historique.");
    CHECK(c.signals[kFigureShared] > 0);
    CHECK(c.shared_figures == std::vector<std::string>{"700000"});
    CHECK(c.level >= Level::kSameTopic);
  }

  TEST_CASE("short posts do not collapse onto one signature") {
    Comparison c = Comparer().Compare("Merci à tous !", "Bravo aux équipes !");
    CHECK(c.level == Level::kDistinct);
    Comparison d = Comparer().Compare("Quelle journée !", "Quelle semaine !");
    CHECK(d.level < Level::kRewording);
  }

  TEST_CASE("shared passages are byte ranges of the original texts") {
    std::string a = "L’État soutient l’apprentissage : 700 000 jeunes 🎓 #TransitionÉnergétique";
    std::string b = "700\u202f000 jeunes en apprentissage grâce au soutien de l'État";
    Comparison c = Comparer().Compare(a, b);
    REQUIRE(!c.shared.empty());
    bool etat = false, figure = false;
    for (const SharedSpan& s : c.shared) {
      std::string_view in_a = SpanText(a, s.a);
      std::string_view in_b = SpanText(b, s.b);
      CHECK(!in_a.empty());
      CHECK(!in_b.empty());
      etat = etat || (in_a == "État" && in_b == "État");
      figure = figure || (in_a == "700 000" && in_b == "700\u202f000");
    }
    CHECK(etat);
    CHECK(figure);
  }

  TEST_CASE("what only the longer post says lowers soft_overlap, not soft_containment") {
    Comparison same = Comparer().Compare("Aérolys recrute 300 soudeurs à Saint-Nazaire.",
                                         "À Saint-Nazaire, Aérolys recrute 300 soudeurs !");
    CHECK(same.signals[kSoftContainment] == doctest::Approx(1.0));
    CHECK(same.signals[kSoftOverlap] == doctest::Approx(1.0));
    Comparison longer = Comparer().Compare(
        "Aérolys recrute 300 soudeurs à Saint-Nazaire.",
        "Aérolys recrute 300 soudeurs, chaudronniers et usineurs sur son site de Saint-Nazaire.");
    CHECK(longer.signals[kSoftContainment] == doctest::Approx(1.0));
    CHECK(longer.signals[kSoftOverlap] < 0.9);
    CHECK(longer.signals[kSoftOverlap] > 0.3);
    CHECK(longer.signals[kContainedLength] < same.signals[kContainedLength]);
  }

  TEST_CASE("related counts what only a relative or a synonym matches") {
    // recrutons / recrutement: the same family, not the same lemma.
    Comparison family = Comparer().Compare("Nous recrutons 300 apprentis à Lyon.",
                                           "Recrutement de 300 apprentis à Lyon.");
    CHECK(family.signals[kRelated] > 0);
    CHECK(family.signals[kRelated] ==
          doctest::Approx(family.signals[kSoftContainment] - family.signals[kLemmaContainment]));
    CHECK(family.signals[kSoftContainment] > family.signals[kLemmaContainment]);
    Comparison same = Comparer().Compare("Nous recrutons 300 apprentis à Lyon.",
                                         "300 apprentis : nous recrutons à Lyon.");
    CHECK(same.signals[kRelated] == 0);
  }

  TEST_CASE("char_root bends char_cosine: the first shared 4-grams weigh most") {
    Comparison c = Comparer().Compare("Nous ouvrons trois agences à Lyon.",
                                      "Nous fermons deux usines à Lille.");
    REQUIRE(c.signals[kCharCosine] > 0);
    REQUIRE(c.signals[kCharCosine] < 1);
    CHECK(c.signals[kCharRoot] == doctest::Approx(std::sqrt(c.signals[kCharCosine])));
    CHECK(c.signals[kCharRoot] > c.signals[kCharCosine]);
  }

  TEST_CASE("a prepared draft scores as a fresh one, and is left out only below the level asked") {
    TextComparer& c = Comparer();
    Scorer& scorer = c.scorer();
    const PostFeatures draft =
        c.Features("Nous recrutons 300 apprentis à Lyon pour la rentrée 2025 #Alternance");
    const std::vector<PostFeatures> posts = {
        c.Features("Nous recrutons 300 apprentis à Lyon pour la rentrée 2025 ! @RailNova"),
        c.Features("Nous recrutons 300 apprentis à Lyon pour la rentrée de septembre 2025."),
        c.Features("300 contrats d'apprentissage ouvrent à Lyon à la rentrée : rejoignez-nous !"),
        c.Features("Nous recrutons 120 apprentis à Lyon pour la rentrée 2025."),
        c.Features("Bravo à l'équipe de handball pour sa victoire en finale régionale !"),
        c.Features("Rentrée 2025 : nos 300 apprentis lyonnais découvrent l'atelier de Vénissieux."),
    };
    PreparedPost prepared = scorer.Prepare(draft);
    std::vector<int> seen(5, 0);
    for (const PostFeatures& post : posts) {
      const Comparison fresh = scorer.Compare(draft, post);
      ++seen[static_cast<int>(fresh.level)];
      for (int l = 0; l < 5; ++l) {
        const auto level = static_cast<Level>(l);
        std::optional<Comparison> got = scorer.CompareAtLeast(prepared, post, level);
        CHECK(got.has_value() == (fresh.level >= level));
        if (got) {
          CHECK(got->signals == fresh.signals);
          CHECK(got->score == fresh.score);
          CHECK(got->level == fresh.level);
        }
      }
    }
    // The posts cover the levels the early rejection must tell apart.
    CHECK(seen[static_cast<int>(Level::kDuplicate)] > 0);
    CHECK(seen[static_cast<int>(Level::kDistinct)] > 0);
    CHECK(seen[static_cast<int>(Level::kRewording)] + seen[static_cast<int>(Level::kNearDuplicate)] >
          0);
  }

  TEST_CASE("a prepared draft follows counts that change after it was prepared") {
    TextComparer& c = Comparer();
    TermStats stats;
    stats.SetDocuments(10000);
    Scorer scorer(c.scorer().model(), &stats, nullptr);
    const PostFeatures draft = c.Features("Nous ouvrons trois agences à Lyon et à Grenoble.");
    const PostFeatures post = c.Features("Trois agences ouvrent à Grenoble cette semaine.");
    PreparedPost prepared = scorer.Prepare(draft);
    const Comparison before = *scorer.CompareAtLeast(prepared, post, Level::kDistinct);
    stats.SetLemmaCount("lyon", 5000);  // a lemma of the draft only: its norm changes
    const Comparison after = *scorer.CompareAtLeast(prepared, post, Level::kDistinct);
    CHECK(after.signals == scorer.Compare(draft, post).signals);
    CHECK(after.signals[kLemmaCosine] > before.signals[kLemmaCosine]);
    stats.SetDocuments(20000);  // every weight changes
    CHECK(scorer.CompareAtLeast(prepared, post, Level::kDistinct)->signals ==
          scorer.Compare(draft, post).signals);
  }

  TEST_CASE("signal directions keep fitted weights honest") {
    CHECK(SignalDirection(kExchange) == -1);
    CHECK(SignalDirection(kNegationMismatch) == -1);
    CHECK(SignalDirection(kFigureConflict) == -1);
    CHECK(SignalDirection(kLemmaCosine) == 1);
    const ScorerModel& model = Comparer().scorer().model();
    for (int s = 0; s < kSignalCount; ++s) {
      CHECK_MESSAGE(SignalDirection(s) * model.weights[s] >= 0, SignalName(s));
    }
  }

  TEST_CASE("a model survives Save and Load") {
    ScorerModel m = Comparer().scorer().model();
    std::string path = testing::TempDir() + "/scorer.json";
    REQUIRE(m.Save(path).ok());
    auto loaded = ScorerModel::Load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->weights == m.weights);
    CHECK(loaded->bias == m.bias);
    CHECK(loaded->rewording == m.rewording);
    CHECK(loaded->exchange == m.exchange);
    CHECK(loaded->near_duplicate == m.near_duplicate);
  }

  TEST_CASE("a damaged model names the file and the field") {
    std::string path = testing::TempDir() + "/bad.json";
    {
      std::FILE* f = std::fopen(path.c_str(), "w");
      REQUIRE(f != nullptr);
      std::fputs("{\"version\": 1, \"weights\": {}, \"bias\": 0}", f);
      std::fclose(f);
    }
    auto loaded = ScorerModel::Load(path);
    REQUIRE(!loaded.ok());
    CHECK(loaded.status().message().find(path) != std::string::npos);
    CHECK(loaded.status().message().find("lemma_cosine") != std::string::npos);
  }
}

TEST_SUITE("TermStats") {
  TEST_CASE("a word in every post of a feed weighs less than a rare one") {
    TermStats stats;
    TextComparer& c = Comparer();
    const char* posts[] = {"Helvion recrute des ingénieurs #HelvionFier",
                           "Helvion ouvre un site à Lyon #HelvionFier",
                           "Helvion soutient le handball #HelvionFier",
                           "Helvion publie ses résultats annuels #HelvionFier"};
    for (const char* p : posts) stats.Add(c.Features(p));
    CHECK(stats.documents() == 4);
    CHECK(stats.LemmaIdf("helvion") < stats.LemmaIdf("handball"));
    CHECK(stats.HashtagIdf("helvionfier") < stats.HashtagIdf("autre"));
  }
}

}  // namespace redite::similarity
