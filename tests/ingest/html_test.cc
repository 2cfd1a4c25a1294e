#include "ingest/html.h"

#include <doctest/doctest.h>

namespace redite::ingest {

TEST_SUITE("Html") {
  TEST_CASE("unescapes the references exports write") {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case kCases[] = {
        {"R&amp;D &lt;3 &gt; tout", "R&D <3 > tout"},
        {"l&#39;équipe &quot;unie&quot;", "l'équipe \"unie\""},
        {"&#233;t&#xE9; &#x1F389;", "été 🎉"},
        {"AT&T &unknown; & seul &#xZZ;", "AT&T &unknown; & seul &#xZZ;"},
        {"&#0; &#xD800; &#99999999;", "\uFFFD \uFFFD \uFFFD"},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.input);
      CHECK(UnescapeHtml(c.input) == c.expected);
    }
  }

  TEST_CASE("turns Mastodon HTML into the text shown") {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case kCases[] = {
        {"<p>Bonjour<br>à tous</p><p>Second paragraphe</p>",
         "Bonjour\nà tous\n\nSecond paragraphe"},
        {"<p><span class=\"h-card\"><a href=\"https://social.lol/@mcg\" class=\"u-url "
         "mention\">@<span>mcg</span></a></span> 😜</p>",
         "@mcg 😜"},
        {"<p>Lire <a href=\"https://exemple.fr/a/b\"><span class=\"invisible\">https://</span>"
         "<span class=\"ellipsis\">exemple.fr/a</span><span class=\"invisible\">/b</span></a></p>",
         "Lire https://exemple.fr/a/b"},
        {"<p>R&amp;D &#39;ok&#39;</p>", "R&D 'ok'"},
        {"texte sans balise", "texte sans balise"},
    };
    for (const Case& c : kCases) {
      CAPTURE(c.input);
      CHECK(HtmlToText(c.input) == c.expected);
    }
  }
}

}  // namespace redite::ingest
