#include "engine/fixer.h"

#include "core/atomic_file.h"
#include "loading/encoding_check.h"
#include "loading/source_file.h"

#include <algorithm>
#include <filesystem>
#include <sys/stat.h>

namespace medloc {

namespace {

struct Edit {
    std::size_t offset;
    std::size_t length;
    const std::string* replacement;
};

bool overlaps(const Edit& a, const Edit& b) {
    // Two insertions at one offset overlap too: their order would be a guess.
    if (a.offset == b.offset)
        return true;
    const Edit& first = a.offset < b.offset ? a : b;
    const Edit& second = a.offset < b.offset ? b : a;
    return first.offset + first.length > second.offset;
}

} // namespace

AppliedFixes apply_fixes(std::string_view content, const std::vector<Finding>& findings) {
    std::vector<Edit> edits;
    for (const Finding& finding : findings) {
        if (!finding.fix)
            continue;
        const Fix& fix = *finding.fix;
        if (fix.offset > content.size() || fix.length > content.size() - fix.offset)
            continue;
        const std::string_view current = content.substr(fix.offset, fix.length);
        // A fix that no longer finds its text, or would change nothing, is not applied.
        if (current != finding.flagged_text || current == fix.replacement)
            continue;
        edits.push_back({fix.offset, fix.length, &fix.replacement});
    }
    // From the end: a taken edit never moves the offsets of the ones before it.
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
        return a.offset != b.offset ? a.offset > b.offset : a.length > b.length;
    });
    std::vector<Edit> taken;
    for (const Edit& edit : edits)
        if (std::none_of(taken.begin(), taken.end(),
                         [&](const Edit& other) { return overlaps(edit, other); }))
            taken.push_back(edit);
    AppliedFixes result{std::string(content), static_cast<int>(taken.size())};
    for (const Edit& edit : taken)
        result.content.replace(edit.offset, edit.length, *edit.replacement);
    return result;
}

FixedFile fix_content(const std::string& path, std::string content, const FileChecker& checker,
                      int max_rounds) {
    FixedFile fixed;
    fixed.content = std::move(content);
    if (find_encoding_problem(fixed.content))
        return fixed;
    for (int round = 0; round <= max_rounds; ++round) {
        FileResult check = checker.check_content(path, fixed.content);
        if (!check.configuration_errors.empty()) {
            fixed.configuration_errors = std::move(check.configuration_errors);
            return fixed;
        }
        std::vector<Finding> own;
        for (Finding finding : check.findings)
            if (finding.file == path && finding.fix)
                own.push_back(std::move(finding));
        AppliedFixes applied = apply_fixes(fixed.content, own);
        if (applied.applied == 0) {
            fixed.converged = true;
            return fixed;
        }
        if (round == max_rounds)
            return fixed; // the fixes of this round are left for a person to look at
        fixed.content = std::move(applied.content);
        fixed.applied += applied.applied;
    }
    return fixed;
}

FileFix fix_file(const std::string& path, const FileChecker& checker, bool write) {
    FileFix result;
    auto read = read_source_file(path, checker.options().limits);
    if (!read) {
        result.error = read.error().message;
        return result;
    }
    result.before = read.value()->content;
    result.fixed = fix_content(path, result.before, checker);
    if (!write || result.fixed.content == result.before ||
        !result.fixed.configuration_errors.empty())
        return result;
    struct stat status {};
    const unsigned permissions =
        ::stat(path.c_str(), &status) == 0 ? (status.st_mode & 07777) : 0644;
    auto again = read_source_file(path, checker.options().limits);
    if (!again || again.value()->content != result.before) {
        result.error = "changed while it was being fixed; left as it is";
        return result;
    }
    // A symbolic link keeps pointing at the file it names, now fixed.
    std::error_code ec;
    const std::filesystem::path target = std::filesystem::is_symlink(path, ec)
                                             ? std::filesystem::canonical(path, ec)
                                             : std::filesystem::path(path);
    if (ec) {
        result.error = "cannot resolve the link: " + ec.message();
        return result;
    }
    if (Status written = write_file_atomically(target.string(), result.fixed.content, permissions);
        !written)
        result.error = written.error().message;
    return result;
}

} // namespace medloc
