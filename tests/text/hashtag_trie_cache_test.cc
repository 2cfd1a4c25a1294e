// The hashtag segmenter's trie kept in a cache folder: the cached trie
// segments exactly as a built one, and a damaged cache is rebuilt.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "redite/files.h"
#include "redite/text/lexicon.h"
#include "test_support.h"
#include "text/hashtag_segmenter.h"

namespace redite::text {
namespace {

using testing::TempDir;

const LexiconOptions kDefaults;

// Sets (or, with nullptr, unsets) an environment variable for a scope.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value != nullptr) {
      ::setenv(name, value, 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

std::string Join(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : "|") + word;
  return joined;
}

// Bodies that take every path of Segment(): case, digits, the dictionary.
const char* const kBodies[] = {"TransitionÉnergétique", "transitionenergetique",
                               "salondelagriculture", "NOUSRECRUTONS", "Castex",
                               "MarchePourLa6eRepublique", "hybridworking"};

std::vector<std::string> SegmentAll(const HashtagSegmenter& segmenter) {
  std::vector<std::string> out;
  for (const char* body : kBodies) out.push_back(Join(segmenter.Segment(body)));
  return out;
}

}  // namespace

TEST_SUITE("HashtagSegmenter cache") {
  TEST_CASE("a word trie survives Serialize and Deserialize") {
    WordTrie trie;
    trie.Add("emploi", WordTrie::kWord);
    trie.Add("emplois", WordTrie::kWord);
    trie.Add("de", WordTrie::kWord | WordTrie::kFunctionWord);
    trie.Build();
    Result<WordTrie> copy = WordTrie::Deserialize(trie.Serialize());
    REQUIRE_MESSAGE(copy.ok(), copy.status().ToString());
    CHECK(copy->word_count() == 3);
    CHECK(copy->node_count() == trie.node_count());
    for (const char* word : {"emploi", "emplois", "de", "em", "d", "emploiss"}) {
      CAPTURE(word);
      const std::uint32_t a = trie.Find(word), b = copy->Find(word);
      CHECK(a == b);
      if (a != WordTrie::kNone) CHECK(trie.flags(a) == copy->flags(b));
    }
  }

  TEST_CASE("Deserialize refuses damaged bytes") {
    WordTrie trie;
    trie.Add("emploi", WordTrie::kWord);
    trie.Build();
    const std::string bytes = trie.Serialize();
    CHECK_FALSE(WordTrie::Deserialize("").ok());
    CHECK_FALSE(WordTrie::Deserialize("redite-word-trie-0\n" + bytes.substr(19)).ok());
    CHECK_FALSE(WordTrie::Deserialize(bytes.substr(0, bytes.size() - 3)).ok());
    CHECK_FALSE(WordTrie::Deserialize(bytes + "x").ok());
    // The root's first child pointing far outside the trie.
    std::string bad = bytes;
    const std::size_t root = bytes.size() - trie.node_count() * 8;
    bad[root + 3] = '\x7f';
    Result<WordTrie> refused = WordTrie::Deserialize(bad);
    CHECK_FALSE(refused.ok());
    CHECK(refused.status().message().find("outside") != std::string::npos);
  }

  TEST_CASE("Load reads what Serialize wrote to a file, and refuses a damaged file by name") {
    WordTrie trie;
    trie.Add("emploi", WordTrie::kWord);
    trie.Add("de", WordTrie::kWord | WordTrie::kFunctionWord);
    trie.Build();
    const std::string bytes = trie.Serialize();
    const std::string path = TempDir() + "/trie.bin";
    auto write = [&](const std::string& content) {
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      out << content;
    };
    write(bytes);
    Result<WordTrie> loaded = WordTrie::Load(path);
    REQUIRE_MESSAGE(loaded.ok(), loaded.status().ToString());
    CHECK(loaded->word_count() == 2);
    CHECK(loaded->node_count() == trie.node_count());
    CHECK(loaded->Find("emploi") == trie.Find("emploi"));
    CHECK(loaded->flags(loaded->Find("de")) == trie.flags(trie.Find("de")));
    for (const std::string& damaged :
         {std::string(), bytes.substr(0, bytes.size() - 3), bytes + "x",
          "redite-word-trie-0\n" + bytes.substr(19)}) {
      write(damaged);
      Result<WordTrie> refused = WordTrie::Load(path);
      CHECK_FALSE(refused.ok());
      CHECK(refused.status().message().find(path) != std::string::npos);
    }
    std::string bad = bytes;
    bad[bytes.size() - trie.node_count() * 8 + 3] = '\x7f';  // the root's children far away
    write(bad);
    Result<WordTrie> outside = WordTrie::Load(path);
    CHECK_FALSE(outside.ok());
    CHECK(outside.status().message().find("outside") != std::string::npos);
    CHECK_FALSE(WordTrie::Load(path + ".missing").ok());
  }

  TEST_CASE("a cached trie segments as the built one, and a damaged cache is rebuilt") {
    const std::string dir = TempDir();
    const std::vector<std::string> function_words = {"de", "la", "l", "nous", "des"};
    const std::string path = HashtagSegmenter::CachePath(kDefaults.hunspell_aff,
                                                         kDefaults.hunspell_dic, function_words, dir);
    REQUIRE_FALSE(path.empty());
    CHECK(std::filesystem::path(path).parent_path() == std::filesystem::path(dir));
    // Another list of function words is another trie, so another file.
    CHECK(path != HashtagSegmenter::CachePath(kDefaults.hunspell_aff, kDefaults.hunspell_dic,
                                              {"de", "la"}, dir));

    auto uncached = HashtagSegmenter::Build(kDefaults.hunspell_aff, kDefaults.hunspell_dic,
                                            function_words);
    REQUIRE(uncached.ok());
    CHECK_FALSE(std::filesystem::exists(path));  // no folder, no cache

    auto first = HashtagSegmenter::Build(kDefaults.hunspell_aff, kDefaults.hunspell_dic,
                                         function_words, dir);
    REQUIRE(first.ok());
    REQUIRE(std::filesystem::exists(path));  // written by the build
    auto second = HashtagSegmenter::Build(kDefaults.hunspell_aff, kDefaults.hunspell_dic,
                                          function_words, dir);
    REQUIRE(second.ok());
    CHECK(SegmentAll(**second) == SegmentAll(**uncached));
    CHECK((*second)->trie().node_count() == (*uncached)->trie().node_count());
    CHECK((*second)->trie().word_count() == (*uncached)->trie().word_count());

    // A truncated cache file is rebuilt (and rewritten whole).
    Result<std::string> bytes = ReadWholeFile(path);
    REQUIRE(bytes.ok());
    REQUIRE(WriteFileAtomically(path, bytes->substr(0, bytes->size() / 2)).ok());
    auto rebuilt = HashtagSegmenter::Build(kDefaults.hunspell_aff, kDefaults.hunspell_dic,
                                           function_words, dir);
    REQUIRE(rebuilt.ok());
    CHECK(SegmentAll(**rebuilt) == SegmentAll(**uncached));
    CHECK(ReadWholeFile(path).value() == *bytes);
  }

  TEST_CASE("an unwritable cache folder only costs the build") {
    const std::string dir = TempDir();
    const std::string blocked = dir + "/file";
    REQUIRE(WriteFileAtomically(blocked, "not a folder").ok());
    auto built = HashtagSegmenter::Build(kDefaults.hunspell_aff, kDefaults.hunspell_dic, {"de"},
                                         blocked + "/cache");
    REQUIRE(built.ok());
    CHECK(Join((*built)->Segment("transitionenergetique")) == "transition|energetique");
  }

  TEST_CASE("the default cache folder follows REDITE_CACHE_DIR, XDG_CACHE_HOME, HOME") {
    ScopedEnv redite("REDITE_CACHE_DIR", "/tmp/r");
    CHECK(DefaultCacheDir() == "/tmp/r");
    {
      ScopedEnv none("REDITE_CACHE_DIR", nullptr);
      ScopedEnv xdg("XDG_CACHE_HOME", "/tmp/x");
      CHECK(DefaultCacheDir() == "/tmp/x/redite");
      ScopedEnv no_xdg("XDG_CACHE_HOME", nullptr);
      ScopedEnv home("HOME", "/tmp/h");
      CHECK(DefaultCacheDir() == "/tmp/h/.cache/redite");
      ScopedEnv no_home("HOME", nullptr);
      CHECK(DefaultCacheDir().empty());
    }
  }
}

TEST_SUITE("files") {
  TEST_CASE("WriteFileAtomically replaces a file whole and creates its folder") {
    const std::string path = TempDir() + "/a/b/out.txt";
    REQUIRE(WriteFileAtomically(path, "premier").ok());
    CHECK(ReadWholeFile(path).value() == "premier");
    REQUIRE(WriteFileAtomically(path, "second").ok());
    CHECK(ReadWholeFile(path).value() == "second");
    // No temporary file left beside it.
    std::size_t files = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(path).parent_path())) {
      CHECK(entry.path().filename() == "out.txt");
      ++files;
    }
    CHECK(files == 1);
  }

  TEST_CASE("ReadWholeFile names the file it cannot read") {
    const std::string dir = TempDir();
    Result<std::string> missing = ReadWholeFile(dir + "/missing.txt");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.status().message().find("missing.txt") != std::string::npos);
    Result<std::string> folder = ReadWholeFile(dir);
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.status().message().find("folder") != std::string::npos);
  }
}

}  // namespace redite::text
