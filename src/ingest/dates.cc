#include "ingest/dates.h"

#include <array>
#include <string>

namespace redite::ingest {
namespace {

bool IsLeap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned DaysInMonth(std::int64_t y, unsigned m) {
  static constexpr std::array<unsigned, 12> kDays = {31, 28, 31, 30, 31, 30,
                                                     31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

Status NotADate(std::string_view text, std::string_view why) {
  return Status::InvalidArgument("\"" + std::string(text) + "\": not a date (" + std::string(why) +
                                 ")");
}

// A cursor over the text that reads fixed-width digit fields.
struct Scanner {
  std::string_view s;
  std::size_t pos = 0;
  bool Digits(int width, int* out) {
    if (pos + width > s.size()) return false;
    int v = 0;
    for (int i = 0; i < width; ++i) {
      char c = s[pos + i];
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    pos += width;
    *out = v;
    return true;
  }
  bool Char(char c) {
    if (pos < s.size() && s[pos] == c) {
      ++pos;
      return true;
    }
    return false;
  }
  bool Done() const { return pos == s.size(); }
  char Peek() const { return pos < s.size() ? s[pos] : '\0'; }
};

Result<std::int64_t> Compose(std::string_view text, int y, int mo, int d, int h, int mi, int sec,
                             int offset_seconds) {
  if (mo < 1 || mo > 12) return NotADate(text, "month out of range");
  if (d < 1 || static_cast<unsigned>(d) > DaysInMonth(y, mo)) {
    return NotADate(text, "no such day in that month");
  }
  if (h > 23 || mi > 59 || sec > 60) return NotADate(text, "time out of range");
  if (sec == 60) sec = 59;  // a leap second is kept in its minute
  return DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset_seconds;
}

// "+hh:mm", "+hhmm", "+hh", "Z"; sets *seconds east of UTC.
bool ParseOffset(Scanner* sc, int* seconds) {
  if (sc->Char('Z') || sc->Char('z')) {
    *seconds = 0;
    return true;
  }
  int sign = 0;
  if (sc->Char('+')) {
    sign = 1;
  } else if (sc->Char('-')) {
    sign = -1;
  } else {
    return false;
  }
  int hh = 0, mm = 0;
  if (!sc->Digits(2, &hh)) return false;
  if (sc->Char(':')) {
    if (!sc->Digits(2, &mm)) return false;
  } else if (!sc->Done()) {
    if (!sc->Digits(2, &mm)) return false;
  }
  if (hh > 23 || mm > 59) return false;
  *seconds = sign * (hh * 3600 + mm * 60);
  return true;
}

}  // namespace

std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  // H. Hinnant's days_from_civil.
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

Result<std::int64_t> ParseIsoDate(std::string_view text) {
  Scanner sc{text};
  int y, mo, d, h, mi, sec = 0;
  if (!sc.Digits(4, &y) || !sc.Char('-') || !sc.Digits(2, &mo) || !sc.Char('-') ||
      !sc.Digits(2, &d)) {
    return NotADate(text, "expected YYYY-MM-DD");
  }
  if (!sc.Char('T') && !sc.Char(' ')) return NotADate(text, "expected a time after the date");
  if (!sc.Digits(2, &h) || !sc.Char(':') || !sc.Digits(2, &mi)) {
    return NotADate(text, "expected hh:mm");
  }
  if (sc.Char(':') && !sc.Digits(2, &sec)) return NotADate(text, "expected seconds");
  if (sc.Char('.') || sc.Char(',')) {
    int digit;
    std::size_t start = sc.pos;
    while (sc.Digits(1, &digit)) {
    }
    if (sc.pos == start) return NotADate(text, "expected fractional seconds");
  }
  int offset = 0;
  if (!sc.Done()) {
    if (sc.Peek() == ' ') sc.Char(' ');  // "2014-05-23 10:15:03 +0000"
    if (!ParseOffset(&sc, &offset) || !sc.Done()) {
      return NotADate(text, "expected Z or a UTC offset such as +02:00 after the time");
    }
  }
  return Compose(text, y, mo, d, h, mi, sec, offset);
}

Result<std::int64_t> ParseXDate(std::string_view text) {
  static constexpr std::array<std::string_view, 7> kWeekdays = {"Thu", "Fri", "Sat", "Sun",
                                                                "Mon", "Tue", "Wed"};
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  // "Sat May 13 17:20:09 +0000 2023": fixed width, 30 bytes.
  if (text.size() != 30 || text[3] != ' ' || text[7] != ' ' || text[10] != ' ' ||
      text[19] != ' ' || text[25] != ' ') {
    return NotADate(text, "expected \"Sat May 13 17:20:09 +0000 2023\"");
  }
  int weekday = -1, month = -1;
  for (int i = 0; i < 7; ++i) {
    if (text.substr(0, 3) == kWeekdays[i]) weekday = i;
  }
  for (int i = 0; i < 12; ++i) {
    if (text.substr(4, 3) == kMonths[i]) month = i + 1;
  }
  if (weekday < 0) return NotADate(text, "unknown weekday");
  if (month < 0) return NotADate(text, "unknown month");
  Scanner sc{text};
  int d, h, mi, sec, y, offset;
  sc.pos = 8;
  bool ok = sc.Digits(2, &d) && sc.Char(' ') && sc.Digits(2, &h) && sc.Char(':') &&
            sc.Digits(2, &mi) && sc.Char(':') && sc.Digits(2, &sec) && sc.Char(' ');
  if (!ok) return NotADate(text, "expected \"dd hh:mm:ss\"");
  Scanner off{text.substr(20, 5)};
  if (!ParseOffset(&off, &offset) || !off.Done()) return NotADate(text, "bad UTC offset");
  sc.pos = 26;
  if (!sc.Digits(4, &y) || !sc.Done()) return NotADate(text, "expected a 4-digit year");
  Result<std::int64_t> t = Compose(text, y, month, d, h, mi, sec, offset);
  if (!t.ok()) return t;
  // The weekday of the local date must agree (1970-01-01 was a Thursday).
  std::int64_t days = DaysFromCivil(y, month, d);
  if (((days % 7) + 7) % 7 != weekday) return NotADate(text, "weekday does not match the date");
  return t;
}

Result<std::int64_t> ParseAnyDate(std::string_view text) {
  if (text.size() > 4 && text[4] == '-') return ParseIsoDate(text);
  if (text.size() == 30) return ParseXDate(text);
  return NotADate(text,
                  "expected ISO 8601 like 2023-05-13T17:20:09Z or \"Sat May 13 17:20:09 +0000 "
                  "2023\"");
}

}  // namespace redite::ingest
