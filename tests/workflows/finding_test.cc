#include "redite/workflows/finding.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "redite/report/report.h"
#include "redite/similarity/text_comparer.h"
#include "redite/workflows/draft_pairs.h"
#include "redite/workflows/ignored_phrases.h"

namespace redite::workflows {
namespace {

using similarity::Level;
using similarity::Span;

std::string Text(std::string_view s, const Span& span) {
  return std::string(s.substr(span.start, span.end - span.start));
}

bool ValidUtf8Boundary(std::string_view s, std::uint32_t pos) {
  return pos == 0 || pos >= s.size() || (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80;
}

std::string StripAnsi(std::string s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\x1b') {
      while (i < s.size() && s[i] != 'm') ++i;
      continue;
    }
    out += s[i];
  }
  return out;
}

similarity::TextComparer& Comparer() {
  static std::unique_ptr<similarity::TextComparer> comparer = [] {
    auto c = similarity::TextComparer::Create(similarity::TextComparerOptions());
    REQUIRE_MESSAGE(c.ok(), c.status().message());
    return std::move(*c);
  }();
  return *comparer;
}

PostRef Ref(std::string id, std::string text, std::optional<std::int64_t> at = std::nullopt) {
  PostRef p;
  p.id = std::move(id);
  p.text = std::move(text);
  p.created_at = at;
  return p;
}

}  // namespace

