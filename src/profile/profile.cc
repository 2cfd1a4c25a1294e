#include "redite/profile/profile.h"

#include <algorithm>
#include <map>
#include <array>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "redite/profile/log_odds.h"

namespace redite::profile {
namespace {

// One side's counts of one kind: posts holding each key, and how often each
// shown form of the key was written (the most frequent is shown).
struct KindCounts {
  TermCounts posts;
  std::map<std::string, std::map<std::string, std::int64_t>> forms;
};

struct SideCounts {
  std::int64_t posts = 0;
  std::array<KindCounts, kTermKinds.size()> kinds;
};

// The terms of one post of one kind: key -> a shown form.
using PostTerms = std::map<std::string, std::string>;

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Whether `gap`, the text between two content lemmas, keeps them in one
// phrase: only letters (ASCII and Latin-1/Latin Extended-A), spaces, no-break
// spaces, apostrophes and hyphens, and at most kMaxSubjectGapWords words.
bool JoinsSubject(std::string_view gap) {
  int words = 0;
  bool in_word = false;
  for (std::size_t k = 0; k < gap.size();) {
    unsigned char c = static_cast<unsigned char>(gap[k]);
    bool letter = false;
    std::size_t len = 1;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      letter = true;
    } else if (c == ' ' || c == '\'' || c == '-') {
      letter = false;
    } else if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && k + 1 < gap.size() &&
               IsContinuation(static_cast<unsigned char>(gap[k + 1]))) {
      letter = true;  // é, ç, œ...
      len = 2;
    } else if (gap.substr(k, 2) == "\xC2\xA0") {
      len = 2;  // no-break space
    } else if (gap.substr(k, 3) == "\xE2\x80\x99" || gap.substr(k, 3) == "\xE2\x80\xAF") {
      len = 3;  // typographic apostrophe, narrow no-break space
    } else {
      return false;
    }
    if (letter && !in_word) ++words;
    in_word = letter;
    k += len;
  }
  return words <= kMaxSubjectGapWords;
}

std::string_view SpanText(std::string_view text, const similarity::Span& s) {
  if (s.start > s.end || s.end > text.size()) return {};
  return text.substr(s.start, s.end - s.start);
}

bool IsHashtagSpan(std::string_view text, const similarity::Span& s) {
  std::string_view t = SpanText(text, s);
  return !t.empty() && (t.front() == '#' || t.starts_with("\xEF\xBC\x83"));  // # or fullwidth
}

// The first shown form of each key in one post (a post counts a term once).
void AddTerm(PostTerms* terms, std::string key, std::string shown) {
  if (key.empty()) return;
  terms->emplace(std::move(key), std::move(shown));
}

std::array<PostTerms, kTermKinds.size()> TermsOf(const similarity::PostFeatures& f,
                                                 std::string_view text) {
  std::array<PostTerms, kTermKinds.size()> terms;
  for (const Subject& s : SubjectsOf(f, text)) {
    AddTerm(&terms[static_cast<int>(TermKind::kSubject)], s.key, s.shown);
  }
  for (std::size_t k = 0; k < f.lemmas.size(); ++k) {
    AddTerm(&terms[static_cast<int>(TermKind::kLemma)], f.lemmas[k],
            k < f.lemma_forms.size() ? f.lemma_forms[k] : f.lemmas[k]);
  }
  for (std::size_t k = 0; k < f.hashtags.size(); ++k) {
    std::string shown = k < f.hashtag_spans.size()
                            ? std::string(SpanText(text, f.hashtag_spans[k]))
                            : std::string();
    if (shown.empty()) shown = "#" + f.hashtags[k];
    AddTerm(&terms[static_cast<int>(TermKind::kHashtag)], f.hashtags[k], shown);
  }
  for (const std::string& link : f.links) {
    std::string domain = LinkDomain(link);
    AddTerm(&terms[static_cast<int>(TermKind::kDomain)], domain, domain);
  }
  return terms;
}

Status CountSide(FeedStore* store, const std::vector<std::int64_t>& account_ids,
                 const ProfileOptions& options, SideCounts* side) {
  auto posts = store->ListPostsOf(account_ids, options.since, options.until);
  if (!posts.ok()) return posts.status();
  for (const Post& post : *posts) {
    ++side->posts;
    auto features = store->GetFeatures(post.id);
    if (!features.ok()) {
      if (features.status().code() == Status::Code::kNotFound) continue;
      return features.status();
    }
    std::array<PostTerms, kTermKinds.size()> terms = TermsOf(*features, post.text);
    for (std::size_t kind = 0; kind < terms.size(); ++kind) {
      for (const auto& [key, shown] : terms[kind]) {
        ++side->kinds[kind].posts[key];
        ++side->kinds[kind].forms[key][shown];
      }
    }
  }
  return Status::OK();
}

