#include "ingest/html.h"

#include <cctype>
#include <cstdint>
#include <utility>

namespace redite::ingest {
namespace {

void AppendUtf8(char32_t c, std::string* out) {
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || c == 0) c = 0xFFFD;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Decodes the reference starting at text[i] == '&' into *out; returns the
// bytes consumed, or 0 when it is not a reference we know.
std::size_t DecodeReference(std::string_view text, std::size_t i, std::string* out) {
  std::size_t semi = text.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  std::string_view name = text.substr(i + 1, semi - i - 1);
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},   {"lt", "<"},          {"gt", ">"},          {"quot", "\""},
      {"apos", "'"},  {"nbsp", "\u00A0"},   {"hellip", "\u2026"}, {"rsquo", "\u2019"},
      {"lsquo", "\u2018"}, {"laquo", "\u00AB"}, {"raquo", "\u00BB"}, {"euro", "\u20AC"},
  };
  for (const auto& [n, v] : kNamed) {
    if (name == n) {
      out->append(v);
      return semi - i + 1;
    }
  }
  if (name.size() < 2 || name[0] != '#') return 0;
  bool hex = name[1] == 'x' || name[1] == 'X';
  std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return 0;
  std::uint32_t v = 0;
  for (char c : digits) {
    int d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (hex && std::isxdigit(static_cast<unsigned char>(c))) {
      d = std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
    } else {
      return 0;
    }
    v = v * (hex ? 16 : 10) + d;
    if (v > 0x10FFFF) v = 0x110000;  // stays invalid, no overflow
  }
  AppendUtf8(v, out);
  return semi - i + 1;
}

bool TagIs(std::string_view tag, std::string_view name) {
  // tag is the inside of <...> without '<'; compare its name case-insensitively.
  std::size_t i = tag.size() > 0 && tag[0] == '/' ? 1 : 0;
  if (tag.size() - i < name.size()) return false;
  for (std::size_t k = 0; k < name.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(tag[i + k])) != name[k]) return false;
  }
  std::size_t after = i + name.size();
  return after == tag.size() || tag[after] == ' ' || tag[after] == '/' || tag[after] == '>' ||
         tag[after] == '\t' || tag[after] == '\n';
}

}  // namespace

std::string UnescapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '&') {
      std::size_t used = DecodeReference(text, i, &out);
      if (used > 0) {
        i += used;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

std::string HtmlToText(std::string_view html) {
  std::string text;
  text.reserve(html.size());
  for (std::size_t i = 0; i < html.size();) {
    char c = html[i];
    if (c == '<') {
      std::size_t close = html.find('>', i);
      if (close == std::string_view::npos) break;  // a cut-off tag: drop the rest
      std::string_view tag = html.substr(i + 1, close - i - 1);
      if (TagIs(tag, "br")) {
        text.push_back('\n');
      } else if (tag.size() > 0 && tag[0] == '/' && TagIs(tag, "p")) {
        text.append("\n\n");
      }
      i = close + 1;
    } else if (c == '&') {
      std::size_t used = DecodeReference(html, i, &text);
      if (used == 0) text.push_back(html[i]);
      i += used > 0 ? used : 1;
    } else {
      text.push_back(c);
      ++i;
    }
  }
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

}  // namespace redite::ingest
