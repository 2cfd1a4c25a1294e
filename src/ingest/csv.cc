#include "ingest/csv.h"

#include <cstring>

namespace redite::ingest {

CsvReader::CsvReader(std::string_view data, char delimiter) : data_(data), delimiter_(delimiter) {
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

bool CsvReader::Next(std::vector<std::string>* fields) {
  if (!status_.ok()) return false;
  // Skip blank lines between records.
  while (pos_ < data_.size() && (data_[pos_] == '\n' || data_[pos_] == '\r')) {
    if (data_[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= data_.size()) return false;
  record_line_ = line_;
  std::size_t count = 0;
  const char* d = data_.data();
  const std::size_t n = data_.size();
  while (true) {
    if (count == fields->size()) fields->emplace_back();
    std::string& field = (*fields)[count++];
    field.clear();
    if (pos_ < n && d[pos_] == '"') {
      ++pos_;
      while (true) {
        // Copy the run up to the next quote in one go.
        const void* q = std::memchr(d + pos_, '"', n - pos_);
        if (q == nullptr) {
          status_ = Status::InvalidArgument("line " + std::to_string(record_line_) + ": field " +
                                            std::to_string(count) +
                                            ": quoted field not closed before the end of file");
          return false;
        }
        std::size_t end = static_cast<const char*>(q) - d;
        for (std::size_t i = pos_; i < end; ++i) line_ += d[i] == '\n';
        field.append(d + pos_, end - pos_);
        pos_ = end + 1;
        if (pos_ < n && d[pos_] == '"') {
          field.push_back('"');
          ++pos_;
          continue;
        }
        break;
      }
      if (pos_ < n && d[pos_] != delimiter_ && d[pos_] != '\n' && d[pos_] != '\r') {
        status_ = Status::InvalidArgument("line " + std::to_string(line_) + ": field " +
                                          std::to_string(count) +
                                          ": text after the closing quote");
        return false;
      }
    } else {
      std::size_t start = pos_;
      while (pos_ < n && d[pos_] != delimiter_ && d[pos_] != '\n' && d[pos_] != '\r') ++pos_;
      field.assign(d + start, pos_ - start);
    }
    if (pos_ >= n) break;
    if (d[pos_] == delimiter_) {
      ++pos_;
      continue;
    }
    // End of record: LF or CRLF (a lone CR too).
    if (d[pos_] == '\r') ++pos_;
    if (pos_ < n && d[pos_] == '\n') ++pos_;
    ++line_;
    break;
  }
  fields->resize(count);
  return true;
}

}  // namespace redite::ingest
