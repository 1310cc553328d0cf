// The bundle verifier on what an app might be handed: any archive (tar, tar.gz, zip) and
// any manifest.json.
// Properties: reading and verifying never crash; what the archive reader returns has
// safe, distinct paths (an archive that names a file twice is refused), within the
// bundle limits.

#include "export/bundle_archive.h"
#include "export/bundle_directory.h"
#include "export/bundle_verifier.h"
#include "fuzz_support.h"

#include <set>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace medloc;
    fuzz::MemoryFile file(data, size);
    auto read = read_archive(file.path());
    if (read) {
        std::set<std::string> paths;
        for (const BundleFile& entry : read.value()) {
            fuzz::require(is_safe_bundle_path(entry.path), "archive entries have safe paths");
            fuzz::require(paths.insert(entry.path).second, "archive entries are distinct");
            fuzz::require(entry.content.size() <= kMaxBundleEntryBytes, "entries within limits");
        }
        (void)verify_bundle(read.value());
    }
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)verify_bundle({{"manifest.json", text}});
    (void)verify_bundle({{"en-US/index.json", text}, {"manifest.json", text}});
    return 0;
}
