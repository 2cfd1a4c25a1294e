#include "redite/workflows/finding.h"

#include <algorithm>
#include <utility>

namespace redite::workflows {
namespace {

using similarity::Span;

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// True when `gap` holds only spaces and punctuation: ASCII ones, no-break
// spaces (U+00A0, U+202F: French typography puts them before ; : ! ? and
// inside figures), the typographic apostrophe, guillemets and dashes.
bool IsGapText(std::string_view gap) {
  static constexpr std::string_view kAllowed[] = {
      "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB",
      "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA6"};
  std::size_t i = 0;
  while (i < gap.size()) {
    unsigned char c = static_cast<unsigned char>(gap[i]);
    if (c < 0x80) {
      bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (alnum || c == '@' || c == '#') return false;
      ++i;
      continue;
    }
    bool matched = false;
    for (std::string_view allowed : kAllowed) {
      if (gap.substr(i, allowed.size()) == allowed) {
        i += allowed.size();
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return true;
}

Span Widen(std::string_view text, Span s) {
  std::uint32_t size = static_cast<std::uint32_t>(text.size());
  s.start = std::min(s.start, size);
  s.end = std::min(std::max(s.end, s.start), size);
  while (s.start > 0 && s.start < size && IsContinuation(text[s.start])) --s.start;
  while (s.end < size && IsContinuation(text[s.end])) ++s.end;
  return s;
}

bool Joinable(std::string_view text, const Span& left, const Span& right) {
  if (right.start <= left.end) return true;
  return IsGapText(text.substr(left.end, right.start - left.end));
}

}  // namespace

PostRef RefOf(const Draft& draft) {
  PostRef ref;
  ref.id = draft.Id();
  ref.account = draft.account;
  ref.text = draft.text;
  ref.file = draft.file;
  ref.line = draft.line;
  ref.created_at = draft.date;
  return ref;
}

PostRef RefOf(const Post& post, std::string_view handle) {
  PostRef ref;
  ref.id = post.platform_id;
  ref.account = std::string(handle);
  ref.text = post.text;
  ref.created_at = post.created_at;
  ref.url = post.url;
  ref.row_id = post.id;
  return ref;
}

const char* FirstSaidName(FirstSaid first) {
  switch (first) {
    case FirstSaid::kSubject: return "subject";
    case FirstSaid::kMatch: return "match";
    case FirstSaid::kSameTime: return "same-time";
    case FirstSaid::kUnknown: break;
  }
  return "unknown";
}

Finding MakeFinding(PostRef subject, PostRef match, similarity::Comparison comparison) {
  Finding f;
  f.subject = std::move(subject);
  f.match = std::move(match);
  f.comparison = std::move(comparison);
  if (f.subject.created_at && f.match.created_at) {
    f.lag_seconds = *f.subject.created_at - *f.match.created_at;
    f.first = *f.lag_seconds > 0   ? FirstSaid::kMatch
              : *f.lag_seconds < 0 ? FirstSaid::kSubject
                                   : FirstSaid::kSameTime;
  }
  return f;
}

void SortBestFirst(std::vector<Finding>* findings) {
  std::stable_sort(findings->begin(), findings->end(), [](const Finding& x, const Finding& y) {
    if (x.comparison.level != y.comparison.level) return x.comparison.level > y.comparison.level;
    if (x.comparison.score != y.comparison.score) return x.comparison.score > y.comparison.score;
    return x.match.created_at.value_or(0) > y.match.created_at.value_or(0);
  });
}

CheckedPost NewCheckedPost(PostRef post, const text::EntityExtractor& extractor) {
  CheckedPost checked;
  checked.weighted_length = text::WeightedTweetLength(post.text, extractor);
  checked.post = std::move(post);
  return checked;
}

similarity::Level HighestLevel(const CheckedPost& checked) {
  similarity::Level level = similarity::Level::kDistinct;
  for (const Finding& f : checked.findings) level = std::max(level, f.comparison.level);
  return level;
}

bool HasFindingAtOrAbove(const std::vector<CheckedPost>& checked, similarity::Level fail_level) {
  for (const CheckedPost& c : checked) {
    if (!c.findings.empty() && HighestLevel(c) >= fail_level) return true;
  }
  return false;
}

std::vector<Span> MergeSpans(std::string_view text, std::vector<Span> spans) {
  for (Span& s : spans) s = Widen(text, s);
  std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) {
    return x.start != y.start ? x.start < y.start : x.end < y.end;
  });
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (s.end <= s.start) continue;
    if (!merged.empty() && Joinable(text, merged.back(), s)) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  return merged;
}

std::vector<SharedPassage> SharedPassages(const Finding& finding) {
  std::string_view a = finding.subject.text;
  std::string_view b = finding.match.text;
  std::vector<SharedPassage> passages;
  for (const similarity::SharedSpan& pair : finding.comparison.shared) {
    Span sa = Widen(a, pair.a);
    Span sb = Widen(b, pair.b);
    if (sa.end <= sa.start || sb.end <= sb.start) continue;
    if (!passages.empty()) {
      SharedPassage& last = passages.back();
      if (sa.start >= last.subject.start && Joinable(a, last.subject, sa) &&
          sb.start >= last.match.start && Joinable(b, last.match, sb)) {
        last.subject.end = std::max(last.subject.end, sa.end);
        last.match.end = std::max(last.match.end, sb.end);
        continue;
      }
    }
    passages.push_back({sa, sb});
  }
  return passages;
}

}  // namespace redite::workflows
