// BuildProfile on a small store made by hand, subjects, link domains and the
// monthly echo share.
#include "redite/profile/profile.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "ingest/dates.h"
#include "redite/similarity/features.h"
#include "redite/text/tokens.h"
#include "test_support.h"

namespace redite::profile {
namespace {

using similarity::Level;

std::int64_t Utc(int y, unsigned m, unsigned d) { return ingest::DaysFromCivil(y, m, d) * 86400; }

std::vector<std::string> SubjectKeys(const std::string& text) {
  similarity::PostFeatures f =
      similarity::ExtractFeatures(testing::SharedAnalyzer().Analyze(text));
  std::vector<std::string> keys;
  for (const Subject& s : SubjectsOf(f, text)) keys.push_back(s.key);
  return keys;
}

bool Has(const std::vector<std::string>& items, const std::string& item) {
  for (const std::string& i : items) {
    if (i == item) return true;
  }
  return false;
}

// A store holding the posts of a person and of a corporate account (one post
// per text, one day apart from `t0`), with the features the real analyzer gives.
struct SmallStore {
  std::unique_ptr<FeedStore> store;
  std::int64_t person = 0;
  std::int64_t corporate = 0;
};

std::int64_t AddAccount(FeedStore* store, const std::string& handle, AccountRole role,
                        const std::vector<std::string>& texts, std::int64_t t0) {
  auto writer = store->BeginImport();
  REQUIRE(writer.ok());
  Account a;
  a.handle = handle;
  a.role = role;
  auto account = (*writer)->EnsureAccount(a);
  REQUIRE(account.ok());
  for (std::size_t k = 0; k < texts.size(); ++k) {
    Post post;
    post.account_id = account->id;
    post.platform_id = handle + std::to_string(k);
    post.created_at = t0 + static_cast<std::int64_t>(k) * 86400;
    post.text = texts[k];
    similarity::PostFeatures f =
        similarity::ExtractFeatures(testing::SharedAnalyzer().Analyze(post.text));
    auto added = (*writer)->AddPost(post, nullptr, &f);
    REQUIRE_MESSAGE(added.ok(), added.status().ToString());
  }
  ImportRun run;
  run.file = handle;
  run.account_id = account->id;
  REQUIRE((*writer)->Commit(run).ok());
  return account->id;
}

SmallStore MakeStore() {
  SmallStore s;
  auto store = FeedStore::Open(testing::TempDir() + "/profile.db", {});
  REQUIRE_MESSAGE(store.ok(), store.status().ToString());
  s.store = std::move(*store);
  const std::int64_t t0 = Utc(2026, 1, 5);
  s.person = AddAccount(s.store.get(), "ceo", AccountRole::kPerson,
                        {"Fière de nos apprentis à Roanne #Industrie #Industrie",
                         "Merci aux équipes de Roanne, quelle énergie ! #Industrie",
                         "Belle visite à Roanne avec les apprentis https://www.lesechos.fr/a",
                         "Les apprentis sont l'avenir de l'industrie #industrie",
                         "Transition énergétique : nos clients économisent 30 %"},
                        t0);
  s.corporate = AddAccount(s.store.get(), "groupe", AccountRole::kCorporate,
                           {"Nous recrutons 40 techniciens #Emploi https://helvion.fr/jobs",
                            "Offre de la semaine : technicien CVC à Lyon #Emploi",
                            "Résultats annuels : chiffre d'affaires en hausse https://helvion.fr/r",
                            "Transition énergétique : notre offre pour les clients industriels",
                            "Nous recrutons des techniciens à Lyon #Emploi"},
                           t0);
  return s;
}

ProfileOptions Options(const SmallStore& s) {
  ProfileOptions o;
  o.person_ids = {s.person};
  o.corporate_ids = {s.corporate};
  o.since = Utc(2026, 1, 1);
  o.until = Utc(2026, 2, 1);
  o.min_count = 1;
  o.top_n = 0;
  o.alpha0 = 10;
  o.min_abs_z = 1.0;  // five posts a side are too few for differences at 1.96
  return o;
}

const KindProfile& Kind(const Profile& p, TermKind kind) {
  for (const KindProfile& k : p.kinds) {
    if (k.kind == kind) return k;
  }
  FAIL("no kind " << TermKindName(kind));
  return p.kinds.front();
}

const ProfileTerm* FindTerm(const std::vector<ProfileTerm>& terms, const std::string& key) {
  for (const ProfileTerm& t : terms) {
    if (t.key == key) return &t;
  }
  return nullptr;
}

workflows::CheckedPost Checked(std::optional<std::int64_t> at, std::vector<Level> levels) {
  workflows::CheckedPost c;
  c.post.account = "ceo";
  c.post.created_at = at;
  for (Level level : levels) {
    workflows::Finding f;
    f.comparison.level = level;
    c.findings.push_back(f);
  }
  return c;
}

TEST_SUITE("Profile") {
  TEST_CASE("subjects: adjacent content lemmas, across stopwords, not across punctuation") {
    std::vector<std::string> keys =
        SubjectKeys("Le contrat d'apprentissage, une chance pour la transition énergétique.");
    CHECK(Has(keys, "contrat apprentissage"));
    CHECK(Has(keys, "transition energetique"));
    // The comma ends the phrase.
    CHECK_FALSE(Has(keys, "apprentissage chance"));
    // The words of one hashtag make a subject; a hashtag does not join the text around it.
    std::vector<std::string> tags = SubjectKeys("Bravo #TransitionÉnergétique");
    CHECK(Has(tags, "transition energetique"));
    CHECK_FALSE(Has(tags, "bravo transition"));
  }

  TEST_CASE("subjects: the accented forms are shown") {
    std::string text = "Vive la transition énergétique";
    similarity::PostFeatures f =
        similarity::ExtractFeatures(testing::SharedAnalyzer().Analyze(text));
    std::vector<Subject> subjects = SubjectsOf(f, text);
    REQUIRE(subjects.size() >= 1);
    CHECK(subjects.back().key == "transition energetique");
    CHECK(subjects.back().shown == "transition énergétique");
  }

  TEST_CASE("link domains: host without www, port, user or path") {
    struct Case {
      const char* url;
      const char* domain;
    };
    const Case cases[] = {{"https://www.helvion.fr/presse?x=1", "helvion.fr"},
                          {"https://helvion.fr", "helvion.fr"},
                          {"http://Blog.Example.COM:8080/a", "blog.example.com"},
                          {"https://user@lesechos.fr/a#b", "lesechos.fr"},
                          {"https://www.fr/", "www.fr"},
                          {"https://t.co/AbC123", ""},
                          {"https://lnkd.in/x", ""},
                          {"", ""}};
    for (const Case& c : cases) {
      CAPTURE(c.url);
      CHECK(LinkDomain(c.url) == c.domain);
    }
  }

  TEST_CASE("counts are posts holding the term, and each side's list leans its way") {
    SmallStore s = MakeStore();
    auto p = BuildProfile(s.store.get(), Options(s));
    REQUIRE_MESSAGE(p.ok(), p.status().ToString());
    CHECK(p->person_posts == 5);
    CHECK(p->corporate_posts == 5);
    CHECK(p->person_handles == std::vector<std::string>{"ceo"});
    CHECK(p->corporate_handles == std::vector<std::string>{"groupe"});
    REQUIRE(p->kinds.size() == kTermKinds.size());

    // #Industrie in 3 person posts (twice in the first: counted once; #industrie
    // is the same hashtag), in no corporate post; shown as most often written.
    const KindProfile& hashtags = Kind(*p, TermKind::kHashtag);
    const ProfileTerm* industrie = FindTerm(hashtags.person, "industrie");
    REQUIRE(industrie != nullptr);
    CHECK(industrie->person_posts == 3);
    CHECK(industrie->corporate_posts == 0);
    CHECK(industrie->term == "#Industrie");
    CHECK(industrie->z > 0);
    const ProfileTerm* emploi = FindTerm(hashtags.corporate, "emploi");
    REQUIRE(emploi != nullptr);
    CHECK(emploi->person_posts == 0);
    CHECK(emploi->corporate_posts == 3);
    CHECK(emploi->z < 0);

    // Lemmas: "apprenti" and "roanne" are the person's; "technicien" the company's.
    const KindProfile& lemmas = Kind(*p, TermKind::kLemma);
    const ProfileTerm* roanne = FindTerm(lemmas.person, "roanne");
    REQUIRE(roanne != nullptr);
    CHECK(roanne->person_posts == 3);
    CHECK(FindTerm(lemmas.corporate, "roanne") == nullptr);
    REQUIRE(FindTerm(lemmas.corporate, "technicien") != nullptr);
    CHECK(FindTerm(lemmas.corporate, "technicien")->corporate_posts == 3);

    // "transition énergétique" is said once by each: alike.
    const KindProfile& subjects = Kind(*p, TermKind::kSubject);
    const ProfileTerm* transition = FindTerm(subjects.shared, "transition energetique");
    REQUIRE(transition != nullptr);
    CHECK(transition->term == "transition énergétique");
    CHECK(transition->person_posts == 1);
    CHECK(transition->corporate_posts == 1);

    const KindProfile& domains = Kind(*p, TermKind::kDomain);
    REQUIRE(FindTerm(domains.corporate, "helvion.fr") != nullptr);
    CHECK(FindTerm(domains.corporate, "helvion.fr")->corporate_posts == 2);
    // lesechos.fr, in one person post, is too rare to clear |z| >= 1 and not shared.
    CHECK(FindTerm(domains.person, "lesechos.fr") == nullptr);
    CHECK(FindTerm(domains.shared, "lesechos.fr") == nullptr);

    for (const KindProfile& k : p->kinds) {
      CAPTURE(TermKindName(k.kind));
      for (std::size_t i = 1; i < k.person.size(); ++i) CHECK(k.person[i - 1].z >= k.person[i].z);
      for (std::size_t i = 1; i < k.corporate.size(); ++i) {
        CHECK(k.corporate[i - 1].z <= k.corporate[i].z);
      }
      for (const ProfileTerm& t : k.person) CHECK(t.z >= 1.0);
      for (const ProfileTerm& t : k.corporate) CHECK(t.z <= -1.0);
      for (const ProfileTerm& t : k.shared) {
        CHECK(std::abs(t.z) < 1.0);
        CHECK(t.person_posts >= 1);
        CHECK(t.corporate_posts >= 1);
      }
    }
  }

  TEST_CASE("min_count and top_n cut the lists") {
    SmallStore s = MakeStore();
    ProfileOptions o = Options(s);
    o.min_count = 3;
    auto p = BuildProfile(s.store.get(), o);
    REQUIRE(p.ok());
    for (const ProfileTerm& t : Kind(*p, TermKind::kLemma).person) CHECK(t.person_posts >= 3);
    for (const ProfileTerm& t : Kind(*p, TermKind::kLemma).corporate) {
      CHECK(t.corporate_posts >= 3);
    }
    CHECK(Kind(*p, TermKind::kSubject).shared.empty());
    o.min_count = 1;
    o.top_n = 2;
    p = BuildProfile(s.store.get(), o);
    REQUIRE(p.ok());
    CHECK(Kind(*p, TermKind::kLemma).person.size() == 2);
  }

  TEST_CASE("a side without posts in the period, an empty period, no prior: errors") {
    SmallStore s = MakeStore();
    ProfileOptions o = Options(s);
    o.since = Utc(2025, 1, 1);
    o.until = Utc(2025, 2, 1);
    auto none = BuildProfile(s.store.get(), o);
    REQUIRE_FALSE(none.ok());
    CHECK(none.status().message().find("person @ceo: no posts") != std::string::npos);
    o = Options(s);
    o.until = o.since;
    CHECK(BuildProfile(s.store.get(), o).status().message().find("empty") != std::string::npos);
    o = Options(s);
    o.alpha0 = 0;
    CHECK_FALSE(BuildProfile(s.store.get(), o).ok());
    o = Options(s);
    o.corporate_ids.clear();
    CHECK_FALSE(BuildProfile(s.store.get(), o).ok());
  }

  TEST_CASE("monthly echo share: oldest first, empty months listed, fail level counts") {
    std::vector<workflows::CheckedPost> checked = {
        Checked(Utc(2026, 1, 31) + 86399, {Level::kRewording}),
        Checked(Utc(2025, 11, 3), {Level::kSameTopic}),
        Checked(Utc(2025, 11, 20), {Level::kSameTopic, Level::kDuplicate}),
        Checked(Utc(2025, 11, 30), {}),
        Checked(std::nullopt, {Level::kDuplicate}),
        Checked(Utc(2026, 2, 1), {})};
    std::vector<MonthlyEchoes> months = MonthlyEchoShare(checked, Level::kRewording);
    REQUIRE(months.size() == 4);
    CHECK(months[0].month == "2025-11");
    CHECK(months[0].posts == 3);
    CHECK(months[0].echoing == 1);
    CHECK(months[0].share == doctest::Approx(1.0 / 3));
    CHECK(months[1].month == "2025-12");
    CHECK(months[1].posts == 0);
    CHECK(months[1].share == 0);
    CHECK(months[2].month == "2026-01");
    CHECK(months[2].echoing == 1);
    CHECK(months[2].share == doctest::Approx(1.0));
    CHECK(months[3].month == "2026-02");
    CHECK(months[3].echoing == 0);

    // At the same-topic level the November topics echo too.
    CHECK(MonthlyEchoShare(checked, Level::kSameTopic)[0].echoing == 2);
    CHECK(MonthlyEchoShare({}, Level::kRewording).empty());
  }
}

}  // namespace
}  // namespace redite::profile
