#pragma once

#include "core/finding.h"
#include "engine/file_checker.h"

#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// The fixes of `findings` applied to `content` (the file they were found in): from the
// end of the file, each fix whose bytes are still what the finding flagged and that
// overlaps no fix already taken; a later round takes the others (see fix_content).
struct AppliedFixes {
    std::string content;
    int applied = 0;
};
AppliedFixes apply_fixes(std::string_view content, const std::vector<Finding>& findings);

struct FixedFile {
    std::string content;    // the fixed text (the original when nothing applied)
    int applied = 0;        // fixes applied over all rounds
    bool converged = false; // a last check found nothing left to fix
    std::vector<std::string> configuration_errors;
};

// `medloc fix` on one file held in memory: checks it, applies the fixes of its findings,
// checks the result again and repeats until no fix is left, at most `max_rounds` times
// (two fixes of one place, such as the space before a colon and the one after it, go in
// successive rounds). Only bytes a fix names change. A file that is not UTF-8 as written
// (a legacy encoding read through a conversion, whose offsets are not the file's) is
// returned unchanged.
FixedFile fix_content(const std::string& path, std::string content, const FileChecker& checker,
                      int max_rounds = 8);

struct FileFix {
    std::string before; // the file as read
    FixedFile fixed;
    std::string error; // why the file could not be read or written; empty when fine
};

// fix_content on a file; with `write`, a changed file is replaced atomically, keeping its
// permissions, unless it changed on disk meanwhile (then `error` says so and the file is
// left alone).
FileFix fix_file(const std::string& path, const FileChecker& checker, bool write);

} // namespace medloc
