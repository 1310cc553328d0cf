#include "spelling/dictionary_locator.h"

#include "language/language_profile.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <sstream>
#include <vector>

namespace medloc {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> split_path(std::string_view search_path) {
    std::vector<std::string> directories;
    std::string item;
    std::istringstream in{std::string(search_path)};
    while (std::getline(in, item, ':'))
        if (!item.empty())
            directories.push_back(item);
    return directories;
}

std::string region_of(std::string_view locale) {
    const auto dash = locale.find_first_of("-_");
    if (dash == std::string_view::npos)
        return {};
    std::string region(locale.substr(dash + 1));
    for (char& c : region)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return region;
}

std::optional<DictionaryFiles> pair_in(const fs::path& directory, const std::string& stem) {
    std::error_code ec;
    const fs::path aff = directory / (stem + ".aff");
    const fs::path dic = directory / (stem + ".dic");
    if (fs::is_regular_file(aff, ec) && fs::is_regular_file(dic, ec))
        return DictionaryFiles{aff.string(), dic.string()};
    return std::nullopt;
}

} // namespace

std::string dictionary_package(std::string_view locale) {
    const std::string language = language_of(locale);
    std::string region = region_of(locale);
    for (char& c : region)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (language == "en")
        return region == "gb" || region == "au" || region == "ca" || region == "za"
                   ? "hunspell-en-" + region
                   : "hunspell-en-us";
    if (language == "de")
        return "hunspell-de-" + (region.empty() ? std::string("de") : region);
    return "hunspell-" + language;
}

Result<DictionaryFiles> locate_dictionary(std::string_view locale, std::string_view search_path) {
    const std::string language = language_of(locale);
    const std::string region = region_of(locale);
    const std::vector<std::string> directories = split_path(search_path);
    std::vector<std::string> stems;
    if (!region.empty())
        stems.push_back(language + "_" + region);
    stems.push_back(language);
    for (const std::string& stem : stems)
        for (const std::string& directory : directories)
            if (auto found = pair_in(directory, stem))
                return *found;
    // Any region of the language, in sorted order for a stable choice.
    for (const std::string& directory : directories) {
        std::vector<std::string> candidates;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(directory, ec)) {
            const std::string name = entry.path().stem().string();
            if (entry.path().extension() == ".dic" && name.starts_with(language + "_"))
                candidates.push_back(name);
        }
        std::sort(candidates.begin(), candidates.end());
        for (const std::string& stem : candidates)
            if (auto found = pair_in(directory, stem))
                return *found;
    }
    return Error{
        "no Hunspell dictionary for " + std::string(locale) + " in " + std::string(search_path) +
        " (spelling.dictionary-path); install the Debian package " + dictionary_package(locale)};
}

} // namespace medloc
