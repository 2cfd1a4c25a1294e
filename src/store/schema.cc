#include "store/schema.h"

namespace redite::store {

// A migration, once released, is never edited: a change to the schema is a
// new migration appended here, so every older database can be moved forward.
const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, R"sql(
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE accounts(
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  handle TEXT NOT NULL COLLATE NOCASE,  -- handles are case-insensitive on X and Mastodon
  display_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('person', 'corporate')),
  UNIQUE (platform, handle)
);

CREATE TABLE import_runs(
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,
  content_hash TEXT NOT NULL,     -- XXH3-128 of the file's bytes
  format TEXT NOT NULL,
  account_id INTEGER REFERENCES accounts(id),
  started_at INTEGER NOT NULL,
  finished_at INTEGER,            -- NULL until committed
  records INTEGER NOT NULL DEFAULT 0,
  inserted INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  errors TEXT NOT NULL DEFAULT '' -- one line per skipped record
);
CREATE INDEX import_runs_by_hash ON import_runs(content_hash);

CREATE TABLE posts(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  platform_id TEXT NOT NULL,      -- text: X ids exceed 2^53
  created_at INTEGER NOT NULL,    -- UTC, unix seconds
  created_at_utc TEXT NOT NULL,   -- the same, ISO 8601 with Z, for people reading the database
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('original', 'reply', 'retweet', 'quote')),
  language TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  referenced_id TEXT NOT NULL DEFAULT '',
  import_run_id INTEGER NOT NULL REFERENCES import_runs(id),
  UNIQUE (account_id, platform_id)
);
CREATE INDEX posts_by_account_date ON posts(account_id, created_at);

-- What the text layer derived from each post (see meta 'text_pipeline').
CREATE TABLE post_links(
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  url TEXT NOT NULL,              -- canonical URL
  PRIMARY KEY (post_id, url)
) WITHOUT ROWID;
CREATE INDEX post_links_by_url ON post_links(url);

CREATE TABLE post_hashtags(
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,              -- case-folded, accent-insensitive, no '#'
  PRIMARY KEY (post_id, tag)
) WITHOUT ROWID;
CREATE INDEX post_hashtags_by_tag ON post_hashtags(tag);

CREATE TABLE post_mentions(
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  handle TEXT NOT NULL,           -- case-folded, no '@'
  PRIMARY KEY (post_id, handle)
) WITHOUT ROWID;
CREATE INDEX post_mentions_by_handle ON post_mentions(handle);

CREATE TABLE post_figures(
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  figure TEXT NOT NULL,           -- canonical: "700000", "12%", "2400000000€"
  value REAL NOT NULL,
  PRIMARY KEY (post_id, figure)
) WITHOUT ROWID;
CREATE INDEX post_figures_by_figure ON post_figures(figure);

-- The similarity engine's per-post features (signatures, vectors), each
-- named and versioned so that a change of method never mixes old and new.
CREATE TABLE post_features(
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  version TEXT NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (post_id, name)
) WITHOUT ROWID;

-- Room for the workflows: audit runs, their findings, deliberate echoes.
CREATE TABLE audit_runs(
  id INTEGER PRIMARY KEY,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  parameters TEXT NOT NULL DEFAULT '{}',  -- JSON
  summary TEXT NOT NULL DEFAULT '{}'      -- JSON
);

CREATE TABLE findings(
  id INTEGER PRIMARY KEY,
  audit_run_id INTEGER NOT NULL REFERENCES audit_runs(id) ON DELETE CASCADE,
  post_id INTEGER NOT NULL REFERENCES posts(id),
  other_post_id INTEGER NOT NULL REFERENCES posts(id),
  level TEXT NOT NULL,
  score REAL NOT NULL,
  details TEXT NOT NULL DEFAULT '{}'      -- JSON: break-down, shared passages
);
CREATE INDEX findings_by_run ON findings(audit_run_id);

CREATE TABLE accepted_pairs(
  post_id INTEGER NOT NULL REFERENCES posts(id),
  other_post_id INTEGER NOT NULL REFERENCES posts(id),
  reason TEXT NOT NULL,
  accepted_at INTEGER NOT NULL,
  PRIMARY KEY (post_id, other_post_id)
) WITHOUT ROWID;
)sql"},
      {2, R"sql(
-- The overlap index (redite/similarity/index.h, redite/store/overlap_index.h):
-- one row per distinct key of each post that has features, with what a query
-- filters on, so that a lookup never touches the posts table.
CREATE TABLE overlap_postings(
  key INTEGER NOT NULL,           -- similarity::IndexKey as a signed 64-bit integer
  account_id INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  post_id INTEGER NOT NULL,
  key_count INTEGER NOT NULL,     -- the post's number of keys (its length, for ranking)
  PRIMARY KEY (key, account_id, created_at, post_id)
) WITHOUT ROWID;

-- How many posts hold each key: all of them, and those of corporate
-- accounts (the rarity weights of a check). Key 0 holds the totals.
CREATE TABLE overlap_keys(
  key INTEGER PRIMARY KEY,
  posts INTEGER NOT NULL,
  corporate_posts INTEGER NOT NULL
);
INSERT INTO overlap_keys(key, posts, corporate_posts) VALUES (0, 0, 0);
)sql"},
  };
  return kMigrations;
}

}  // namespace redite::store
