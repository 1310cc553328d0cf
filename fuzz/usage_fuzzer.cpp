// Usage files (calques and false friends) and the matcher. The input is a usage file, then
// a NUL byte, then a French text, then a NUL byte, then analyses the morphology returns,
// one per line: `word<TAB>analysis` (Hunspell's format, "st:condition po:nom is:pl").
// Properties: reading never throws and an error names the file; every match of a file
// that reads lies inside the text, its reported words inside the replaced range, and its
// suggestions are not empty.

#include "fuzz_support.h"
#include "language/language_profile.h"
#include "language/word_tokenizer.h"
#include "text/text_file_check.h"
#include "text/utf8.h"
#include "usage/usage_matcher.h"
#include "usage/usage_rulebook.h"

#include <map>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace medloc;
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::size_t first = input.find('\0');
    const std::string file = input.substr(0, first);
    const std::size_t second =
        first == std::string::npos ? std::string::npos : input.find('\0', first + 1);
    const std::string text =
        first == std::string::npos ? std::string() : input.substr(first + 1, second - first - 1);
    std::map<std::string, std::vector<std::string>> morphology;
    if (second != std::string::npos) {
        std::istringstream lines(input.substr(second + 1));
        for (std::string line; std::getline(lines, line);)
            if (const auto tab = line.find('\t'); tab != std::string::npos)
                morphology[line.substr(0, tab)].push_back(line.substr(tab + 1));
    }
    // medloc refuses such files and texts before reading them (read_usage_file, loading).
    if (first_text_file_problem(file) || utf8::first_invalid(text))
        return 0;
    UsageRulebook rulebook;
    auto status = read_usage_text(file, "fuzz.fr.usage", "fr", rulebook);
    if (!status) {
        fuzz::require(status.error().message.starts_with("fuzz.fr.usage:"),
                      "a usage file error names the file and line");
        return 0;
    }
    const UsageMatcher matcher(rulebook, "fr", [&](const std::string& word) {
        auto it = morphology.find(word);
        return it == morphology.end() ? std::vector<std::string>{} : it->second;
    });
    static WordTokenizer tokenizer("fr-FR");
    static const LanguageProfile profile = profile_for("fr-FR");
    for (const UsageMatch& match : matcher.match(text, tokenizer.tokenize(text), profile, {})) {
        fuzz::require(match.entry != nullptr, "a match names its entry");
        fuzz::require(match.begin <= match.words_begin && match.words_begin < match.words_end &&
                          match.words_end <= match.end && match.end <= text.size(),
                      "reported words inside the replaced range, inside the text");
        for (const std::string& suggestion : match.suggestions)
            fuzz::require(!suggestion.empty(), "no empty suggestion");
    }
    return 0;
}
