#include "terminology/termbase.h"

#include <cctype>

namespace medloc {

std::string_view to_string(TermStatus status) {
    switch (status) {
    case TermStatus::preferred:
        return "preferred";
    case TermStatus::admitted:
        return "admitted";
    case TermStatus::deprecated:
        return "deprecated";
    case TermStatus::superseded:
        return "superseded";
    case TermStatus::unspecified:
        return "unspecified";
    }
    return "unspecified";
}

std::optional<TermStatus> parse_term_status(std::string_view value) {
    if (value == "preferredTerm-admn-sts")
        return TermStatus::preferred;
    if (value == "admittedTerm-admn-sts")
        return TermStatus::admitted;
    if (value == "deprecatedTerm-admn-sts")
        return TermStatus::deprecated;
    if (value == "supersededTerm-admn-sts")
        return TermStatus::superseded;
    return std::nullopt;
}

bool locale_applies(std::string_view section, std::string_view text) {
    const auto normalised = [](std::string_view locale) {
        std::string out;
        for (char c : locale)
            out.push_back(
                c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        return out;
    };
    const std::string a = normalised(section);
    const std::string b = normalised(text);
    return a == b || (a.find('-') == std::string::npos && b.starts_with(a + "-"));
}

std::vector<const Term*> Termbase::terms_for(const Concept& concept_entry,
                                             std::string_view locale) const {
    std::vector<const Term*> terms;
    for (const LanguageSection& section : concept_entry.languages)
        if (locale_applies(section.locale, locale))
            for (const Term& term : section.terms)
                terms.push_back(&term);
    return terms;
}

const Concept* Termbase::find(std::string_view concept_id) const {
    for (const Concept& entry : concepts)
        if (entry.id == concept_id)
            return &entry;
    return nullptr;
}

} // namespace medloc
