#include "redite/store/overlap_index.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "redite/similarity/index.h"
#include "similarity/features_codec.h"
#include "store/feed_store_rep.h"

namespace redite {

using store::FromException;
using store::KeyToSql;

namespace {

// The key weight each post shares with the draft, by post id: a query adds
// to it once per posting read (thousands), so the table is flat (open
// addressing on a power-of-two array of indices into `entries`), not a
// node per post.
class PostWeights {
 public:
  struct Entry {
    std::int64_t post_id = 0;
    double weight = 0;
    std::int64_t key_count = 0;
  };

  PostWeights() : slots_(1024, 0), mask_(1023) {}

  Entry& At(std::int64_t post_id) {
    std::size_t at = Hash(post_id) & mask_;
    for (; slots_[at] != 0; at = (at + 1) & mask_) {
      Entry& e = entries_[slots_[at] - 1];
      if (e.post_id == post_id) return e;
    }
    entries_.push_back(Entry{post_id, 0, 0});
    slots_[at] = static_cast<std::uint32_t>(entries_.size());
    if (entries_.size() * 2 > slots_.size()) Grow();
    return entries_.back();
  }

  const std::vector<Entry>& entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }

 private:
  static std::size_t Hash(std::int64_t id) {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(id) * 0x9E3779B97F4A7C15ull) >> 20);
  }
  void Grow() {
    slots_.assign(slots_.size() * 2, 0);
    mask_ = slots_.size() - 1;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      std::size_t at = Hash(entries_[i].post_id) & mask_;
      while (slots_[at] != 0) at = (at + 1) & mask_;
      slots_[at] = static_cast<std::uint32_t>(i + 1);
    }
  }

  std::vector<std::uint32_t> slots_;  // 1-based index into entries_; 0: empty
  std::size_t mask_;
  std::vector<Entry> entries_;
};

}  // namespace

struct OverlapIndex::Rep {
  SQLite::Database& db;
  OverlapIndexOptions options;
  // Prepared on first use (inside the methods' try blocks).
  std::optional<SQLite::Statement> key_counts;
  // The postings scan reads thousands of rows a query: prepared on the raw
  // handle, its columns read without SQLiteCpp's Column objects (each
  // copies a shared pointer to the statement).
  struct Finalize {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
  };
  std::unique_ptr<sqlite3_stmt, Finalize> postings;
  std::optional<SQLite::Statement> read_features;
  std::optional<SQLite::Statement> read_post;

  // (posts, corporate posts) holding `key`; (0, 0) when none.
  std::pair<std::int64_t, std::int64_t> Counts(std::uint64_t key) {
    SQLite::Statement& q = store::PrepareOnce(
        db, &key_counts, "SELECT posts, corporate_posts FROM overlap_keys WHERE key = ?");
    q.reset();
    q.bind(1, KeyToSql(key));
    std::pair<std::int64_t, std::int64_t> counts{0, 0};
    if (q.executeStep()) counts = {q.getColumn(0).getInt64(), q.getColumn(1).getInt64()};
    q.reset();
    return counts;
  }
};

OverlapIndex::OverlapIndex(FeedStore* store, OverlapIndexOptions options)
    : rep_(new Rep{store->rep_->db, options, {}, {}, {}, {}}) {}
OverlapIndex::~OverlapIndex() = default;

