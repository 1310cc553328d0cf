#pragma once

#include "core/result.h"
#include "usage/usage_pattern.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// What kind of borrowing from English an entry describes: a French word used in its
// English sense (condition for a disease), or an English expression or construction
// copied word for word (sur une base régulière).
enum class UsageKind { false_friend, calque };

std::string_view to_string(UsageKind kind);

// One entry of a usage file (docs/formats/usage.md): where the borrowing is, what to
// write instead, why, and the reference that says so.
struct UsageEntry {
    std::string id;
    std::string language; // from the file name: calques.fr.usage -> fr
    UsageKind kind = UsageKind::false_friend;
    std::string english;                    // the English word or expression it copies
    std::vector<PatternSequence> sequences; // every pattern, expanded
    std::vector<PatternSequence> unless;    // contexts where the words are correct French
    std::vector<std::string> suggestions;   // replacements of the reported words, base form
    bool agree = true;       // suggestions agree with the reported words; `agree = no` for idioms
    std::string explanation; // one line, in the entry's language
    std::string source;
    std::vector<std::string> examples;    // sentences the entry must report
    std::vector<std::string> near_misses; // the same words in their correct sense
    std::string file;
    int line = 0; // of the [entry ...] header
};

// Every entry of the usage files of a project, in order.
struct UsageRulebook {
    std::vector<UsageEntry> entries;
    PatternSets sets;               // [set NAME] sections read so far, by name
    std::vector<std::string> files; // in the order read
};

// The largest usage file read: a bigger one is an error, not a slow run.
inline constexpr std::size_t kMaxUsageFileBytes = 8 * 1024 * 1024;
// The most pattern sequences of all entries together, after expansion.
inline constexpr std::size_t kMaxUsageSequences = 200000;

// Reads the text of a usage file of `language` into `rulebook`; errors name `path` and
// the line. The text must have passed first_text_file_problem (read_usage_file does it).
Status read_usage_text(std::string_view content, const std::string& path,
                       const std::string& language, UsageRulebook& rulebook);

// Reads one usage file (`NAME.LANG.usage`) into `rulebook`. Errors name the file and line.
// An entry whose id is already in `rulebook` replaces it (a project's file after medloc's);
// an entry holding only `off = yes` removes it.
Status read_usage_file(const std::string& path, UsageRulebook& rulebook);

// The `*.usage` files of several folders: medloc's, then the project's. A file of a later
// folder replaces the file of the same name from an earlier one; folders that do not exist
// are skipped.
Result<UsageRulebook> load_usage_files(const std::vector<std::string>& directories);

} // namespace medloc
