#include "redite/workflows/drafts.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/dates.h"

namespace redite::workflows {
namespace {

std::int64_t Utc(int y, unsigned m, unsigned d, int h = 0, int mi = 0) {
  return ingest::DaysFromCivil(y, m, d) * 86400 + h * 3600 + mi * 60;
}

DraftSet MustParse(std::string_view content, const std::string& file,
                   const DraftOptions& options = DraftOptions()) {
  auto r = ParseDrafts(content, file, options);
  REQUIRE_MESSAGE(r.ok(), r.status().message());
  return *r;
}

std::string ErrorOf(std::string_view content, const std::string& file,
                    const DraftOptions& options = DraftOptions()) {
  auto r = ParseDrafts(content, file, options);
  if (r.ok()) return "(no error)";
  CHECK(r.status().code() == Status::Code::kInvalidArgument);
  return r.status().message();
}

}  // namespace

TEST_SUITE("Drafts") {
  TEST_CASE("a text file is one draft - its line is the first text line") {
    DraftSet set = MustParse("\n\nNous recrutons 1 200 ingénieurs en 2025 🚀\nRejoignez-nous !\n\n",
                             "brouillons/a.txt");
    REQUIRE(set.drafts.size() == 1);
    CHECK(set.drafts[0].file == "brouillons/a.txt");
    CHECK(set.drafts[0].line == 3);
    CHECK(set.drafts[0].text == "Nous recrutons 1 200 ingénieurs en 2025 🚀\nRejoignez-nous !");
    CHECK_FALSE(set.drafts[0].date.has_value());
    CHECK(set.drafts[0].account.empty());
    CHECK(set.drafts[0].Id() == "brouillons/a.txt:3");
  }

  TEST_CASE("drafts separated by --- lines, CRLF, with front matter for all of them") {
    std::string md =
        "---\r\n"
        "title: Campagne de mars\r\n"
        "date: 2025-03-14 09:30\r\n"
        "account: \"@ceo_acme\"\r\n"
        "---\r\n"
        "Premier brouillon sur la #transition énergétique.\r\n"
        "---\r\n"
        "\r\n"
        "Deuxième brouillon : 12 % de croissance.\r\n"
        "Sur deux lignes.\r\n"
        "---\r\n"
        "Troisième.\r\n";
    DraftSet set = MustParse(md, "mars.md");
    REQUIRE(set.drafts.size() == 3);
    CHECK(set.drafts[0].line == 6);
    CHECK(set.drafts[0].text == "Premier brouillon sur la #transition énergétique.");
    CHECK(set.drafts[1].line == 9);
    CHECK(set.drafts[1].text == "Deuxième brouillon : 12 % de croissance.\nSur deux lignes.");
    CHECK(set.drafts[2].line == 12);
    for (const Draft& d : set.drafts) {
      CHECK(d.account == "ceo_acme");
      REQUIRE(d.date.has_value());
      CHECK(*d.date == Utc(2025, 3, 14, 9, 30));
    }
  }

  TEST_CASE("a draft with a line containing redite: ignore is set aside") {
    DraftSet set = MustParse(
        "Slogan de marque repris exprès.\n<!-- Redite: ignore -->\n---\nUn vrai brouillon.\n",
        "x.md");
    REQUIRE(set.drafts.size() == 1);
    CHECK(set.drafts[0].text == "Un vrai brouillon.");
    REQUIRE(set.ignored.size() == 1);
    CHECK(set.ignored[0].line == 1);
    CHECK(HasIgnoreMarker("texte # REDITE: IGNORE"));
    CHECK_FALSE(HasIgnoreMarker("redite:ignore"));
  }

  TEST_CASE("empty drafts and bad front matter are errors naming file and line") {
    CHECK(ErrorOf("", "vide.md") == "vide.md: line 1: empty draft");
    CHECK(ErrorOf("  \n\n", "vide.md") == "vide.md: line 1: empty draft");
    CHECK(ErrorOf("Un.\n---\n\n---\nDeux.\n", "d.md") == "d.md: line 3: empty draft");
    CHECK(ErrorOf("---\ndate: 2025-02-30\n---\nTexte\n", "f.md")
              .find("f.md: line 2: front matter: date:") == 0);
    CHECK(ErrorOf("---\ndate: [1, 2]\n---\nTexte\n", "f.md")
              .find("f.md: line 2: front matter: date: expected a single value") == 0);
    CHECK(ErrorOf("---\ndate: 2025-01-01\nTexte sans fin\n", "f.md") ==
          "f.md: line 1: front matter opened by \"---\" is never closed");
    CHECK(ErrorOf("---\njuste une phrase\n---\nTexte\n", "f.md") ==
          "f.md: line 2: front matter: expected \"key: value\" lines");
    CHECK(ErrorOf("---\n---\n", "f.md").find("empty draft") != std::string::npos);
  }

  TEST_CASE("Buffer's bulk-upload CSV works out of the box") {
    std::string csv =
        "Text,Image URL,Tags,Posting Time\n"
        "\"Nous recrutons 1 200 ingénieurs, en CDI.\",https://img.example/a.png,,2025-03-14 "
        "09:30\n"
        "\"Sur deux\nlignes\",,,\n";
    DraftSet set = MustParse(csv, "buffer.csv");
    REQUIRE(set.drafts.size() == 2);
    CHECK(set.drafts[0].line == 2);
    CHECK(set.drafts[0].text == "Nous recrutons 1 200 ingénieurs, en CDI.");
    CHECK(*set.drafts[0].date == Utc(2025, 3, 14, 9, 30));
    CHECK(set.drafts[1].line == 3);
    CHECK(set.drafts[1].text == "Sur deux\nlignes");
    CHECK_FALSE(set.drafts[1].date.has_value());
  }

  TEST_CASE("Hootsuite's bulk composer CSV, with or without header - the link joins the text") {
    DraftSet with_header = MustParse(
        "Date,Message,Link\n14/03/2025 09:30,Notre rapport annuel est en ligne,"
        "https://acme.fr/rapport\n15/03/2025 10:00,Déjà lié https://acme.fr/x,https://acme.fr/x\n",
        "hootsuite.CSV");
    REQUIRE(with_header.drafts.size() == 2);
    CHECK(with_header.drafts[0].text ==
          "Notre rapport annuel est en ligne https://acme.fr/rapport");
    CHECK(*with_header.drafts[0].date == Utc(2025, 3, 14, 9, 30));
    CHECK(with_header.drafts[1].text == "Déjà lié https://acme.fr/x");

    DraftSet no_header = MustParse("14/03/2025 09:30,Sans en-tête,https://acme.fr/r\n",
                                   "h.csv");
    REQUIRE(no_header.drafts.size() == 1);
    CHECK(no_header.drafts[0].line == 1);
    CHECK(no_header.drafts[0].text == "Sans en-tête https://acme.fr/r");

    DraftOptions month_first;
    month_first.day_first = false;
    DraftSet us = MustParse("03/14/2025 09:30,Month first\n", "h.csv", month_first);
    CHECK(*us.drafts[0].date == Utc(2025, 3, 14, 9, 30));
  }

  TEST_CASE("column mapping for other calendars - redite: ignore in any cell") {
    DraftOptions options;
    options.columns.text = "Contenu";
    options.columns.date = "Jour";
    options.columns.account = "Compte";
    std::string csv =
        "Jour;Contenu;Compte;Notes\n";  // not comma separated: a single column
    CHECK(ErrorOf(csv + "x\n", "cal.csv", options).find("cal.csv: line 1: no column \"Contenu\"") ==
          0);
    std::string good =
        "Jour,Contenu,Compte,Notes\n"
        "2025-04-01,Bonne nouvelle pour nos clients,@acme,\n"
        "2025-04-02,Slogan,@acme,redite: ignore (voulu)\n";
    DraftSet set = MustParse(good, "cal.csv", options);
    REQUIRE(set.drafts.size() == 1);
    CHECK(set.drafts[0].account == "acme");
    CHECK(*set.drafts[0].date == Utc(2025, 4, 1));
    REQUIRE(set.ignored.size() == 1);
    CHECK(set.ignored[0].line == 3);
  }

  TEST_CASE("broken CSV, empty cells, bad dates and unknown layouts name file, line and column") {
    CHECK(ErrorOf("Text,Posting Time\n\"jamais fermé,2025-01-01\n", "b.csv").find("b.csv") == 0);
    CHECK(ErrorOf("Text,Posting Time\nBon,2025-01-01\n  ,2025-01-02\n", "b.csv") ==
          "b.csv: line 3: column \"Text\": empty draft");
    std::string bad_date = ErrorOf("Text,Posting Time\nBon,2025-13-01 10:00\n", "b.csv");
    CHECK(bad_date.find("b.csv: line 2: column \"Posting Time\":") == 0);
    CHECK(ErrorOf("Date,Message\n31/02/2025 10:00,Texte\n", "b.csv")
              .find("b.csv: line 2: column \"Date\": \"31/02/2025 10:00\": not a date") == 0);
    CHECK(ErrorOf("Titre,Auteur\na,b\n", "b.csv").find("b.csv: line 1: no text column") == 0);
    CHECK(ErrorOf("Text,Tags\n", "b.csv") == "b.csv: line 1: no draft after the header");
    CHECK(ErrorOf("", "b.csv").find("b.csv: empty CSV file") == 0);
  }

  TEST_CASE("the format follows the extension unless forced") {
    DraftOptions as_text;
    as_text.format = DraftFormat::kText;
    DraftSet set = MustParse("Text,Posting Time\nBonjour,\n", "x.csv", as_text);
    REQUIRE(set.drafts.size() == 1);
    CHECK(set.drafts[0].text == "Text,Posting Time\nBonjour,");
    DraftOptions as_csv;
    as_csv.format = DraftFormat::kCsv;
    CHECK(MustParse("Text\nBonjour\n", "x.txt", as_csv).drafts[0].text == "Bonjour");
  }

  TEST_CASE("draft dates: the layouts accepted and refused") {
    struct Case {
      const char* text;
      bool day_first;
      std::int64_t expected;
    };
    const Case kCases[] = {
        {"2025-03-14", true, Utc(2025, 3, 14)},
        {"2025-03-14 09:30", true, Utc(2025, 3, 14, 9, 30)},
        {"2025-03-14T09:30:00+01:00", true, Utc(2025, 3, 14, 8, 30)},
        {"14/03/2025 09:30", true, Utc(2025, 3, 14, 9, 30)},
        {"4/3/2025 9:05", true, Utc(2025, 3, 4, 9, 5)},
        {"4/3/2025 9:05", false, Utc(2025, 4, 3, 9, 5)},
        {"29/02/2024", true, Utc(2024, 2, 29)},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.text);
      auto r = ParseDraftDate(c.text, c.day_first);
      REQUIRE_MESSAGE(r.ok(), r.status().message());
      CHECK(*r == c.expected);
    }
    for (const char* bad : {"demain", "2025-02-29", "29/02/2025", "14/03/25 09:30",
                            "14/03/2025 9h30", "2025-03-14 25:00", "13/14/2025"}) {
      CAPTURE(bad);
      CHECK_FALSE(ParseDraftDate(bad, true).ok());
    }
  }
}

}  // namespace redite::workflows
