#include "export/bundle.h"

#include <cctype>

namespace medloc {

Status BundleReadBudget::add(const std::string& path) {
    if (paths_.size() >= kMaxBundleEntries)
        return Error{"more than " + std::to_string(kMaxBundleEntries) + " files"};
    // Names that differ only in case are one file where apps unpack on a case-insensitive
    // file system: the same refusal as a name given twice.
    std::string folded = path;
    for (char& c : folded)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!paths_.insert(folded).second)
        return Error{"'" + path +
                     "' is there twice (or twice up to case): which copy an app unpacks "
                     "depends on its extractor"};
    return ok_status();
}

Status BundleReadBudget::add_bytes(const std::string& path, std::uint64_t bytes) {
    if (bytes > kMaxBundleEntryBytes)
        return Error{"'" + path + "' is larger than " + std::to_string(kMaxBundleEntryBytes >> 20) +
                     " MiB"};
    bytes_ += bytes;
    if (bytes_ > kMaxBundleBytes)
        return Error{"the files are larger than " + std::to_string(kMaxBundleBytes >> 20) +
                     " MiB together"};
    return ok_status();
}

} // namespace medloc
