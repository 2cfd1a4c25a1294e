#include "text/hunspell_forms.h"

#include <charconv>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/utf8.h"

namespace redite::text {
namespace {

enum class FlagMode { kChar, kLong, kUtf8, kNum };

// One position of an affix condition: any character ('.'), a set of
// characters ("[aeiou]"), or its complement ("[^aeiou]").
struct ConditionItem {
  bool any = false;
  bool negated = false;
  std::u32string chars;

  bool Matches(char32_t c) const {
    if (any) return true;
    bool in = chars.find(c) != std::u32string::npos;
    return in != negated;
  }
};

struct SuffixRule {
  std::u32string strip;  // removed from the end of the word
  std::u32string add;    // appended after stripping
  std::vector<ConditionItem> condition;  // matched against the word's end

  bool Applies(const std::u32string& word) const {
    if (word.size() < strip.size() || word.size() < condition.size()) return false;
    if (word.compare(word.size() - strip.size(), strip.size(), strip) != 0) return false;
    const std::size_t offset = word.size() - condition.size();
    for (std::size_t k = 0; k < condition.size(); ++k) {
      if (!condition[k].Matches(word[offset + k])) return false;
    }
    return true;
  }
};

std::vector<std::string_view> SplitFields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) fields.push_back(line.substr(start, i - start));
  }
  return fields;
}

// Parses "[^e][knmrt]" or "ec" or "." into items; false when a '[' is unclosed.
bool ParseCondition(const std::u32string& text, std::vector<ConditionItem>* items) {
  items->clear();
  if (text == U".") return true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    ConditionItem item;
    if (text[i] == U'[') {
      std::size_t close = text.find(U']', i);
      if (close == std::u32string::npos) return false;
      std::size_t begin = i + 1;
      if (begin < close && text[begin] == U'^') {
        item.negated = true;
        ++begin;
      }
      item.chars = text.substr(begin, close - begin);
      i = close;
    } else if (text[i] == U'.') {
      item.any = true;
    } else {
      item.chars = text.substr(i, 1);
    }
    items->push_back(std::move(item));
  }
  return true;
}

// Splits a flag field ("S.()" with FLAG long) into flags.
std::vector<std::string> SplitFlags(std::string_view field, FlagMode mode) {
  std::vector<std::string> flags;
  switch (mode) {
    case FlagMode::kChar:
      for (char c : field) flags.emplace_back(1, c);
      break;
    case FlagMode::kLong:
      for (std::size_t i = 0; i + 1 < field.size(); i += 2) flags.emplace_back(field.substr(i, 2));
      break;
    case FlagMode::kUtf8:
      ForEachCodePoint(field, [&](UChar32, std::string_view bytes) { flags.emplace_back(bytes); });
      break;
    case FlagMode::kNum: {
      std::size_t start = 0;
      while (start <= field.size()) {
        std::size_t comma = field.find(',', start);
        if (comma == std::string_view::npos) comma = field.size();
        if (comma > start) flags.emplace_back(field.substr(start, comma - start));
        start = comma + 1;
      }
      break;
    }
  }
  return flags;
}

