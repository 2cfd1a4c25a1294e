// The weighted tweet length (twitter-text TwitterTextParser.parseTweet) and
// emoji sequences (UTS #51, by ICU's emoji properties).
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <array>
#include <string>

#include "redite/text/entities.h"
#include "text/utf8_scan.h"

namespace redite::text {
namespace {

using internal::CodePointAt;
using internal::kIllFormed;

constexpr char32_t kZeroWidthJoiner = 0x200D;
constexpr char32_t kTextStyle = 0xFE0E;   // VS15
constexpr char32_t kEmojiStyle = 0xFE0F;  // VS16
constexpr char32_t kCombiningKeycap = 0x20E3;
constexpr char32_t kBlackFlag = 0x1F3F4;  // base of the subdivision flags
constexpr char32_t kCancelTag = 0xE007F;

// The code point at `pos`, or 0 past the end; sets *len.
char32_t Peek(std::string_view text, std::size_t pos, std::size_t* len) {
  if (pos >= text.size()) {
    *len = 0;
    return 0;
  }
  return CodePointAt(text, pos, len);
}

bool Has(char32_t c, UProperty property) {
  return c != kIllFormed && u_hasBinaryProperty(static_cast<UChar32>(c), property);
}

// The end of the ZWJ-sequence element that starts at `pos` (an emoji with its
// skin tone and VS16), or 0. A text-style emoji (Emoji but not
// Emoji_Presentation: ©, ☺, ❤) is one only with VS16 or a skin tone, as in
// twitter-text, whose list has the lone ones too but that weighs the same.
std::size_t ElementEnd(std::string_view text, std::size_t pos) {
  std::size_t len;
  const char32_t c = Peek(text, pos, &len);
  if (c < 0xA9 || c == kIllFormed || !Has(c, UCHAR_EMOJI)) return 0;
  std::size_t end = pos + len;
  std::size_t next_len;
  char32_t next = Peek(text, end, &next_len);
  if (next == kTextStyle) return 0;  // explicitly text style
  bool emoji = Has(c, UCHAR_EMOJI_PRESENTATION);
  if (Has(c, UCHAR_EMOJI_MODIFIER_BASE) && Has(next, UCHAR_EMOJI_MODIFIER)) {
    emoji = true;
    end += next_len;
    next = Peek(text, end, &next_len);
  }
  if (next == kEmojiStyle) {
    emoji = true;
    end += next_len;
  }
  return emoji ? end : 0;
}

// True when text[begin, end) is one RGI emoji (Unicode's recommended set,
// which lists the ZWJ sequences that render as one glyph).
bool IsRgiEmoji(std::string_view text, std::size_t begin, std::size_t end) {
  std::array<UChar, 64> buffer;
  int32_t length = 0;
  UErrorCode error = U_ZERO_ERROR;
  u_strFromUTF8(buffer.data(), static_cast<int32_t>(buffer.size()), &length, text.data() + begin,
                static_cast<int32_t>(end - begin), &error);
  if (U_FAILURE(error)) return false;  // longer than any RGI emoji
  return u_stringHasBinaryProperty(buffer.data(), length, UCHAR_RGI_EMOJI);
}

bool IsRegionalIndicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }
bool IsTag(char32_t c) { return c >= 0xE0020 && c <= 0xE007E; }

bool IsInvalidTweetChar(char32_t c) { return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF; }

// NFC, as twitter-text counts; the text itself when it already is, or when
// ICU fails (then the count may differ on decomposed input).
std::string_view Nfc(std::string_view text, std::string* storage) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error)) return text;
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, error) && U_SUCCESS(error)) return text;
  error = U_ZERO_ERROR;
  storage->clear();
  icu::StringByteSink<std::string> sink(storage);
  nfc->normalizeUTF8(0, piece, sink, nullptr, error);
  if (U_FAILURE(error)) return text;
  return *storage;
}

int RangeWeight(char32_t c, const TweetLengthConfig& config) {
  for (const WeightedRange& range : config.ranges) {
    if (c >= range.first && c <= range.last) return range.weight;
  }
  return config.default_weight;
}

}  // namespace

