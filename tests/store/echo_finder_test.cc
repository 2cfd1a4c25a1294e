// EchoFinder and the overlap index on stores made by the real import.
#include "redite/store/echo_finder.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "redite/ingest/importer.h"
#include "redite/similarity/features.h"
#include "redite/similarity/index.h"
#include "redite/text/tokens.h"
#include "test_support.h"

namespace redite {
namespace {

using similarity::Level;

std::string CsvField(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

// Writes posts as a generic CSV (id, created_at, text), one hour apart from `t0`.
std::string WriteFeed(const std::string& name, const std::vector<std::string>& texts,
                      std::int64_t t0) {
  std::string path = testing::TempDir() + "/" + name;
  std::ofstream out(path, std::ios::binary);
  out << "id,created_at,text\n";
  for (std::size_t i = 0; i < texts.size(); ++i) {
    out << name << "-" << i << "," << FormatUtc(t0 + static_cast<std::int64_t>(i) * 3600) << ","
        << CsvField(texts[i]) << "\n";
  }
  return path;
}

std::int64_t ImportAs(FeedStore* store, ingest::Importer* importer, const std::string& path,
                      const std::string& account) {
  auto report = importer->Import(path, account);
  REQUIRE_MESSAGE(report.ok(), report.status().ToString());
  auto found = store->FindAccount(Platform::kX, account);
  REQUIRE(found.ok());
  REQUIRE(found->has_value());
  return (**found).id;
}

std::unique_ptr<FeedStore> NewStore(const std::string& name) {
  auto store = FeedStore::Open(testing::TempDir() + "/" + name, {});
  REQUIRE_MESSAGE(store.ok(), store.status().ToString());
  return std::move(*store);
}

ingest::ImportOptions Options(AccountRole role) {
  ingest::ImportOptions options;
  options.role = role;
  options.text = ingest::MakeTextPipeline();
  return options;
}

std::unique_ptr<EchoFinder> MakeFinder(FeedStore* store, OverlapIndexOptions index = {}) {
  EchoFinderOptions options;
  options.index = index;
  auto finder = EchoFinder::Create(store, options);
  REQUIRE_MESSAGE(finder.ok(), finder.status().ToString());
  return std::move(*finder);
}

std::set<std::int64_t> Ids(const std::vector<Finding>& findings) {
  std::set<std::int64_t> ids;
  for (const Finding& f : findings) ids.insert(f.post_id);
  return ids;
}

// A post edited the way people re-say things: a word dropped or added, two
// words swapped, a hashtag or a lead-in added.
std::string Edit(const std::string& text, std::mt19937& rng) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  const char* fillers[] = {"vraiment", "aujourd'hui", "encore", "enfin", "donc"};
  int edits = 1 + static_cast<int>(rng() % 3);
  for (int e = 0; e < edits && words.size() > 3; ++e) {
    std::size_t i = rng() % words.size();
    switch (rng() % 5) {
      case 0:
        words.erase(words.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      case 1:
        if (i + 1 < words.size()) std::swap(words[i], words[i + 1]);
        break;
      case 2:
        words.insert(words.begin() + static_cast<std::ptrdiff_t>(i), fillers[rng() % 5]);
        break;
      case 3:
        words.push_back("#France");
        break;
      default:
        words.insert(words.begin(), "Je le redis :");
        break;
    }
  }
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

TEST_SUITE("EchoFinder") {
  TEST_CASE("finds the corporate post a draft rewords, within the accounts and window asked") {
    auto store = NewStore("finder.db");
    ingest::Importer corporate(store.get(), Options(AccountRole::kCorporate));
    const std::int64_t t0 = 1700000000;
    std::int64_t company = ImportAs(
        store.get(), &corporate,
        WriteFeed("company.csv",
                  {"Nous recrutons 1 200 apprentis en 2024 dans toutes nos usines ! #Emploi",
                   "Chiffre d'affaires du premier trimestre : 3,2 milliards d'euros, +8 % sur un an.",
                   "Notre parc solaire de Lunel est inauguré : 42 MW pour 25 000 foyers."},
                  t0),
        "entreprise");
    std::int64_t group = ImportAs(
        store.get(), &corporate,
        WriteFeed("group.csv", {"Le groupe recrute 1 200 apprentis en 2024 dans ses usines."}, t0),
        "groupe");
    similarity::PostFeatures draft = similarity::ExtractFeatures(testing::SharedAnalyzer().Analyze(
        "Fier d'annoncer que nous recrutons 1200 apprentis en 2024 dans nos usines #Emploi"));
    auto finder = MakeFinder(store.get());

    EchoQuery query;
    query.where.account_ids = {company};
    auto findings = finder->Find(draft, query);
    REQUIRE_MESSAGE(findings.ok(), findings.status().ToString());
    REQUIRE(findings->size() == 1);
    const Finding& f = findings->front();
    CHECK(f.account_id == company);
    CHECK(f.created_at == t0);
    CHECK(f.text.find("1 200 apprentis") != std::string::npos);
    CHECK(f.comparison.level >= Level::kRewording);

    query.where.account_ids = {company, group};
    findings = finder->Find(draft, query);
    REQUIRE(findings.ok());
    CHECK(findings->size() == 2);
    for (std::size_t i = 1; i < findings->size(); ++i) {
      const similarity::Comparison& a = (*findings)[i - 1].comparison;
      const similarity::Comparison& b = (*findings)[i].comparison;
      CHECK((a.level > b.level || (a.level == b.level && a.score >= b.score)));
    }

    query.where.account_ids = {company};
    query.where.since = t0 + 1;  // the hiring post is at t0
    findings = finder->Find(draft, query);
    REQUIRE(findings.ok());
    CHECK(findings->empty());

    query.where.since.reset();
    query.where.account_ids = {};
    CHECK(finder->Find(draft, query).status().code() == Status::Code::kInvalidArgument);
  }

  TEST_CASE("the store's corporate counts are what the index keeps") {
    auto store = NewStore("counts.db");
    ingest::Importer corporate(store.get(), Options(AccountRole::kCorporate));
    ingest::Importer person(store.get(), Options(AccountRole::kPerson));
    ImportAs(store.get(), &corporate,
             WriteFeed("c.csv", {"Innovation et apprentissage", "L'innovation avant tout"}, 0),
             "entreprise");
    ImportAs(store.get(), &person, WriteFeed("p.csv", {"Innovation encore"}, 0), "dirigeant");
    OverlapIndex index(store.get(), OverlapIndexOptions());
    CHECK(*index.CorporatePosts() == 2);
    CHECK(*index.CorporatePostsWith(
              similarity::IndexKey(similarity::KeyKind::kLemma, "innovation")) == 2);
    CHECK(*index.CorporatePostsWith(
              similarity::IndexKey(similarity::KeyKind::kLemma, "nulpartailleurs")) == 0);
    CHECK(*store->CountRows("post_features") == 3);
  }

  // Recall of the index against scoring every pair, on real French tweets,
  // the labelled pairs of corpus/eval and edited copies of tweets (the
  // designed echoes). Three figures, each computed from the data:
  // - designed echoes that exhaustive scoring rates rewording or above: the
  //   index must find 99% of them;
  // - every pair exhaustive scoring rates near-duplicate or above: 99%;
  // - every pair it rates rewording or above (the default fail level): 99%.
  // Every miss is printed.
  TEST_CASE("recall of the index against exhaustive scoring") {
    auto real = testing::SharedData("tweets-fr/presidentielle2022/vpecresse.csv");
    if (!real) return;
    auto other = testing::SharedData("tweets-fr/presidentielle2022/MLP_officiel.csv");
    if (!other) return;
    constexpr std::size_t kCorporateTweets = 500;
    constexpr std::size_t kEditedTweets = 60;
    constexpr std::size_t kUnrelatedTweets = 20;
    constexpr std::size_t kPairStride = 6;  // one labelled pair in six

    auto read_texts = [](const std::string& path, std::size_t limit) {
      std::vector<std::string> texts;
      std::string content = *ingest::ReadWholeFile(path);
      auto parsed = ingest::ParseFeed(content, {}, [&](Post&& p) {
        if (texts.size() < limit && p.kind == PostKind::kOriginal && p.text.size() >= 40) {
          texts.push_back(p.text);
        }
        return Status::OK();
      });
      REQUIRE(parsed.ok());
      return texts;
    };
    std::vector<std::string> corporate = read_texts(*real, kCorporateTweets);
    std::vector<std::string> unrelated = read_texts(*other, kUnrelatedTweets);
    REQUIRE(corporate.size() == kCorporateTweets);
    std::vector<std::string> person;
    std::vector<std::string> source;  // per person post: the corporate text it echoes, or ""
    std::mt19937 rng(4);
    for (std::size_t i = 0; i < kEditedTweets; ++i) {
      const std::string& original = corporate[rng() % corporate.size()];
      person.push_back(Edit(original, rng));
      source.push_back(original);
    }
    person.insert(person.end(), unrelated.begin(), unrelated.end());
    source.resize(person.size());
    std::ifstream pairs(testing::SourcePath("corpus/eval/pairs.tsv"));
    std::string line;
    std::getline(pairs, line);  // header
    for (std::size_t n = 0; std::getline(pairs, line); ++n) {
      if (n % kPairStride != 0) continue;
      std::vector<std::string> cols;
      std::istringstream in(line);
      for (std::string c; std::getline(in, c, '\t');) cols.push_back(c);
      REQUIRE(cols.size() == 6);
      person.push_back(cols[4]);
      source.push_back(cols[5]);
      corporate.push_back(cols[5]);
    }

    auto store = NewStore("recall.db");
    ingest::Importer corporate_import(store.get(), Options(AccountRole::kCorporate));
    ingest::Importer person_import(store.get(), Options(AccountRole::kPerson));
    std::int64_t company =
        ImportAs(store.get(), &corporate_import, WriteFeed("corp.csv", corporate, 1600000000),
                 "entreprise");
    std::int64_t ceo = ImportAs(store.get(), &person_import,
                                WriteFeed("ceo.csv", person, 1600000000), "dirigeant");
    PostQuery persons;
    persons.account_id = ceo;
    auto person_posts = store->ListPosts(persons);
    REQUIRE(person_posts.ok());
    REQUIRE(person_posts->size() == person.size());  // in file order: one hour apart

    auto finder = MakeFinder(store.get());
    EchoQuery indexed;
    indexed.where.account_ids = {company};
    EchoQuery exhaustive = indexed;
    exhaustive.exhaustive = true;
    struct Recall {
      std::size_t expected = 0, found = 0;
      double value() const { return expected ? static_cast<double>(found) / expected : 0; }
    };
    Recall designed, near_duplicate, rewording;
    std::vector<std::string> missed;
    for (std::size_t i = 0; i < person_posts->size(); ++i) {
      const Post& p = (*person_posts)[i];
      auto draft = store->GetFeatures(p.id);
      REQUIRE(draft.ok());
      auto truth = finder->Find(*draft, exhaustive);
      auto got = finder->Find(*draft, indexed);
      REQUIRE(truth.ok());
      REQUIRE(got.ok());
      std::set<std::int64_t> got_ids = Ids(*got);
      for (const Finding& t : *truth) {
        const bool hit = got_ids.count(t.post_id) > 0;
        auto count = [&](Recall* r) {
          ++r->expected;
          r->found += hit;
        };
        count(&rewording);
        if (t.comparison.level >= Level::kNearDuplicate) count(&near_duplicate);
        if (!source[i].empty() && t.text == source[i]) count(&designed);
        if (!hit) {
          missed.push_back(p.text + "  <->  " + t.text);
        }
      }
      // The index finds nothing the exhaustive scoring does not.
      CHECK(got->size() <= truth->size());
    }
    MESSAGE(fmt::format("recall: designed echoes {}/{} = {:.4f}, near-duplicate+ {}/{} = {:.4f}, "
                        "rewording+ {}/{} = {:.4f}",
                        designed.found, designed.expected, designed.value(), near_duplicate.found,
                        near_duplicate.expected, near_duplicate.value(), rewording.found,
                        rewording.expected, rewording.value()));
    for (const std::string& m : missed) MESSAGE("missed: " << m);
    // Enough echoes for the figures to mean something.
    CHECK(designed.expected >= 80);
    CHECK(near_duplicate.expected >= 50);
    CHECK(designed.value() >= 0.99);
    CHECK(near_duplicate.value() >= 0.99);
    CHECK(rewording.value() >= 0.99);
  }
}

}  // namespace redite