// Strips a trailing '\r' (dictionaries written on Windows).
std::string_view Chomp(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

struct AffixFile {
  FlagMode mode = FlagMode::kChar;
  std::string need_affix, only_in_compound, forbidden;
  std::unordered_map<std::string, std::vector<SuffixRule>> suffixes;
};

Status ReadAffixFile(const std::string& path, AffixFile* aff) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the Hunspell affix file");
  std::unordered_map<std::string, int> pending;  // SFX flag -> rule lines still to come
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    std::vector<std::string_view> f = SplitFields(Chomp(line));
    if (f.empty() || f[0].front() == '#') continue;
    auto where = [&] { return path + ":" + std::to_string(line_number) + ": "; };
    if (f[0] == "FLAG" && f.size() >= 2) {
      if (f[1] == "long") aff->mode = FlagMode::kLong;
      else if (f[1] == "UTF-8") aff->mode = FlagMode::kUtf8;
      else if (f[1] == "num") aff->mode = FlagMode::kNum;
    } else if (f[0] == "NEEDAFFIX" && f.size() >= 2) {
      aff->need_affix = f[1];
    } else if (f[0] == "ONLYINCOMPOUND" && f.size() >= 2) {
      aff->only_in_compound = f[1];
    } else if (f[0] == "FORBIDDENWORD" && f.size() >= 2) {
      aff->forbidden = f[1];
    } else if (f[0] == "SFX" && f.size() >= 4) {
      std::string flag(f[1]);
      int& remaining = pending[flag];
      if (remaining == 0) {  // header: SFX flag cross_product count
        int count = 0;
        auto [ptr, ec] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), count);
        if (ec != std::errc() || count < 0) {
          return Status::Corruption(where() + "SFX " + flag + ": bad rule count \"" +
                                    std::string(f[3]) + "\"");
        }
        remaining = count;
        continue;
      }
      --remaining;
      SuffixRule rule;
      std::string_view strip = f[2];
      std::string_view add = f[3].substr(0, f[3].find('/'));  // drop continuation flags
      if (strip != "0") rule.strip = DecodeUtf8(strip);
      if (add != "0") rule.add = DecodeUtf8(add);
      std::u32string condition = f.size() >= 5 ? DecodeUtf8(f[4]) : U".";
      if (!ParseCondition(condition, &rule.condition)) {
        return Status::Corruption(where() + "SFX " + flag + ": unclosed '[' in condition");
      }
      aff->suffixes[flag].push_back(std::move(rule));
    }
  }
  if (in.bad()) return Status::IOError(path + ": read error");
  return Status::OK();
}

}  // namespace

Result<HunspellFormCounts> ForEachHunspellForm(
    const std::string& aff_path, const std::string& dic_path,
    const std::function<void(std::u32string_view form)>& visit) {
  AffixFile aff;
  if (Status s = ReadAffixFile(aff_path, &aff); !s.ok()) return s;
  std::ifstream in(dic_path);
  if (!in) return Status::NotFound(dic_path + ": cannot open the Hunspell dictionary");

  HunspellFormCounts counts;
  std::string line;
  std::u32string form;
  bool first_line = true;
  while (std::getline(in, line)) {
    std::string_view text = Chomp(line);
    if (first_line) {  // the entry count
      first_line = false;
      if (!text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos) continue;
    }
    std::size_t end = text.find_first_of(" \t");
    std::string_view field = text.substr(0, end);
    if (field.empty()) continue;
    // The word ends at the first '/' not escaped as "\/".
    std::size_t slash = 0;
    while ((slash = field.find('/', slash)) != std::string_view::npos &&
           slash > 0 && field[slash - 1] == '\\') {
      ++slash;
    }
    std::string_view word_text = field.substr(0, slash);
    if (word_text.empty()) continue;
    std::vector<std::string> flags;
    if (slash != std::string_view::npos) flags = SplitFlags(field.substr(slash + 1), aff.mode);
    ++counts.entries;

    bool bare = true;
    for (const std::string& flag : flags) {
      if (flag == aff.forbidden) {
        bare = false;
        flags.clear();
        break;
      }
      if (flag == aff.need_affix || flag == aff.only_in_compound) bare = false;
    }
    const std::u32string word = DecodeUtf8(word_text);
    if (bare) {
      visit(word);
      ++counts.forms;
    }
    for (const std::string& flag : flags) {
      auto rules = aff.suffixes.find(flag);
      if (rules == aff.suffixes.end()) continue;
      for (const SuffixRule& rule : rules->second) {
        if (!rule.Applies(word)) continue;
        form.assign(word, 0, word.size() - rule.strip.size());
        form += rule.add;
        visit(form);
        ++counts.forms;
      }
    }
  }
  if (in.bad()) return Status::IOError(dic_path + ": read error");
  return counts;
}

}  // namespace redite::text
