#include "export/source_revision.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace medloc {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> read_first_line(const fs::path& path) {
    std::ifstream in(path);
    std::string line;
    if (!in || !std::getline(in, line))
        return std::nullopt;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.pop_back();
    return line;
}

bool is_commit_id(const std::string& text) {
    return (text.size() == 40 || text.size() == 64) &&
           text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// The .git directory of the work tree holding `start`: a folder, or a file pointing to
// one (worktrees, submodules).
std::optional<fs::path> find_git_directory(fs::path start) {
    std::error_code ec;
    start = fs::absolute(start, ec);
    for (fs::path at = start; !at.empty(); at = at.parent_path()) {
        const fs::path git = at / ".git";
        if (fs::is_directory(git, ec))
            return git;
        if (fs::is_regular_file(git, ec)) {
            auto line = read_first_line(git);
            if (line && line->starts_with("gitdir: ")) {
                fs::path target = line->substr(8);
                return target.is_absolute() ? target : at / target;
            }
        }
        if (at == at.parent_path())
            break;
    }
    return std::nullopt;
}

std::optional<std::string> resolve_ref(const fs::path& git, const std::string& ref) {
    if (auto loose = read_first_line(git / ref); loose && is_commit_id(*loose))
        return loose;
    std::ifstream packed(git / "packed-refs");
    std::string line;
    while (std::getline(packed, line)) {
        const std::size_t space = line.find(' ');
        if (space != std::string::npos && line.substr(space + 1) == ref &&
            is_commit_id(line.substr(0, space)))
            return line.substr(0, space);
    }
    // A worktree's refs live in the common directory.
    if (auto common = read_first_line(git / "commondir")) {
        const fs::path common_dir =
            fs::path(*common).is_absolute() ? fs::path(*common) : git / *common;
        if (common_dir != git)
            return resolve_ref(common_dir, ref);
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> git_head_commit(const std::string& directory) {
    auto git = find_git_directory(directory);
    if (!git)
        return std::nullopt;
    auto head = read_first_line(*git / "HEAD");
    if (!head)
        return std::nullopt;
    if (is_commit_id(*head))
        return head; // detached
    if (head->starts_with("ref: "))
        return resolve_ref(*git, head->substr(5));
    return std::nullopt;
}

} // namespace medloc
