// A small RFC 4180 CSV reader: fields separated by commas, records by LF or
// CRLF, quoted fields that hold commas, newlines and doubled quotes (""),
// and a UTF-8 byte order mark at the start ignored. A quote inside an
// unquoted field is kept as text (exports write them); text after a closing
// quote, or a quote left open at the end, is an error.
//
//   CsvReader reader(content);
//   std::vector<std::string> fields;
//   while (reader.Next(&fields)) { ... }
//   if (!reader.status().ok()) ...
#ifndef REDITE_INGEST_CSV_H_
#define REDITE_INGEST_CSV_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "redite/status.h"

namespace redite::ingest {

class CsvReader {
 public:
  // `data` must outlive the reader. `delimiter` separates fields (',' for
  // CSV, '\t' for the TSV files that quote like CSV, such as PAWS-X).
  explicit CsvReader(std::string_view data, char delimiter = ',');

  // Reads the next record into *fields (reusing its strings). Returns false
  // at the end of the data or on an error (then status() says which). Blank
  // lines are skipped.
  bool Next(std::vector<std::string>* fields);

  const Status& status() const { return status_; }
  // The 1-based line on which the last record returned started.
  std::int64_t line() const { return record_line_; }

 private:
  std::string_view data_;
  char delimiter_ = ',';
  std::size_t pos_ = 0;
  std::int64_t line_ = 1;
  std::int64_t record_line_ = 0;
  Status status_;
};

}  // namespace redite::ingest

#endif  // REDITE_INGEST_CSV_H_