std::size_t EmojiSequenceLength(std::string_view text, std::size_t pos) {
  std::size_t len;
  const char32_t c = Peek(text, pos, &len);
  if (c == 0 || c == kIllFormed) return 0;
  std::size_t next_len;
  // Keycap: [#*0-9], optional VS16, U+20E3 ("1⃣" counts as one emoji).
  if (c == '#' || c == '*' || (c >= '0' && c <= '9')) {
    std::size_t end = pos + len;
    if (Peek(text, end, &next_len) == kEmojiStyle) end += next_len;
    if (Peek(text, end, &next_len) == kCombiningKeycap) return end + next_len - pos;
    return 0;
  }
  if (c < 0xA9) return 0;
  // A flag is two regional indicators; a lone one is an emoji too.
  if (IsRegionalIndicator(c)) {
    if (IsRegionalIndicator(Peek(text, pos + len, &next_len))) return len + next_len;
    return len;
  }
  const std::size_t first_end = ElementEnd(text, pos);
  if (first_end == 0) return 0;
  // Subdivision flag: black flag, tag letters, cancel tag.
  if (c == kBlackFlag) {
    std::size_t end = first_end;
    while (IsTag(Peek(text, end, &next_len))) end += next_len;
    if (end > first_end && Peek(text, end, &next_len) == kCancelTag) return end + next_len - pos;
  }
  // ZWJ sequence: the longest run of ZWJ-joined elements that is RGI.
  std::array<std::size_t, 16> ends;
  std::size_t count = 0;
  std::size_t end = first_end;
  while (count < ends.size() && Peek(text, end, &next_len) == kZeroWidthJoiner) {
    const std::size_t element_end = ElementEnd(text, end + next_len);
    if (element_end == 0) break;
    end = ends[count++] = element_end;
  }
  while (count > 0) {
    if (IsRgiEmoji(text, pos, ends[count - 1])) return ends[count - 1] - pos;
    --count;
  }
  return first_end - pos;
}

TweetLength ParseTweetLength(std::string_view text, const EntityExtractor& extractor,
                             const TweetLengthConfig& config) {
  TweetLength result;
  // Java's String.trim(): a text of control characters and spaces is empty.
  bool blank = true;
  for (const char c : text) {
    if (static_cast<unsigned char>(c) > 0x20) {
      blank = false;
      break;
    }
  }
  if (blank || config.scale <= 0 || config.max_weighted_tweet_length <= 0) return result;

  std::string storage;
  const std::string_view nfc = Nfc(text, &storage);
  const std::vector<Entity> urls = extractor.ExtractUrls(nfc);
  auto url = urls.begin();
  long long weighted = 0;
  bool has_invalid = false;
  std::size_t pos = 0;
  while (pos < nfc.size()) {
    if (url != urls.end() && url->start == pos) {
      weighted += static_cast<long long>(config.transformed_url_length) * config.scale;
      pos = url->end;
      ++url;
      continue;
    }
    std::size_t len;
    const char32_t c = CodePointAt(nfc, pos, &len);
    has_invalid = has_invalid || IsInvalidTweetChar(c);
    const std::size_t emoji = config.emoji_parsing_enabled ? EmojiSequenceLength(nfc, pos) : 0;
    if (emoji > 0) {
      weighted += config.default_weight;
      pos += emoji;
    } else {
      weighted += RangeWeight(c == kIllFormed ? 0xFFFD : c, config);
      pos += len;
    }
  }
  result.weighted_length = static_cast<int>(weighted / config.scale);
  result.permillage = static_cast<int>(static_cast<long long>(result.weighted_length) * 1000 /
                                       config.max_weighted_tweet_length);
  result.valid = !has_invalid && result.weighted_length <= config.max_weighted_tweet_length;
  return result;
}

int WeightedTweetLength(std::string_view text, const EntityExtractor& extractor) {
  return ParseTweetLength(text, extractor).weighted_length;
}

}  // namespace redite::text
