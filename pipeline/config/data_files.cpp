#include "config/data_files.h"

#include <filesystem>
#include <vector>

#ifndef MEDLOC_DATA_DIR
#define MEDLOC_DATA_DIR "/usr/local/share/medloc"
#endif

namespace medloc {

namespace {

namespace fs = std::filesystem;

// The schemas of the medloc that runs: beside a build tree (build/medloc ->
// schemas/) or an installed prefix (bin/medloc -> share/medloc/schemas/).
std::vector<fs::path> executable_schema_folders() {
    std::error_code ec;
    const fs::path executable = fs::read_symlink("/proc/self/exe", ec);
    if (ec)
        return {};
    const fs::path prefix = executable.parent_path().parent_path();
    return {prefix / "share" / "medloc" / "schemas", prefix / "schemas"};
}

} // namespace

Result<std::string> find_schema(const Config& config, std::string_view file_name) {
    std::error_code ec;
    const fs::path project = fs::path(config.get("paths.schemas")) / file_name;
    if (fs::is_regular_file(project, ec))
        return project.string();
    std::vector<fs::path> folders = executable_schema_folders();
    folders.push_back(fs::path(MEDLOC_DATA_DIR) / "schemas");
    std::string searched;
    for (const fs::path& folder : folders) {
        if (fs::is_regular_file(folder / file_name, ec))
            return (folder / file_name).string();
        searched += ", " + folder.string();
    }
    return Error{"schema " + std::string(file_name) + " not found in " +
                 project.parent_path().string() + " (paths.schemas)" + searched};
}

} // namespace medloc
