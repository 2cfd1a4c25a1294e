// Writers of the editorial-line profile (profile::Profile): text for people,
// JSON for programs, and HTML, as a fragment the audit report embeds or as a
// page of its own.
//
//   auto p = profile::BuildProfile(store.get(), options);
//   std::cout << report::FormatProfileText(*p);
//   html_report += report::FormatProfileHtmlSection(*p);  // <section id="profile">
//
// Every writer prints the lists it is given (BuildProfile chose and ranked
// them); terms appear as shown (accented lemmas, hashtags as written).
#ifndef REDITE_REPORT_PROFILE_REPORT_H_
#define REDITE_REPORT_PROFILE_REPORT_H_

#include <string>

#include "redite/profile/profile.h"

namespace redite::report {

// Aligned columns: per kind of term, the terms distinctive of the person, of
// the corporate account, and shared, each with both post counts and z; then
// the echo share month by month.
std::string FormatProfileText(const profile::Profile& profile);

// One JSON object, documented in kProfileJsonFieldsDoc; field names are stable.
std::string FormatProfileJson(const profile::Profile& profile);
extern const char* const kProfileJsonFieldsDoc;

// `<section id="profile">...</section>`: its own <style> (every selector
// starts with #profile, so it can sit in another page), tables with counts
// and z and an inline SVG bar per row, all text escaped, no script and no
// external resource.
std::string FormatProfileHtmlSection(const profile::Profile& profile);

// The section in a minimal self-contained HTML5 page (UTF-8).
std::string FormatProfileHtmlPage(const profile::Profile& profile);

}  // namespace redite::report

#endif  // REDITE_REPORT_PROFILE_REPORT_H_
