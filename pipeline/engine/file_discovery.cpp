#include "engine/file_discovery.h"

#include <algorithm>
#include <filesystem>
#include <unordered_set>

namespace medloc {

namespace fs = std::filesystem;

namespace {

bool is_hidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return name.size() > 1 && name[0] == '.' && name != "..";
}

} // namespace

Result<std::vector<std::string>> discover_files(const std::vector<std::string>& inputs,
                                                const std::vector<std::string_view>& extensions) {
    std::vector<std::string> files;
    for (const std::string& input : inputs) {
        std::error_code ec;
        const fs::file_status status = fs::status(input, ec);
        if (ec || !fs::exists(status))
            return Error{"no such file or directory: " + input};
        if (!fs::is_directory(status)) {
            files.push_back(input);
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(input, fs::directory_options::none, ec), end;
        if (ec)
            return Error{"cannot read directory " + input + ": " + ec.message()};
        for (; it != end; it.increment(ec)) {
            if (ec)
                return Error{"cannot read directory " + input + ": " + ec.message()};
            const fs::path& path = it->path();
            if (is_hidden(path)) {
                if (it->is_directory(ec))
                    it.disable_recursion_pending();
                continue;
            }
            if (it->is_directory(ec))
                continue;
            const std::string name = path.string();
            for (std::string_view extension : extensions)
                if (name.ends_with(extension)) {
                    found.push_back(path.lexically_normal().string());
                    break;
                }
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    // A file named twice (directly and through its directory) is checked once.
    // (A set: a search of the list so far is quadratic, seconds for 100,000 files.)
    std::vector<std::string> unique;
    std::unordered_set<std::string> seen;
    for (std::string& file : files)
        if (seen.insert(file).second)
            unique.push_back(std::move(file));
    return unique;
}

} // namespace medloc
