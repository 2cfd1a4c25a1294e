#include "text/figures.h"

#include <charconv>
#include <cmath>
#include <vector>

namespace redite::text {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return parts;
}

// "1 200 000" or "1.200.000" or "1200": an integer part with optional
// thousands groups separated by `sep`. Appends the digits to *out.
bool GroupedInteger(std::string_view s, char sep, std::string* out) {
  std::vector<std::string_view> groups = Split(s, sep);
  if (groups.size() > 1 && (groups[0].empty() || groups[0].size() > 3)) return false;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (!AllDigits(groups[i])) return false;
    if (i > 0 && groups[i].size() != 3) return false;
    out->append(groups[i]);
  }
  return true;
}

}  // namespace

std::optional<double> ParseFrenchNumber(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  std::string plain;
  std::string_view integer = digits;
  std::string_view fraction;
  std::size_t comma = digits.find(',');
  if (comma != std::string_view::npos) {
    integer = digits.substr(0, comma);
    fraction = digits.substr(comma + 1);
    if (!AllDigits(fraction)) return std::nullopt;
    bool dots = integer.find('.') != std::string_view::npos;
    bool spaces = integer.find(' ') != std::string_view::npos;
    if (dots && spaces) return std::nullopt;
    if (!GroupedInteger(integer, dots ? '.' : ' ', &plain)) return std::nullopt;
  } else if (digits.find('.') != std::string_view::npos) {
    if (digits.find(' ') != std::string_view::npos) return std::nullopt;
    if (!GroupedInteger(digits, '.', &plain)) {
      // Not thousands groups: one decimal point ("3.5", "0.25").
      std::vector<std::string_view> parts = Split(digits, '.');
      if (parts.size() != 2 || !AllDigits(parts[0]) || !AllDigits(parts[1])) {
        return std::nullopt;
      }
      plain.assign(parts[0]);
      fraction = parts[1];
    }
  } else if (!GroupedInteger(digits, ' ', &plain)) {
    return std::nullopt;
  }
  if (!fraction.empty()) {
    plain += '.';
    plain.append(fraction);
  }
  double value = 0;
  auto [ptr, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
  if (ec != std::errc() || ptr != plain.data() + plain.size()) return std::nullopt;
  return value;
}

std::string FormatNumber(double value) {
  char buf[64];
  if (std::fabs(value) < 1e15 && value == std::floor(value)) {
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(value));
    return std::string(buf, ptr);
  }
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, ptr);
}

double ScaleOf(std::string_view raw, std::string_view w) {
  if (w == "milliard" || w == "milliards" || w == "md" || w == "mds" || w == "mrd" ||
      w == "mrds" || w == "bn") {
    return 1e9;
  }
  if (w == "million" || w == "millions" || w == "mn" || w == "mio") return 1e6;
  // A lone "m" is a million only in capitals: "100 m" is a distance.
  if (raw == "M") return 1e6;
  if (w == "k" || w == "mille") return 1e3;
  return 0;
}

std::string_view CurrencyOf(std::string_view w) {
  if (w == "\u20ac" || w == "euro" || w == "euros" || w == "eur") return "\u20ac";
  if (w == "$" || w == "dollar" || w == "dollars" || w == "usd") return "$";
  if (w == "\u00a3" || w == "livres" || w == "gbp") return "\u00a3";
  return "";
}

}  // namespace redite::text
