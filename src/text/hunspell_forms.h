// The word forms of a Hunspell dictionary, listed from its .aff and .dic.
//
// Private to src/text/. Hunspell's API checks one word at a time (spell(),
// analyze()); the hashtag segmenter instead needs every form at once to build
// a trie. This reader applies the suffix rules (SFX) of each .dic entry, one
// level deep, as Hunspell's `unmunch` would: enough for French, whose
// inflections are all suffixes (prefix rules in fr_FR.aff are elisions such
// as l' and d', which hashtags do not write). Twofold suffixes are ignored.
#ifndef REDITE_SRC_TEXT_HUNSPELL_FORMS_H_
#define REDITE_SRC_TEXT_HUNSPELL_FORMS_H_

#include <functional>
#include <string>
#include <string_view>

#include "redite/status.h"

namespace redite::text {

struct HunspellFormCounts {
  std::size_t entries = 0;  // .dic entries read
  std::size_t forms = 0;    // forms passed to the visitor (with repeats)
};

// Calls `visit` with each word form (UTF-32, case as in the dictionary) of
// the dictionary: each entry's bare word unless it carries the NEEDAFFIX,
// ONLYINCOMPOUND or FORBIDDENWORD flag, and the word with each of its suffix
// rules applied. Forms may repeat. Returns NotFound/IOError naming the file
// that cannot be read, Corruption naming the file and line of a malformed
// rule. Understands FLAG long, UTF-8, num and the default one-byte flags.
Result<HunspellFormCounts> ForEachHunspellForm(
    const std::string& aff_path, const std::string& dic_path,
    const std::function<void(std::u32string_view form)>& visit);

}  // namespace redite::text

#endif  // REDITE_SRC_TEXT_HUNSPELL_FORMS_H_
