#include "terminology/termbase_text.h"

#include "core/string_output.h"
#include "language/normalization.h"
#include "text/printable.h"

#include <cstdio>
#include <map>
#include <ostream>

namespace medloc {

namespace {

void write_concept(const Concept& entry, std::ostream& out) {
    out << printable(entry.id);
    if (!entry.subject_field.empty())
        out << " (" << printable(entry.subject_field) << ")";
    out << '\n';
    for (const std::string& note : entry.notes)
        out << "  note: " << printable(note) << '\n';
    for (const LanguageSection& section : entry.languages) {
        out << "  " << printable(section.locale) << '\n';
        if (!section.definition.empty())
            out << "    definition: " << printable(section.definition) << '\n';
        for (const Term& term : section.terms) {
            out << "    " << printable(term.text) << " [" << to_string(term.status);
            if (!term.part_of_speech.empty())
                out << ", " << printable(term.part_of_speech);
            if (!term.term_type.empty())
                out << ", " << printable(term.term_type);
            out << "]";
            if (!term.note.empty())
                out << " - " << printable(term.note);
            out << '\n';
        }
    }
}

void write_stats(const Termbase& termbase, std::ostream& out) {
    std::map<std::string, std::map<TermStatus, int>> by_locale;
    std::map<std::string, int> terms;
    for (const Concept& entry : termbase.concepts)
        for (const LanguageSection& section : entry.languages)
            for (const Term& term : section.terms) {
                ++by_locale[section.locale][term.status];
                ++terms[section.locale];
            }
    out << "termbase: " << termbase.source->path << " (" << termbase.format << ")\n";
    out << "concepts: " << termbase.concepts.size() << '\n';
    out << "locale   terms  preferred  admitted  deprecated  superseded  unspecified\n";
    for (const auto& [locale, counted] : by_locale) {
        const auto& statuses = counted; // a lambda cannot capture a structured binding in clang 14
        const auto count = [&](TermStatus status) {
            auto it = statuses.find(status);
            return it == statuses.end() ? 0 : it->second;
        };
        char line[160];
        std::snprintf(line, sizeof line, "%-8s %5d  %9d  %8d  %10d  %10d  %11d\n", locale.c_str(),
                      terms[locale], count(TermStatus::preferred), count(TermStatus::admitted),
                      count(TermStatus::deprecated), count(TermStatus::superseded),
                      count(TermStatus::unspecified));
        out << line;
    }
}

} // namespace

std::string describe_concept(const Concept& entry) {
    return render_to_string([&](std::ostream& out) { write_concept(entry, out); });
}

std::string termbase_stats(const Termbase& termbase) {
    return render_to_string([&](std::ostream& out) { write_stats(termbase, out); });
}

std::vector<const Concept*> look_up_concepts(const Termbase& termbase, std::string_view wanted) {
    const std::string folded = fold_case(to_nfc(wanted));
    std::vector<const Concept*> found;
    for (const Concept& entry : termbase.concepts) {
        bool matches = entry.id == wanted;
        for (const LanguageSection& section : entry.languages)
            for (const Term& term : section.terms)
                matches = matches || fold_case(to_nfc(term.text)) == folded;
        if (matches)
            found.push_back(&entry);
    }
    return found;
}

} // namespace medloc
