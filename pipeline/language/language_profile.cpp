#include "language/language_profile.h"

#include "language/normalization.h"

#include <cctype>

namespace medloc {

std::string language_of(std::string_view locale) {
    std::string language(locale.substr(0, locale.find_first_of("-_")));
    for (char& c : language)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return language;
}

LanguageProfile profile_for(std::string_view locale) {
    LanguageProfile profile;
    profile.language = language_of(locale);
    if (profile.language == "fr") {
        profile.french_spacing = true;
        profile.decimal_separator = ',';
        profile.elision_prefixes = {"l",      "d",      "j",      "m",     "n",     "s",
                                    "t",      "c",      "ç",      "qu",    "jusqu", "lorsqu",
                                    "puisqu", "quoiqu", "presqu", "quelqu"};
        profile.repeatable_words = {"nous", "vous"};
    } else if (profile.language == "en") {
        profile.repeatable_words = {"had", "that"};
    }
    return profile;
}

std::size_t elision_length(std::string_view word, const LanguageProfile& profile) {
    if (profile.elision_prefixes.empty())
        return 0;
    // ‘ typed for ’ (l‘enfant) is a typography finding; the word after it is still checked.
    for (const std::string_view apostrophe :
         {std::string_view("\u2019"), std::string_view("'"), std::string_view("\u2018")}) {
        const std::size_t at = word.find(apostrophe);
        if (at == std::string_view::npos || at == 0 || at > 8)
            continue;
        const std::string prefix = fold_case(word.substr(0, at));
        for (const std::string& candidate : profile.elision_prefixes)
            if (prefix == candidate)
                return at + apostrophe.size();
    }
    return 0;
}

} // namespace medloc
