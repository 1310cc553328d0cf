#pragma once

#include "core/result.h"

#include <map>
#include <string>
#include <vector>

namespace medloc {

// The project's accepted words, by language ("" for every language). Read from
// `<dir>/*.txt`: `name.fr.txt` holds French words, `name.txt` words of any language.
// One word per line; `#` starts a comment; blank lines are ignored.
struct WordLists {
    std::map<std::string, std::vector<std::string>> by_language;
    std::vector<std::string> files; // in the order read, for the cache key and messages

    std::vector<std::string> words_for(const std::string& language) const;
};

// A line holding more than one word, or a file that is not UTF-8, is an error naming the
// file and line: a broken word list must not silently accept or reject words.
Result<std::vector<std::string>> read_word_list(const std::string& path);

Result<WordLists> load_word_lists(const std::string& directory);

// The lists of several folders, in order; a list of a later folder replaces the list of
// the same file name from an earlier one (the project's medical.fr.txt replaces the one
// installed with medloc). Folders that do not exist are skipped.
Result<WordLists> load_word_lists(const std::vector<std::string>& directories);

} // namespace medloc
