// Strict date parsers for the layouts of the supported exports. Each returns
// UTC seconds since the Unix epoch, or InvalidArgument saying what is wrong.
// Day-of-month, month lengths, leap years, hours and offsets are validated;
// nothing is defaulted.
#ifndef REDITE_INGEST_DATES_H_
#define REDITE_INGEST_DATES_H_

#include <cstdint>
#include <string_view>

#include "redite/status.h"

namespace redite::ingest {

// The X/Twitter archive and API v1.1 layout: "Sat May 13 17:20:09 +0000 2023".
// The weekday must match the date.
Result<std::int64_t> ParseXDate(std::string_view text);

// ISO 8601 / RFC 3339 and the common export variants of it:
//   "2023-05-13T17:20:09Z", "2020-06-25T06:14:19.000Z", "2023-06-02T09:01:08+00:00",
//   "2022-04-08 11:26:44+00:00", "2014-05-23 10:15:03 +0000",
//   "2019-05-26 11:44:13" (LinkedIn, pandas: no offset means UTC).
Result<std::int64_t> ParseIsoDate(std::string_view text);

// ParseIsoDate, else ParseXDate, else an error listing the layouts accepted.
Result<std::int64_t> ParseAnyDate(std::string_view text);

// Days since 1970-01-01 of a valid proleptic Gregorian date.
std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d);

}  // namespace redite::ingest

#endif  // REDITE_INGEST_DATES_H_