// The most frequent shown form of `key` on both sides (ties: the smallest).
std::string Shown(const std::string& key, const KindCounts& a, const KindCounts& b) {
  std::map<std::string, std::int64_t> forms;
  for (const KindCounts* side : {&a, &b}) {
    auto it = side->forms.find(key);
    if (it == side->forms.end()) continue;
    for (const auto& [form, n] : it->second) forms[form] += n;
  }
  std::string best = key;
  std::int64_t best_n = 0;
  for (const auto& [form, n] : forms) {
    if (n > best_n) {
      best = form;
      best_n = n;
    }
  }
  return best;
}

std::vector<ProfileTerm> ToProfileTerms(const std::vector<TermLogOdds>& ranked,
                                        const KindCounts& person, const KindCounts& corporate) {
  std::vector<ProfileTerm> out;
  for (const TermLogOdds& t : ranked) {
    ProfileTerm p;
    p.key = t.term;
    p.term = Shown(t.term, person, corporate);
    p.person_posts = t.count_i;
    p.corporate_posts = t.count_j;
    p.delta = t.delta;
    p.z = t.z;
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<std::string>> Handles(FeedStore* store, const std::vector<std::int64_t>& ids) {
  std::vector<std::string> handles;
  for (std::int64_t id : ids) {
    auto account = store->GetAccount(id);
    if (!account.ok()) return account.status();
    handles.push_back(account->handle);
  }
  return handles;
}

std::string HandleList(const std::vector<std::string>& handles) {
  std::string out;
  for (const std::string& h : handles) out += (out.empty() ? "@" : ", @") + h;
  return out;
}

// "2026-03" and the month after it.
std::string MonthOf(std::int64_t t) { return FormatUtc(t).substr(0, 7); }

std::string NextMonth(const std::string& month) {
  int year = std::stoi(month.substr(0, 4));
  int m = std::stoi(month.substr(5, 2));
  if (++m > 12) {
    m = 1;
    ++year;
  }
  return fmt::format("{:04d}-{:02d}", year, m);
}

}  // namespace

const char* TermKindName(TermKind kind) {
  switch (kind) {
    case TermKind::kSubject: return "subject";
    case TermKind::kLemma: return "lemma";
    case TermKind::kHashtag: return "hashtag";
    case TermKind::kDomain: return "domain";
  }
  return "lemma";
}

std::vector<Subject> SubjectsOf(const similarity::PostFeatures& f, std::string_view text) {
  std::vector<Subject> out;
  const std::size_t n = std::min({f.lemmas.size(), f.lemma_forms.size(), f.lemma_spans.size()});
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (f.lemmas[k].empty() || f.lemmas[k + 1].empty() || f.lemmas[k] == f.lemmas[k + 1]) continue;
    const similarity::Span& a = f.lemma_spans[k];
    const similarity::Span& b = f.lemma_spans[k + 1];
    const bool same_token = a.start == b.start && a.end == b.end;  // words of one hashtag
    if (!same_token) {
      if (IsHashtagSpan(text, a) || IsHashtagSpan(text, b)) continue;
      if (b.start < a.end || b.start > text.size()) continue;
      if (!JoinsSubject(text.substr(a.end, b.start - a.end))) continue;
    }
    out.push_back({f.lemmas[k] + " " + f.lemmas[k + 1], f.lemma_forms[k] + " " + f.lemma_forms[k + 1]});
  }
  return out;
}

// Hosts whose links only redirect: they say nothing of the destination.
constexpr std::string_view kShorteners[] = {"t.co",    "bit.ly",      "lnkd.in", "ow.ly",
                                            "buff.ly", "tinyurl.com", "goo.gl",  "dlvr.it",
                                            "fb.me",   "is.gd",       "rb.gy"};

