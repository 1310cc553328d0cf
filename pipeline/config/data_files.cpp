#include "config/data_files.h"

#include <filesystem>

#ifndef MEDLOC_DATA_DIR
#define MEDLOC_DATA_DIR "/usr/local/share/medloc"
#endif

namespace medloc {

Result<std::string> find_schema(const Config& config, std::string_view file_name) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path project = fs::path(config.get("paths.schemas")) / file_name;
    if (fs::is_regular_file(project, ec))
        return project.string();
    const fs::path installed = fs::path(MEDLOC_DATA_DIR) / "schemas" / file_name;
    if (fs::is_regular_file(installed, ec))
        return installed.string();
    return Error{"schema " + std::string(file_name) + " not found in " +
                 project.parent_path().string() + " (paths.schemas) nor in " +
                 installed.parent_path().string()};
}

} // namespace medloc
