// Host-name conversions by UTS #46 (ICU's IDNA), for URL validation and
// canonical URLs.
#ifndef REDITE_SRC_TEXT_IDNA_H_
#define REDITE_SRC_TEXT_IDNA_H_

#include <string>
#include <string_view>

#include "redite/status.h"

namespace redite::text::internal {

// OK, or why ICU's UTS #46 converter could not be created (then every
// conversion below fails).
Status IdnaStatus();

// Sets *ascii to the ASCII (punycode) form of `host`. Returns false when the
// host is invalid for twitter-text, whose Java reference uses IDNA2003
// (IDN.toASCII with ALLOW_UNASSIGNED, no STD3 rules): an empty or over-long
// (> 63) label, a disallowed code point, or a malformed "xn--" label. As in
// IDNA2003 without STD3 rules, underscores, hyphen positions, bidi and
// joiner context are not checked. Thread-safe.
bool HostToAscii(std::string_view host, std::string* ascii);

// Sets *unicode to the display form of `host`: UTS #46 mapping (lowercase,
// NFC, fullwidth folded) and punycode labels decoded. False when HostToAscii
// would be.
bool HostToUnicode(std::string_view host, std::string* unicode);

// The punycode form of one label ("みんな" -> "xn--q9jyb4c"); false on error.
bool LabelToAscii(std::string_view label, std::string* ascii);

}  // namespace redite::text::internal

#endif  // REDITE_SRC_TEXT_IDNA_H_
