#include "approval/approval_history.h"

#include "approval/approval_digest.h"
#include "core/program_run.h"
#include "loading/article.h"
#include "loading/document_loader.h"

#include <filesystem>
#include <sstream>

namespace medloc {

namespace {

namespace fs = std::filesystem;

Result<std::string> git(const std::string& folder, std::vector<std::string> arguments,
                        const ReadLimits& limits) {
    arguments.insert(arguments.begin(), {"git", "-C", folder});
    auto ran = run_program(arguments, static_cast<std::size_t>(limits.max_bytes) + 65536,
                           std::chrono::seconds(20));
    if (!ran)
        return ran.error();
    if (ran.value().exit_status != 0) {
        const std::string& err = ran.value().err;
        return Error{"git " + arguments[3] + " failed: " + err.substr(0, err.find('\n'))};
    }
    return std::move(ran.value().out);
}

bool is_commit_hash(std::string_view text) {
    if (text.size() < 40 || text.size() > 64)
        return false;
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

} // namespace

Result<std::optional<ApprovedVersion>> find_approved_version(const std::string& path,
                                                             const std::string& approved_digest,
                                                             const HistoryLimits& limits) {
    std::error_code ec;
    const fs::path file = fs::absolute(path, ec);
    const std::string folder = file.parent_path().string();
    const std::string name = file.filename().string();
    // Newest first, the commits that changed the file: "<hash> <YYYY-MM-DD>" per line.
    auto log = git(folder,
                   {"log", "--no-renames", "--format=%H %cs",
                    "--max-count=" + std::to_string(limits.max_commits), "--", name},
                   limits.read);
    if (!log)
        return log.error();
    std::istringstream lines(log.value());
    for (std::string line; std::getline(lines, line);) {
        const std::size_t space = line.find(' ');
        const std::string commit = line.substr(0, space);
        if (!is_commit_hash(commit))
            continue;
        // "./name" is the path relative to the folder git runs in (-C).
        auto blob = git(folder, {"cat-file", "blob", commit + ":./" + name}, limits.read);
        if (!blob)
            continue; // not in that commit (deleted there)
        LoadedDocument loaded =
            load_xml_text(path + "@" + commit.substr(0, 12), std::move(blob).value(),
                          {nullptr, false, limits.read, "articles"});
        if (!loaded.ok())
            continue;
        const Article article = build_article(loaded.source, *loaded.tree);
        if (digest_content(article).digest != approved_digest)
            continue;
        ApprovedVersion version;
        version.commit = commit;
        version.date = space == std::string::npos ? std::string() : line.substr(space + 1);
        version.content = loaded.source->content;
        return std::optional<ApprovedVersion>(std::move(version));
    }
    return std::optional<ApprovedVersion>();
}

} // namespace medloc
