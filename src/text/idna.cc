#include "text/idna.h"

#include <unicode/uidna.h>
#include <unicode/utypes.h>

#include <cstdint>
#include <memory>

namespace redite::text::internal {
namespace {

struct UidnaCloser {
  void operator()(UIDNA* idna) const { uidna_close(idna); }
};

struct SharedIdna {
  std::unique_ptr<UIDNA, UidnaCloser> idna;
  UErrorCode error = U_ZERO_ERROR;
};

// One converter for the process: a UTS #46 UIDNA is immutable and
// thread-safe once created.
const SharedIdna& Shared() {
  static const SharedIdna shared = [] {
    SharedIdna s;
    s.idna.reset(uidna_openUTS46(UIDNA_DEFAULT, &s.error));
    if (U_FAILURE(s.error)) s.idna.reset();
    return s;
  }();
  return shared;
}

// The errors that IDNA2003 (twitter-text's reference) also rejects.
constexpr uint32_t kFatalErrors = UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG |
                                  UIDNA_ERROR_DISALLOWED | UIDNA_ERROR_PUNYCODE |
                                  UIDNA_ERROR_LABEL_HAS_DOT | UIDNA_ERROR_INVALID_ACE_LABEL;

using ConvertFn = int32_t (*)(const UIDNA*, const char*, int32_t, char*, int32_t, UIDNAInfo*,
                              UErrorCode*);

// Runs one ICU conversion into *out; returns the error bits, or all bits set
// when ICU itself failed.
uint32_t Convert(ConvertFn fn, std::string_view in, std::string* out) {
  const UIDNA* idna = Shared().idna.get();
  if (idna == nullptr) return ~0u;
  out->resize(in.size() * 4 + 16);
  for (int attempt = 0; attempt < 2; ++attempt) {
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UErrorCode error = U_ZERO_ERROR;
    const int32_t n = fn(idna, in.data(), static_cast<int32_t>(in.size()), out->data(),
                         static_cast<int32_t>(out->size()), &info, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
      out->resize(static_cast<std::size_t>(n));
      continue;
    }
    if (U_FAILURE(error)) return ~0u;
    out->resize(static_cast<std::size_t>(n));
    return info.errors;
  }
  return ~0u;
}

}  // namespace

Status IdnaStatus() {
  const SharedIdna& s = Shared();
  if (s.idna == nullptr) {
    return Status::IOError(std::string("ICU uidna_openUTS46: ") + u_errorName(s.error));
  }
  return Status::OK();
}

bool HostToAscii(std::string_view host, std::string* ascii) {
  if (host.empty()) return false;
  return (Convert(uidna_nameToASCII_UTF8, host, ascii) & kFatalErrors) == 0 && !ascii->empty();
}

bool HostToUnicode(std::string_view host, std::string* unicode) {
  if (host.empty()) return false;
  return (Convert(uidna_nameToUnicodeUTF8, host, unicode) & kFatalErrors) == 0;
}

bool LabelToAscii(std::string_view label, std::string* ascii) {
  if (label.empty()) return false;
  return Convert(uidna_labelToASCII_UTF8, label, ascii) == 0;
}

}  // namespace redite::text::internal