TEST_SUITE("Finding") {
  TEST_CASE("MergeSpans widens to whole characters and joins across spaces and punctuation") {
    struct Case {
      std::string name;
      std::string text;
      std::vector<Span> spans;
      std::vector<std::string> expected;
    };
    const std::string recrute = "Nous recrutons 1 200 ingénieurs.";
    const Case kCases[] = {
        {"words separated by spaces", recrute, {{21, 32}, {5, 14}, {15, 16}, {17, 20}},
         {"recrutons 1 200 ingénieurs"}},
        {"a cut inside é and inside an emoji", "café 🚀 thé", {{0, 4}, {7, 9}},
         {"café 🚀"}},
        {"a word between them keeps them apart", "café et thé", {{0, 5}, {9, 13}},
         {"café", "thé"}},
        {"guillemets and no-break spaces join", "«\xC2\xA0" "bonjour\xC2\xA0»\xE2\x80\xAF! salut",
         {{4, 11}, {20, 25}}, {"bonjour\xC2\xA0»\xE2\x80\xAF! salut"}},
        {"out of range is clamped", "abc", {{1, 99}}, {"bc"}},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.name);
      std::vector<std::string> got;
      for (const Span& s : MergeSpans(c.text, c.spans)) {
        CHECK(ValidUtf8Boundary(c.text, s.start));
        CHECK(ValidUtf8Boundary(c.text, s.end));
        got.push_back(Text(c.text, s));
      }
      CHECK(got == c.expected);
    }
  }

  TEST_CASE("shared passages of a real comparison map to the original bytes (accents, emoji)") {
    std::string draft = "🚀 Nous recrutons 1 200 ingénieurs à Lyon cette année ! #Emploi";
    std::string corporate =
        "Acme va recruter 1 200 ingénieurs à Lyon en 2025 🎉 Rejoignez-nous #emploi";
    similarity::Comparison c = Comparer().Compare(draft, corporate);
    REQUIRE(c.level != Level::kDistinct);
    Finding f = MakeFinding(Ref("d:1", draft), Ref("42", corporate), c);
    std::vector<SharedPassage> passages = SharedPassages(f);
    REQUIRE_FALSE(passages.empty());
    bool saw_ingenieurs = false;
    for (const SharedPassage& p : passages) {
      for (auto [text, span] : {std::pair<std::string_view, Span>{draft, p.subject},
                                std::pair<std::string_view, Span>{corporate, p.match}}) {
        REQUIRE(span.end <= text.size());
        CHECK(span.start < span.end);
        CHECK(ValidUtf8Boundary(text, span.start));
        CHECK(ValidUtf8Boundary(text, span.end));
      }
      std::string in_draft = Text(draft, p.subject);
      if (in_draft.find("ingénieurs") != std::string::npos) {
        saw_ingenieurs = true;
        CHECK(Text(corporate, p.match).find("ingénieurs") != std::string::npos);
      }
      // The emoji before and after are never part of a passage.
      CHECK(in_draft.find("🚀") == std::string::npos);
      CHECK(Text(corporate, p.match).find("🎉") == std::string::npos);
    }
    CHECK(saw_ingenieurs);
    // Highlighting keeps every byte of the original, in order.
    std::vector<Span> spans;
    for (const SharedPassage& p : passages) spans.push_back(p.subject);
    std::string highlighted = report::Highlight(draft, MergeSpans(draft, spans));
    CHECK(highlighted != draft);
    CHECK(StripAnsi(highlighted) == draft);
  }

  TEST_CASE("lag and who said it first come from the dates") {
    Finding later = MakeFinding(Ref("d", "x", 10000), Ref("m", "y", 4000), {});
    REQUIRE(later.lag_seconds.has_value());
    CHECK(*later.lag_seconds == 6000);
    CHECK(later.first == FirstSaid::kMatch);
    Finding earlier = MakeFinding(Ref("d", "x", 1000), Ref("m", "y", 4000), {});
    CHECK(*earlier.lag_seconds == -3000);
    CHECK(earlier.first == FirstSaid::kSubject);
    CHECK(MakeFinding(Ref("d", "x", 5), Ref("m", "y", 5), {}).first == FirstSaid::kSameTime);
    Finding undated = MakeFinding(Ref("d", "x"), Ref("m", "y", 4000), {});
    CHECK_FALSE(undated.lag_seconds.has_value());
    CHECK(std::string(FirstSaidName(undated.first)) == "unknown");
  }

  TEST_CASE("best first: level, then score - the fail level decides") {
    std::vector<Finding> findings;
    auto add = [&](const char* id, Level level, double score) {
      similarity::Comparison c;
      c.level = level;
      c.score = score;
      findings.push_back(MakeFinding(Ref("d", "x"), Ref(id, "y"), c));
    };
    add("topic", Level::kSameTopic, 0.40);
    add("dup", Level::kDuplicate, 0.90);
    add("rew-low", Level::kRewording, 0.55);
    add("rew-high", Level::kRewording, 0.70);
    SortBestFirst(&findings);
    std::vector<std::string> order;
    for (const Finding& f : findings) order.push_back(f.match.id);
    CHECK(order == std::vector<std::string>{"dup", "rew-high", "rew-low", "topic"});
    CheckedPost checked;
    checked.findings = findings;
    CHECK(HighestLevel(checked) == Level::kDuplicate);
    CHECK(HasFindingAtOrAbove({checked}, Level::kDuplicate));
    checked.findings.erase(checked.findings.begin());
    CHECK_FALSE(HasFindingAtOrAbove({checked}, Level::kNearDuplicate));
    CHECK(HasFindingAtOrAbove({checked}, Level::kRewording));
    CHECK_FALSE(HasFindingAtOrAbove({CheckedPost()}, Level::kSameTopic));
  }

  TEST_CASE("the weighted length is measured when a checked post is made") {
    text::EntityExtractor extractor;
    std::string long_text(300, 'a');
    CHECK(NewCheckedPost(Ref("d", long_text), extractor).weighted_length == 300);
    // A URL counts 23 whatever its length; an emoji counts 2.
    CHECK(NewCheckedPost(Ref("d", "🚀 https://example.com/a/very/long/path/that/goes/on"),
                         extractor)
              .weighted_length == 2 + 1 + 23);
  }

  TEST_CASE("ignored phrases are blanked byte for byte, whatever their case") {
    std::string post = "Bravo à l'équipe ! SUIVEZ-NOUS sur LinkedIn. #TeamAcme";
    std::string masked = MaskPhrases(post, {"suivez-nous sur linkedin", "#teamacme", ""});
    CHECK(masked.size() == post.size());
    CHECK(masked == "Bravo à l'équipe ! " + std::string(24, ' ') + "." + std::string(10, ' '));
    CHECK(MaskPhrases(post, {}) == post);
  }

  TEST_CASE("drafts are compared with each other: the later one repeats the earlier one") {
    std::vector<Draft> drafts(3);
    drafts[0] = {"avril.md", 1, "Nous ouvrons une usine à Lyon : 300 emplois créés d'ici 2026.",
                 std::nullopt, "", };
    drafts[1] = {"avril.md", 5, "Bonne fête à toutes les mamans ! 💐", std::nullopt, ""};
    drafts[2] = {"mai.csv", 2, "300 emplois créés d'ici 2026 avec notre nouvelle usine de Lyon !",
                 std::nullopt, ""};
    std::vector<Finding> findings =
        CompareDraftsWithEachOther(drafts, &Comparer(), {}, Level::kRewording);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].subject.id == "mai.csv:2");
    CHECK(findings[0].match.id == "avril.md:1");
    CHECK(findings[0].match.file == "avril.md");
    CHECK(findings[0].comparison.level >= Level::kRewording);
    for (const SharedPassage& p : SharedPassages(findings[0])) {
      CHECK(p.subject.end <= drafts[2].text.size());
      CHECK(p.match.end <= drafts[0].text.size());
    }
    // Ignoring the shared sentence leaves nothing in common.
    std::vector<Finding> none = CompareDraftsWithEachOther(
        {drafts[0], drafts[2]}, &Comparer(),
        {"Nous ouvrons une usine à Lyon : 300 emplois créés d'ici 2026.",
         "300 emplois créés d'ici 2026 avec notre nouvelle usine de Lyon !"},
        Level::kSameTopic);
    CHECK(none.empty());
    similarity::Comparison masked = CompareIgnoring(
        &Comparer(), drafts[0].text, drafts[2].text, {"Lyon"});
    similarity::Comparison plain = Comparer().Compare(drafts[0].text, drafts[2].text);
    CHECK(masked.shared_lemmas.size() < plain.shared_lemmas.size());
  }
}

}  // namespace redite::workflows
