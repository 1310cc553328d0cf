#pragma once

#include "terminology/termbase.h"

#include <string>
#include <vector>

namespace medloc {

// What a glossary holds: some concepts of a termbase, and of each only the language
// sections that apply to one of `locales` (all of them when `locales` is empty).
struct GlossarySelection {
    std::vector<const Concept*> concepts;
    std::vector<std::string> locales;

    bool includes(const LanguageSection& section) const;
};

GlossarySelection whole_termbase(const Termbase& termbase);

// A CSV glossary for translators (RFC 4180, CRLF): one row per term, with its concept,
// locale, status, part of speech, type, definition and note.
std::string glossary_csv(const GlossarySelection& selection);

// The same concepts as a TBX-Basic file in the 2019 form (what load_termbase reads and
// schemas/tbx-basic.xsd validates): concept ids, subject fields, definitions, notes,
// terms with their part of speech, type and administrative status.
std::string glossary_tbx(const GlossarySelection& selection, const std::string& title,
                         const std::string& source_language);

} // namespace medloc