std::string LinkDomain(std::string_view url) {
  if (std::size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
  }
  url = url.substr(0, std::min(url.find_first_of("/?#"), url.size()));
  if (std::size_t at = url.rfind('@'); at != std::string_view::npos) url.remove_prefix(at + 1);
  if (!url.starts_with('[')) url = url.substr(0, std::min(url.rfind(':'), url.size()));
  std::string host;
  for (char c : url) host += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (host.starts_with("www.") && host.find('.', 4) != std::string::npos) host.erase(0, 4);
  for (std::string_view shortener : kShorteners) {
    if (host == shortener) return "";
  }
  return host;
}

Result<Profile> BuildProfile(FeedStore* store, const ProfileOptions& options) {
  if (options.person_ids.empty()) return Status::InvalidArgument("profile: no person account");
  if (options.corporate_ids.empty()) {
    return Status::InvalidArgument("profile: no corporate account");
  }
  if (options.since >= options.until) {
    return Status::InvalidArgument(fmt::format("profile: the period {} to {} is empty",
                                               FormatUtc(options.since), FormatUtc(options.until)));
  }
  if (!(options.min_abs_z >= 0)) {
    return Status::InvalidArgument(
        fmt::format("profile: minimum |z| {} must not be negative", options.min_abs_z));
  }
  if (!(options.alpha0 > 0)) {
    return Status::InvalidArgument(
        fmt::format("profile: prior size {} must be above 0", options.alpha0));
  }
  Profile profile;
  auto person_handles = Handles(store, options.person_ids);
  if (!person_handles.ok()) return person_handles.status();
  auto corporate_handles = Handles(store, options.corporate_ids);
  if (!corporate_handles.ok()) return corporate_handles.status();
  profile.person_handles = std::move(person_handles).value();
  profile.corporate_handles = std::move(corporate_handles).value();
  profile.since = options.since;
  profile.until = options.until;
  profile.min_count = options.min_count;
  profile.alpha0 = options.alpha0;
  profile.min_abs_z = options.min_abs_z;

  SideCounts person, corporate;
  if (Status s = CountSide(store, options.person_ids, options, &person); !s.ok()) return s;
  if (Status s = CountSide(store, options.corporate_ids, options, &corporate); !s.ok()) return s;
  for (const auto& [side, counts, handles] :
       {std::tuple("person", &person, &profile.person_handles),
        std::tuple("corporate", &corporate, &profile.corporate_handles)}) {
    if (counts->posts == 0) {
      return Status::InvalidArgument(fmt::format("{} {}: no posts between {} and {}", side,
                                                 HandleList(*handles), FormatUtc(options.since),
                                                 FormatUtc(options.until)));
    }
  }
  profile.person_posts = person.posts;
  profile.corporate_posts = corporate.posts;

  for (TermKind kind : kTermKinds) {
    const KindCounts& p = person.kinds[static_cast<int>(kind)];
    const KindCounts& c = corporate.kinds[static_cast<int>(kind)];
    std::vector<TermLogOdds> all =
        WeightedLogOdds(p.posts, c.posts, PooledPrior(p.posts, c.posts, options.alpha0));
    KindProfile k;
    k.kind = kind;
    for (auto [side, list] : {std::pair(Side::kI, &k.person), std::pair(Side::kJ, &k.corporate)}) {
      *list = ToProfileTerms(
          RankDistinctive(all, side, options.min_count, options.min_abs_z, options.top_n), p, c);
    }
    k.shared = ToProfileTerms(RankShared(all, person.posts, corporate.posts, options.min_count,
                                         options.min_abs_z, options.top_n),
                              p, c);
    profile.kinds.push_back(std::move(k));
  }
  return profile;
}

std::vector<MonthlyEchoes> MonthlyEchoShare(const std::vector<workflows::CheckedPost>& checked,
                                            similarity::Level fail_level) {
  std::map<std::string, MonthlyEchoes> months;
  for (const workflows::CheckedPost& c : checked) {
    if (!c.post.created_at) continue;
    MonthlyEchoes& m = months[MonthOf(*c.post.created_at)];
    ++m.posts;
    if (workflows::HighestLevel(c) >= fail_level) ++m.echoing;
  }
  std::vector<MonthlyEchoes> out;
  if (months.empty()) return out;
  const std::string last = months.rbegin()->first;
  for (std::string month = months.begin()->first; month <= last; month = NextMonth(month)) {
    MonthlyEchoes m = months[month];
    m.month = month;
    m.share = m.posts > 0 ? static_cast<double>(m.echoing) / static_cast<double>(m.posts) : 0;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace redite::profile
