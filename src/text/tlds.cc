#include "text/tlds.h"

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <string_view>

#include "text/idna.h"
#include "text/utf8_scan.h"

namespace redite::text::internal {
namespace {

constexpr std::string_view kBeginIcann = "===BEGIN ICANN DOMAINS===";
constexpr std::string_view kEndIcann = "===END ICANN DOMAINS===";

void AppendAtom(char32_t c, std::string* out) {
  if (c >= 'a' && c <= 'z') {
    out->push_back('[');
    out->push_back(static_cast<char>(c));
    out->push_back(static_cast<char>(c - 'a' + 'A'));
    out->push_back(']');
  } else if (c >= '0' && c <= '9') {
    out->push_back(static_cast<char>(c));
  } else {
    // Anything else ('-', non-ASCII) as its UTF-8 bytes, escaped: the
    // pattern is byte-level, and an escape is never a metacharacter.
    char bytes[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(bytes, length, 4, static_cast<UChar32>(c), error);
    for (int32_t i = 0; i < length && !error; ++i) {
      *out += fmt::format("\\x{:02X}", static_cast<unsigned char>(bytes[i]));
    }
  }
}

bool IsTldBoundary(char c) {
  const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return !alnum && c != '@' && c != '+' && c != '-';
}

}  // namespace

struct TldTrie::Node {
  bool terminal = false;
  std::map<char32_t, std::unique_ptr<Node>> children;
};

// The pattern of what may follow `node`; a terminal node makes it optional,
// and a greedy optional group tries the longer TLD first.
void TldTrie::AppendPattern(const Node& node, std::string* out) {
  if (node.children.empty()) return;
  const bool group = node.terminal || node.children.size() > 1;
  if (group) *out += "(?:";
  bool first = true;
  for (const auto& [c, child] : node.children) {
    if (!first) out->push_back('|');
    first = false;
    AppendAtom(c, out);
    AppendPattern(*child, out);
  }
  if (group) *out += ")";
  if (node.terminal) out->push_back('?');
}

Result<std::vector<std::string>> LoadIcannTlds(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IOError(path +
                           ": cannot read the Public Suffix List "
                           "(install the Debian package publicsuffix)");
  }
  std::vector<std::string> tlds;
  bool icann = false;
  bool seen_icann = false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find(kBeginIcann) != std::string::npos) {
      icann = seen_icann = true;
      continue;
    }
    if (line.find(kEndIcann) != std::string::npos) break;
    if (!icann) continue;
    // A rule is the first whitespace-delimited word of a non-comment line.
    const std::size_t end = line.find_first_of(" \t\r");
    std::string_view rule(line.data(), end == std::string::npos ? line.size() : end);
    if (rule.empty() || rule.starts_with("//")) continue;
    const std::size_t dot = rule.rfind('.');
    std::string_view label = dot == std::string_view::npos ? rule : rule.substr(dot + 1);
    if (!label.empty() && (label[0] == '!' || label[0] == '*')) label.remove_prefix(1);
    if (label.empty() || !IsWellFormedUtf8(label)) continue;
    std::string tld(label);
    for (char& c : tld) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    tlds.push_back(tld);
    std::string ascii;
    const bool non_ascii = std::any_of(
        label.begin(), label.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    if (non_ascii && LabelToAscii(tld, &ascii)) tlds.push_back(ascii);
  }
  if (!seen_icann) {
    return Status::Corruption(path + ": no \"" + std::string(kBeginIcann) +
                              "\" line: not a Public Suffix List");
  }
  std::sort(tlds.begin(), tlds.end());
  tlds.erase(std::unique(tlds.begin(), tlds.end()), tlds.end());
  return tlds;
}

TldTrie::TldTrie(const std::vector<std::string>& tlds) : root_(std::make_unique<Node>()) {
  for (const std::string& tld : tlds) {
    Node* node = root_.get();
    std::size_t i = 0;
    while (i < tld.size()) {
      std::size_t len;
      const char32_t c = CodePointAt(tld, i, &len);
      i += len;
      if (c == kIllFormed) break;
      auto& child = node->children[c];
      if (child == nullptr) child = std::make_unique<Node>();
      node = child.get();
    }
    if (node != root_.get()) node->terminal = true;
  }
}

TldTrie::~TldTrie() = default;

std::string TldTrie::Pattern() const {
  if (root_->children.empty()) return "(?!)";
  std::string out;
  AppendPattern(*root_, &out);
  return "(?:" + out + ")";
}

bool TldTrie::MatchesAt(std::string_view text, std::size_t pos) const {
  const Node* node = root_.get();
  while (pos < text.size()) {
    std::size_t len;
    char32_t c = CodePointAt(text, pos, &len);
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    const auto child = node->children.find(c);
    if (child == node->children.end()) return false;
    node = child->second.get();
    pos += len;
    if (node->terminal && (pos == text.size() || IsTldBoundary(text[pos]))) return true;
  }
  return false;
}

}  // namespace redite::text::internal