Result<std::vector<OverlapCandidate>> OverlapIndex::Candidates(
    const similarity::PostFeatures& draft, const OverlapQuery& where) {
  try {
    const OverlapIndexOptions& o = rep_->options;
    const std::int64_t documents = rep_->Counts(0).first;
    struct KeyDf {
      std::uint64_t key;
      std::int64_t df;
    };
    std::vector<KeyDf> keys;
    double draft_weight = 0;  // the draft's total key weight
    const std::vector<std::uint64_t> draft_keys = similarity::IndexKeys(draft);
    for (std::uint64_t key : draft_keys) {
      std::int64_t df = rep_->Counts(key).first;
      draft_weight += similarity::KeyWeight(df, documents);
      if (df > 0) keys.push_back({key, df});
    }
    if (keys.empty()) return std::vector<OverlapCandidate>();
    std::sort(keys.begin(), keys.end(), [](const KeyDf& a, const KeyDf& b) {
      return a.df != b.df ? a.df < b.df : a.key < b.key;
    });
    const auto cap = std::max<std::int64_t>(
        o.min_key_cap, static_cast<std::int64_t>(o.max_key_share * static_cast<double>(documents)));
    if (rep_->postings == nullptr) {
      sqlite3_stmt* prepared = nullptr;
      const char* sql = R"sql(
SELECT post_id, key_count FROM overlap_postings
WHERE key = ?1 AND account_id = ?2 AND created_at >= ?3 AND created_at < ?4)sql";
      if (sqlite3_prepare_v3(rep_->db.getHandle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &prepared,
                             nullptr) != SQLITE_OK) {
        sqlite3_finalize(prepared);
        return Status::IOError(std::string("overlap index query: ") +
                               sqlite3_errmsg(rep_->db.getHandle()));
      }
      rep_->postings.reset(prepared);
    }
    sqlite3_stmt* scan = rep_->postings.get();
    PostWeights shared;
    std::int64_t read = 0;
    int taken = 0;
    for (const KeyDf& k : keys) {
      // Keys come rarest first: once one is too common, so are the rest.
      if (taken >= o.min_keys && (k.df > cap || read + k.df > o.max_postings)) break;
      const double w = similarity::KeyWeight(k.df, documents);
      for (std::int64_t account : where.account_ids) {
        sqlite3_reset(scan);
        sqlite3_bind_int64(scan, 1, KeyToSql(k.key));
        sqlite3_bind_int64(scan, 2, account);
        sqlite3_bind_int64(scan, 3, where.since.value_or(INT64_MIN));
        sqlite3_bind_int64(scan, 4, where.until.value_or(INT64_MAX));
        int rc;
        while ((rc = sqlite3_step(scan)) == SQLITE_ROW) {
          PostWeights::Entry& s = shared.At(sqlite3_column_int64(scan, 0));
          s.weight += w;
          s.key_count = sqlite3_column_int64(scan, 1);
        }
        if (rc != SQLITE_DONE) {
          Status error = Status::IOError(std::string("overlap index postings: ") +
                                         sqlite3_errmsg(rep_->db.getHandle()));
          sqlite3_reset(scan);
          return error;
        }
      }
      sqlite3_reset(scan);
      read += k.df;
      ++taken;
    }
    // The scorer's containment divides the shared weight by the smaller
    // post's: a candidate's own weight is estimated from its number of keys
    // at the draft's mean key weight (its keys' frequencies are not read).
    const double mean_weight = draft_weight / static_cast<double>(draft_keys.size());
    std::vector<OverlapCandidate> out;
    out.reserve(shared.size());
    for (const PostWeights::Entry& s : shared.entries()) {
      const std::int64_t id = s.post_id;
      double smaller = std::min(draft_weight, static_cast<double>(s.key_count) * mean_weight);
      double containment = smaller > 0 ? std::min(1.0, s.weight / smaller) : 0;
      if (containment < o.min_containment) continue;
      // Ranked on containment and on how much of the draft the post covers:
      // a two-word post sharing both words with a long draft is contained,
      // a copy of the draft is both.
      double coverage = draft_weight > 0 ? std::min(1.0, s.weight / draft_weight) : 0;
      out.push_back({id, s.weight, containment, (containment + coverage) / 2});
    }
    auto better = [](const OverlapCandidate& a, const OverlapCandidate& b) {
      if (a.rank != b.rank) return a.rank > b.rank;
      return a.weight != b.weight ? a.weight > b.weight : a.post_id > b.post_id;
    };
    const std::size_t n = std::min(o.candidates, out.size());
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(n), out.end(), better);
    out.resize(n);
    return out;
  } catch (const std::exception& e) {
    return FromException("overlap index query", e);
  }
}

Result<std::vector<std::int64_t>> OverlapIndex::AllPosts(const OverlapQuery& where) {
  try {
    SQLite::Statement q(rep_->db, R"sql(
SELECT p.id FROM posts p
WHERE p.account_id = ?1 AND p.created_at >= ?2 AND p.created_at < ?3
  AND EXISTS (SELECT 1 FROM post_features f WHERE f.post_id = p.id AND f.name = ?4)
ORDER BY p.id)sql");
    std::vector<std::int64_t> ids;
    for (std::int64_t account : where.account_ids) {
      q.reset();
      q.bind(1, account);
      q.bind(2, where.since.value_or(INT64_MIN));
      q.bind(3, where.until.value_or(INT64_MAX));
      q.bind(4, std::string(similarity::kFeaturesName));
      while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
    }
    return ids;
  } catch (const std::exception& e) {
    return FromException("listing indexed posts", e);
  }
}

Result<similarity::PostFeatures> OverlapIndex::ReadFeatures(std::int64_t post_id) {
  try {
    return store::ReadFeatures(
        store::PrepareOnce(rep_->db, &rep_->read_features, store::kReadFeaturesSql), post_id);
  } catch (const std::exception& e) {
    return FromException("post " + std::to_string(post_id), e);
  }
}

Result<IndexedPost> OverlapIndex::ReadPost(std::int64_t post_id) {
  try {
    SQLite::Statement& q = store::PrepareOnce(
        rep_->db, &rep_->read_post, "SELECT account_id, created_at, text FROM posts WHERE id = ?1");
    q.reset();
    q.bind(1, post_id);
    if (!q.executeStep()) {
      q.reset();
      return Status::NotFound("post " + std::to_string(post_id) + ": not in the store");
    }
    IndexedPost post;
    post.post_id = post_id;
    post.account_id = q.getColumn(0).getInt64();
    post.created_at = q.getColumn(1).getInt64();
    post.text = q.getColumn(2).getString();
    q.reset();
    return post;
  } catch (const std::exception& e) {
    return FromException("post " + std::to_string(post_id), e);
  }
}

OverlapIndex::ReadScope::ReadScope(OverlapIndex& index) : index_(&index) {
  if (sqlite3_get_autocommit(index_->rep_->db.getHandle()) == 0) return;  // inside a transaction
  try {
    index_->rep_->db.exec("BEGIN");
    began_ = true;
  } catch (const std::exception&) {
    // Each query then runs on its own, as without the scope.
  }
}

OverlapIndex::ReadScope::~ReadScope() {
  if (!began_) return;
  try {
    index_->rep_->db.exec("COMMIT");
  } catch (const std::exception&) {
    // A read-only transaction has nothing to lose; SQLite ends it with the
    // connection at worst.
  }
}

Result<std::int64_t> OverlapIndex::CorporatePosts() { return CorporatePostsWith(0); }

Result<std::int64_t> OverlapIndex::CorporatePostsWith(std::uint64_t key) {
  try {
    return rep_->Counts(key).second;
  } catch (const std::exception& e) {
    return FromException("overlap index counts", e);
  }
}

}  // namespace redite
