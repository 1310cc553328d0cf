#include "config/data_files.h"

#include <filesystem>
#include <vector>

#ifndef MEDLOC_DATA_DIR
#define MEDLOC_DATA_DIR "/usr/local/share/medloc"
#endif

namespace medloc {

namespace {

namespace fs = std::filesystem;

// Beside the medloc that runs: build/medloc -> <kind>/, bin/medloc -> share/medloc/<kind>/.
std::vector<fs::path> candidate_folders(std::string_view kind) {
    std::vector<fs::path> folders;
    std::error_code ec;
    const fs::path executable = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path prefix = executable.parent_path().parent_path();
        folders.push_back(prefix / "share" / "medloc" / kind);
        folders.push_back(prefix / kind);
    }
    folders.push_back(fs::path(MEDLOC_DATA_DIR) / kind);
    return folders;
}

} // namespace

Result<std::string> find_schema(const Config& config, std::string_view file_name) {
    std::error_code ec;
    const fs::path project = fs::path(config.settings().paths.schemas) / file_name;
    if (fs::is_regular_file(project, ec))
        return project.string();
    std::string searched;
    for (const fs::path& folder : candidate_folders("schemas")) {
        if (fs::is_regular_file(folder / file_name, ec))
            return (folder / file_name).string();
        searched += ", " + folder.string();
    }
    return Error{"schema " + std::string(file_name) + " not found in " +
                 project.parent_path().string() + " (paths.schemas)" + searched};
}

std::vector<std::string> installed_data_folders(std::string_view kind) {
    std::vector<std::string> found;
    std::error_code ec;
    for (const fs::path& folder : candidate_folders(kind))
        if (fs::is_directory(folder, ec))
            found.push_back(folder.lexically_normal().string());
    return found;
}

} // namespace medloc
