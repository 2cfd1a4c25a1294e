// Whole-file reads and writes, with errors that name the file.
#ifndef REDITE_FILES_H_
#define REDITE_FILES_H_

#include <string>
#include <string_view>

#include "redite/status.h"

namespace redite {

// The whole content of a file, or of standard input for "-"; a folder or an
// unreadable file is an error naming the path.
Result<std::string> ReadWholeFile(const std::string& path);

// Writes `content` to `path` through a temporary file in the same folder
// renamed over it, so that a reader never sees half a file and a failed
// write leaves the old one. Creates the folder when missing.
Status WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace redite

#endif  // REDITE_FILES_H_
