// FormCache: what the Analyzer derived from a surface form (a word, a hashtag
// body), computed once per distinct form.
//
// Forms repeat heavily in a feed (Zipf), so most tokens are a cache hit, and a
// hit must cost little. std::unordered_map spends most of a lookup on cache
// misses (bucket array, then a node, then the node before it); here the slots
// are one flat array of {hash, index} probed linearly, and the entries sit in
// one vector, so a hit touches two cache lines.
#ifndef REDITE_TEXT_FORM_CACHE_H_
#define REDITE_TEXT_FORM_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xxhash.h>

namespace redite::text {

template <typename Value>
class FormCache {
 public:
  // At most `limit` forms; the cache starts over when it is full.
  explicit FormCache(std::size_t limit) : limit_(limit) { Reset(); }

  // The value of `form`, or null.
  const Value* Find(std::string_view form) const {
    const std::uint64_t hash = XXH3_64bits(form.data(), form.size());
    for (std::size_t at = hash & mask_;; at = (at + 1) & mask_) {
      const Slot& slot = slots_[at];
      if (slot.index == 0) return nullptr;
      if (slot.hash == hash) {
        const auto& entry = entries_[slot.index - 1];
        if (entry.first == form) return &entry.second;
      }
    }
  }

  Value* FindMutable(std::string_view form) { return const_cast<Value*>(Find(form)); }

  // Stores `value` for `form` (which must not be in the cache yet).
  const Value& Insert(std::string_view form, Value value) {
    if (entries_.size() >= limit_) Reset();
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    entries_.emplace_back(std::string(form), std::move(value));
    const std::uint64_t hash = XXH3_64bits(form.data(), form.size());
    Place(hash, static_cast<std::uint32_t>(entries_.size()));
    return entries_.back().second;
  }

  std::size_t size() const { return entries_.size(); }

  // Forgets every form.
  void Clear() { Reset(); }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t index = 0;  // 1-based into entries_; 0: empty
  };

  void Reset() {
    entries_.clear();
    slots_.assign(1024, Slot());
    mask_ = slots_.size() - 1;
  }

  void Place(std::uint64_t hash, std::uint32_t index) {
    std::size_t at = hash & mask_;
    while (slots_[at].index != 0) at = (at + 1) & mask_;
    slots_[at] = Slot{hash, index};
  }

  // Doubles the slots (load factor stays at most 1/2).
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot());
    mask_ = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.index != 0) Place(slot.hash, slot.index);
    }
  }

  std::size_t limit_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::vector<std::pair<std::string, Value>> entries_;
};

}  // namespace redite::text

#endif  // REDITE_TEXT_FORM_CACHE_H_
