#pragma once

#include "loading/source_file.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// TBX administrative status (ISO 30042, TBX-Basic).
enum class TermStatus { preferred, admitted, deprecated, superseded, unspecified };

std::string_view to_string(TermStatus status);
std::optional<TermStatus> parse_term_status(std::string_view tbx_value);

struct Term {
    std::string text;
    std::string locale; // of its language section: "fr", "fr-FR", "en-US"
    TermStatus status = TermStatus::unspecified;
    std::string part_of_speech;
    std::string term_type; // fullForm, acronym, abbreviation...
    std::string note;
    std::size_t source_offset = 0;

    bool is_abbreviation() const {
        return term_type == "acronym" || term_type == "abbreviation" || term_type == "shortForm";
    }
};

struct LanguageSection {
    std::string locale;
    std::string definition;
    std::vector<std::string> notes;
    std::vector<Term> terms;
};

struct Concept {
    std::string id;
    std::string subject_field;
    std::vector<std::string> notes;
    std::vector<LanguageSection> languages;
    std::size_t source_offset = 0;
};

// Whether a language section's locale applies to a text locale: "fr" applies to every
// French locale, "fr-FR" only to fr-FR (case-insensitive, '-' or '_').
bool locale_applies(std::string_view section_locale, std::string_view text_locale);

struct Termbase {
    std::shared_ptr<const SourceFile> source;
    std::string format; // "TBX 2019 (ISO 30042:2019)" or "TBX 2008 (martif)"
    std::vector<Concept> concepts;

    // Terms of a concept that apply to a locale, in file order.
    std::vector<const Term*> terms_for(const Concept& concept_entry, std::string_view locale) const;
    const Concept* find(std::string_view concept_id) const;
};

} // namespace medloc
