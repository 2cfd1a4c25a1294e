// The editorial-line profile: what the leader's posts say that the corporate
// feed does not, the other way round, and what both say alike, by kind of
// term, ranked by the weighted log-odds ratio of profile/log_odds.h; and the
// share of the leader's posts that echo the corporate feed, month by month.
//
//   profile::ProfileOptions options;
//   options.person_ids = {ceo_id};
//   options.corporate_ids = {corp_id};
//   options.since = since;  options.until = until;
//   auto p = profile::BuildProfile(store.get(), options);
//   if (!p.ok()) return p.status();
//   auto audit = workflows::RunAudit(store.get(), checker.get(), dry_run_options);
//   p->monthly = profile::MonthlyEchoShare(audit->checked, fail_level);
//   std::cout << report::FormatProfileText(*p);
//
// Counting: each post counts a term ONCE (document frequency): a post that
// says "usine" three times counts 1 for "usine". The corpus total n of the
// log-odds formula is the sum of these counts over the terms of one kind.
// The terms, from the features stored with each post (FeedStore::GetFeatures;
// posts without stored features count as posts with no terms):
//  - lemma: a content lemma (stopwords left out; the words of segmented
//    hashtags included), keyed by its accent-less form, shown in its most
//    frequent accented form ("énergétique").
//  - subject: two content lemmas that follow each other in a post, with at
//    most kMaxSubjectGapWords stopwords between them and no sentence or
//    clause break (. , ; : ! ? … ( ) [ ] " « » a line break, an emoji, a
//    dash) between them, and not the same lemma twice: "transition
//    énergétique", "contrat apprentissage" (from "contrat d'apprentissage").
//    The words of one hashtag form subjects too (#TransitionÉnergétique).
//    Keyed by the accent-less lemmas joined by a space.
//  - hashtag: the hashtag's key (case and accents folded), shown as most
//    often written ("#TransitionÉnergétique").
//  - domain: the host of a canonical link, lowercase, without "www."; link
//    shorteners (t.co, bit.ly, lnkd.in...) are left out: they do not say
//    where the link goes.
// As in Monroe et al., the odds are those of a term among the terms of its
// kind that each side uses: a leader who rarely posts hashtags can still
// have distinctive ones.
#ifndef REDITE_PROFILE_PROFILE_H_
#define REDITE_PROFILE_PROFILE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "redite/similarity/features.h"
#include "redite/similarity/scorer.h"
#include "redite/status.h"
#include "redite/store/feed_store.h"
#include "redite/workflows/finding.h"

namespace redite::profile {

// Stopwords allowed between the two lemmas of a subject ("part de la marché"
// is not one; "contrat d'apprentissage", "plan de relance" are).
constexpr int kMaxSubjectGapWords = 2;

enum class TermKind { kSubject, kLemma, kHashtag, kDomain };
constexpr std::array<TermKind, 4> kTermKinds = {TermKind::kSubject, TermKind::kLemma,
                                                 TermKind::kHashtag, TermKind::kDomain};
// "subject", "lemma", "hashtag", "domain".
const char* TermKindName(TermKind kind);

struct ProfileOptions {
  std::vector<std::int64_t> person_ids;     // the leader's accounts (required)
  std::vector<std::int64_t> corporate_ids;  // the corporate accounts (required)
  std::int64_t since = 0;  // posts of both sides created in [since, until)
  std::int64_t until = 0;
  std::size_t top_n = 15;       // entries per list (0: all)
  std::int64_t min_count = 3;   // posts a term must be in, on the side it is listed for
  double alpha0 = 100;          // prior size of PooledPrior (see log_odds.h)
  // The |z| at which a difference counts (1.96: the 5% level): the
  // distinctive lists hold |z| >= min_abs_z, the shared list |z| below it,
  // so no term is in two lists.
  double min_abs_z = 1.96;
};

struct ProfileTerm {
  std::string term;  // as shown ("transition énergétique", "#ChaleurUtile", "helvion.fr")
  std::string key;   // as counted (accent-less, case-folded)
  std::int64_t person_posts = 0;     // person posts holding it
  std::int64_t corporate_posts = 0;  // corporate posts holding it
  double delta = 0;  // log-odds ratio, person over corporate
  double z = 0;      // > 0: typical of the person
};

struct KindProfile {
  TermKind kind = TermKind::kLemma;
  std::vector<ProfileTerm> person;     // z >= min_abs_z, highest first
  std::vector<ProfileTerm> corporate;  // z <= -min_abs_z, lowest first
  std::vector<ProfileTerm> shared;     // RankShared: |z| < min_abs_z, used by both
};

struct MonthlyEchoes {
  std::string month;          // "YYYY-MM", UTC, of the person's posts
  std::int64_t posts = 0;     // person posts of the month
  std::int64_t echoing = 0;   // those with a finding at or above the fail level
  double share = 0;           // echoing / posts (0 when no posts)
};

struct Profile {
  std::vector<std::string> person_handles;  // without '@'
  std::vector<std::string> corporate_handles;
  std::int64_t since = 0;
  std::int64_t until = 0;
  std::int64_t person_posts = 0;
  std::int64_t corporate_posts = 0;
  std::int64_t min_count = 0;
  double alpha0 = 0;
  double min_abs_z = 0;
  std::vector<KindProfile> kinds;  // in kTermKinds order
  // Filled by the caller from an audit of the period (MonthlyEchoShare).
  similarity::Level fail_level = similarity::Level::kRewording;
  std::vector<MonthlyEchoes> monthly;
};

// Counts, ranks and lists as described above. InvalidArgument when an option
// is out of range (no accounts, since >= until, alpha0 <= 0, min_abs_z < 0)
// or when one side
// has no post in the period (naming the side and the period).
Result<Profile> BuildProfile(FeedStore* store, const ProfileOptions& options);

// The subjects of one post's features, keys and shown forms, in order (with
// repeats). `text` is the post's original text (lemma spans point into it).
struct Subject {
  std::string key;
  std::string shown;
};
std::vector<Subject> SubjectsOf(const similarity::PostFeatures& features, std::string_view text);

// "helvion.fr" for "https://www.helvion.fr/presse?x=1"; "" when there is no
// host or the host is a link shortener.
std::string LinkDomain(std::string_view canonical_url);

// Per month (UTC) of the checked posts' dates, oldest first, from the first
// month with a post to the last, months without posts listed with zeros.
// A post echoes when one of its findings is at or above `fail_level`.
// Undated posts are left out.
std::vector<MonthlyEchoes> MonthlyEchoShare(const std::vector<workflows::CheckedPost>& checked,
                                            similarity::Level fail_level);

}  // namespace redite::profile

#endif  // REDITE_PROFILE_PROFILE_H_
