#include "spelling/word_list.h"

#include "text/text_file_check.h"
#include "text/utf8.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace medloc {

namespace fs = std::filesystem;

std::vector<std::string> WordLists::words_for(const std::string& language) const {
    std::vector<std::string> words;
    for (const std::string& key : {std::string(), language}) {
        auto it = by_language.find(key);
        if (it != by_language.end())
            words.insert(words.end(), it->second.begin(), it->second.end());
    }
    return words;
}

Result<std::vector<std::string>> read_word_list(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{"cannot read word list " + path};
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string content = buffer.str();
    if (content.starts_with(utf8::kByteOrderMark))
        content.erase(0, utf8::kByteOrderMark.size());
    if (auto problem = first_text_file_problem(content))
        return Error{path + ":" + std::to_string(problem->line) +
                     ": word list: " + problem->reason};
    std::vector<std::string> words;
    std::istringstream lines(content);
    std::string line;
    int number = 0;
    while (std::getline(lines, line)) {
        ++number;
        if (const auto hash = line.find('#'); hash != std::string::npos)
            line.erase(hash);
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos)
            continue;
        const auto last = line.find_last_not_of(" \t\r");
        const std::string word = line.substr(first, last - first + 1);
        if (word.find_first_of(" \t") != std::string::npos)
            return Error{path + ":" + std::to_string(number) + ": one word per line, not '" + word +
                         "'"};
        words.push_back(word);
    }
    return words;
}

Result<WordLists> load_word_lists(const std::string& directory) {
    return load_word_lists(std::vector<std::string>{directory});
}

Result<WordLists> load_word_lists(const std::vector<std::string>& directories) {
    // File name -> path: a later folder's file replaces an earlier one of the same name.
    std::map<std::string, fs::path> chosen;
    std::error_code ec;
    for (const std::string& directory : directories) {
        if (!fs::is_directory(directory, ec))
            continue;
        for (const auto& entry : fs::directory_iterator(directory, ec))
            if (entry.is_regular_file(ec) && entry.path().extension() == ".txt")
                chosen[entry.path().filename().string()] = entry.path();
    }
    WordLists lists;
    for (const auto& [name, file] : chosen) {
        auto words = read_word_list(file.string());
        if (!words)
            return words.error();
        // "medical.fr.txt" -> "fr"; "project.txt" -> "" (every language).
        const fs::path stem = file.stem();
        const std::string language =
            stem.has_extension() ? stem.extension().string().substr(1) : "";
        auto& target = lists.by_language[language];
        target.insert(target.end(), words.value().begin(), words.value().end());
        lists.files.push_back(file.string());
    }
    return lists;
}

} // namespace medloc
