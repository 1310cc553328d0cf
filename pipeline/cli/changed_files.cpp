#include "cli/changed_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace medloc {

namespace fs = std::filesystem;

namespace {

// Runs a program (looked up in PATH) with `arguments`; its standard output, or an error
// with its standard error's first line when it fails.
Result<std::string> run_program(const std::vector<std::string>& arguments) {
    int out[2];
    int err[2];
    if (::pipe(out) != 0 || ::pipe(err) != 0)
        return Error{std::string("cannot run ") + arguments[0] + ": " + std::strerror(errno)};
    const pid_t child = ::fork();
    if (child < 0)
        return Error{std::string("cannot run ") + arguments[0] + ": " + std::strerror(errno)};
    if (child == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
        ::close(out[0]);
        ::close(err[0]);
        std::vector<char*> argv;
        for (const std::string& argument : arguments)
            argv.push_back(const_cast<char*>(argument.c_str()));
        argv.push_back(nullptr);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    ::close(err[1]);
    // Read both pipes until they close; git's error output is short.
    std::string stdout_text;
    std::string stderr_text;
    char buffer[4096];
    for (int fd : {out[0], err[0]}) {
        ssize_t n = 0;
        while ((n = ::read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
            if (n > 0)
                (fd == out[0] ? stdout_text : stderr_text)
                    .append(buffer, static_cast<std::size_t>(n));
        ::close(fd);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
            return Error{arguments[0] + " not found"};
        return Error{arguments[0] + " failed: " + stderr_text.substr(0, stderr_text.find('\n'))};
    }
    return stdout_text;
}

std::string absolute_path(const fs::path& path) {
    std::error_code ec;
    return fs::weakly_canonical(fs::absolute(path, ec), ec).lexically_normal().string();
}

bool is_under(const std::string& path, const std::string& folder) {
    return path == folder || path.starts_with(folder + "/");
}

} // namespace

Result<std::vector<std::string>> files_changed_since(const Config& config, const std::string& ref,
                                                     const std::vector<std::string>& files) {
    const std::string root = config.root.empty() ? std::string(".") : config.root.string();
    auto top = run_program({"git", "-C", root, "rev-parse", "--show-toplevel"});
    if (!top)
        return Error{"--changed-since needs the project in a git work tree: " +
                     top.error().message};
    std::string toplevel = top.value();
    toplevel.erase(toplevel.find_last_not_of("\r\n") + 1);
    // Tracked changes since REF (work tree included), then new files git does not track.
    auto tracked = run_program({"git", "-C", toplevel, "diff", "--name-only", "--no-renames",
                                "--end-of-options", ref, "--"});
    if (!tracked)
        return Error{"--changed-since " + ref + ": " + tracked.error().message};
    auto untracked =
        run_program({"git", "-C", toplevel, "ls-files", "--others", "--exclude-standard"});
    if (!untracked)
        return Error{"--changed-since " + ref + ": " + untracked.error().message};
    std::set<std::string> changed;
    std::istringstream lines(tracked.value() + untracked.value());
    for (std::string line; std::getline(lines, line);)
        if (!line.empty())
            changed.insert(absolute_path(fs::path(toplevel) / line));

    // Inputs of every file's check.
    std::vector<std::string> shared = {absolute_path(config.settings().paths.terminology),
                                       absolute_path(config.settings().paths.schemas)};
    if (!config.settings().paths.termbase.empty())
        shared.push_back(absolute_path(config.settings().paths.termbase));
    if (!config.config_file.empty())
        shared.push_back(absolute_path(config.config_file));
    for (const std::string& path : changed)
        for (const std::string& input : shared)
            if (is_under(path, input))
                return files;

    // A changed article also selects its translations: translations/<locale>/<id>.xlf.
    std::set<std::string> changed_articles;
    for (const std::string& path : changed)
        if (fs::path(path).extension() == ".xml")
            changed_articles.insert(fs::path(path).stem().string());
    const std::string translations = absolute_path(config.settings().paths.translations);
    std::vector<std::string> selected;
    for (const std::string& file : files) {
        const std::string path = absolute_path(file);
        const bool translation_of_changed =
            is_under(path, translations) &&
            changed_articles.contains(fs::path(path).stem().string());
        if (changed.contains(path) || translation_of_changed)
            selected.push_back(file);
    }
    return selected;
}

} // namespace medloc
