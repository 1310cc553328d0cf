#include "project/changed_files.h"

#include "core/program_run.h"

#include <filesystem>
#include <set>

namespace medloc {

namespace fs = std::filesystem;

namespace {

// Runs git with `arguments`; its standard output, or an error with the first line of its
// standard error when it fails.
Result<std::string> run_git(const std::vector<std::string>& arguments) {
    std::vector<std::string> command = {"git"};
    command.insert(command.end(), arguments.begin(), arguments.end());
    auto ran = run_program(command);
    if (!ran)
        return ran.error();
    if (ran.value().exit_status != 0) {
        const std::string& err = ran.value().err;
        return Error{"git failed: " + err.substr(0, err.find('\n'))};
    }
    return std::move(ran.value().out);
}

// The NUL-separated names of `git … -z`: quoted by nothing, whatever their bytes.
std::vector<std::string> split_at_nul(const std::string& text) {
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\0', start);
        if (end == std::string::npos)
            end = text.size();
        if (end > start)
            names.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return names;
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
    auto top = run_git({"-C", root, "rev-parse", "--show-toplevel"});
    if (!top)
        return Error{"--changed-since needs the project in a git work tree: " +
                     top.error().message};
    std::string toplevel = top.value();
    toplevel.erase(toplevel.find_last_not_of("\r\n") + 1);
    // REF must name a commit: "--", a range, a path or an option are refused here rather than
    // read by `git diff` as something else (all changes, or none).
    if (ref.empty() || !run_git({"-C", toplevel, "rev-parse", "--verify", "--quiet",
                                 "--end-of-options", ref + "^{commit}"}))
        return Error{"--changed-since '" + ref +
                     "' is not a git revision (a commit, branch or tag)"};
    // Tracked changes since REF (work tree included), then new files git does not track; -z:
    // names as they are, not quoted (git quotes names that are not ASCII).
    auto tracked = run_git({"-C", toplevel, "diff", "--name-only", "-z", "--no-renames",
                            "--end-of-options", ref, "--"});
    if (!tracked)
        return Error{"--changed-since " + ref + ": " + tracked.error().message};
    auto untracked = run_git({"-C", toplevel, "ls-files", "-z", "--others", "--exclude-standard"});
    if (!untracked)
        return Error{"--changed-since " + ref + ": " + untracked.error().message};
    std::set<std::string> changed;
    for (const std::string* listing : {&tracked.value(), &untracked.value()})
        for (const std::string& name : split_at_nul(*listing))
            changed.insert(absolute_path(fs::path(toplevel) / name));

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
