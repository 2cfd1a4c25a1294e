// HTML in exports: X archives escape & < > in post text, and Mastodon keeps
// each post as HTML. These turn both back into the text the author wrote.
#ifndef REDITE_INGEST_HTML_H_
#define REDITE_INGEST_HTML_H_

#include <string>
#include <string_view>

namespace redite::ingest {

// Decodes character references: &amp; &lt; &gt; &quot; &apos; &#39; &nbsp;
// and numeric ones (&#233; &#xE9;). Unknown or malformed references are kept
// as written. Invalid code points become U+FFFD.
std::string UnescapeHtml(std::string_view text);

// The text of an HTML fragment: <br> becomes a newline, paragraph ends a
// blank line, other tags are dropped (their text kept), and character
// references are decoded. Mastodon's link markup keeps the full URL in
// "invisible" spans, so the result has the whole link.
std::string HtmlToText(std::string_view html);

}  // namespace redite::ingest

#endif  // REDITE_INGEST_HTML_H_
