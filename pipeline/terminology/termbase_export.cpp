#include "terminology/termbase_export.h"

#include "core/markup_escape.h"

#include <algorithm>
#include <sstream>

namespace medloc {

namespace {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string xml(std::string_view text) {
    return escape_markup(text);
}

std::string_view tbx_status(TermStatus status) {
    switch (status) {
    case TermStatus::preferred:
        return "preferredTerm-admn-sts";
    case TermStatus::admitted:
        return "admittedTerm-admn-sts";
    case TermStatus::deprecated:
        return "deprecatedTerm-admn-sts";
    case TermStatus::superseded:
        return "supersededTerm-admn-sts";
    case TermStatus::unspecified:
        break;
    }
    return "";
}

} // namespace

bool GlossarySelection::includes(const LanguageSection& section) const {
    return locales.empty() ||
           std::any_of(locales.begin(), locales.end(), [&](const std::string& locale) {
               return locale_applies(section.locale, locale);
           });
}

GlossarySelection whole_termbase(const Termbase& termbase) {
    GlossarySelection selection;
    for (const Concept& entry : termbase.concepts)
        selection.concepts.push_back(&entry);
    return selection;
}

std::string glossary_csv(const GlossarySelection& selection) {
    std::ostringstream out;
    out << "concept_id,subject_field,locale,term,status,part_of_speech,term_type,definition,"
           "note\r\n";
    for (const Concept* entry : selection.concepts)
        for (const LanguageSection& section : entry->languages) {
            if (!selection.includes(section))
                continue;
            for (const Term& term : section.terms)
                out << csv_field(entry->id) << ',' << csv_field(entry->subject_field) << ','
                    << csv_field(section.locale) << ',' << csv_field(term.text) << ','
                    << to_string(term.status) << ',' << csv_field(term.part_of_speech) << ','
                    << csv_field(term.term_type) << ',' << csv_field(section.definition) << ','
                    << csv_field(term.note) << "\r\n";
        }
    return out.str();
}

std::string glossary_tbx(const GlossarySelection& selection, const std::string& title,
                         const std::string& source_language) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"" << xml(source_language)
        << "\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
        << "  <tbxHeader>\n    <fileDesc>\n      <titleStmt>\n        <title>" << xml(title)
        << "</title>\n      </titleStmt>\n      <sourceDesc>\n        <p>"
        << "Statuses follow TBX-Basic: preferred, admitted, deprecated, superseded."
        << "</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n";
    for (const Concept* entry : selection.concepts) {
        out << "      <conceptEntry id=\"" << xml(entry->id) << "\">\n";
        if (!entry->subject_field.empty())
            out << "        <descrip type=\"subjectField\">" << xml(entry->subject_field)
                << "</descrip>\n";
        for (const std::string& note : entry->notes)
            out << "        <note>" << xml(note) << "</note>\n";
        for (const LanguageSection& section : entry->languages) {
            if (!selection.includes(section) || section.terms.empty())
                continue;
            out << "        <langSec xml:lang=\"" << xml(section.locale) << "\">\n";
            if (!section.definition.empty())
                out << "          <descrip type=\"definition\">" << xml(section.definition)
                    << "</descrip>\n";
            for (const std::string& note : section.notes)
                out << "          <note>" << xml(note) << "</note>\n";
            for (const Term& term : section.terms) {
                out << "          <termSec>\n            <term>" << xml(term.text) << "</term>\n";
                if (!term.part_of_speech.empty())
                    out << "            <termNote type=\"partOfSpeech\">"
                        << xml(term.part_of_speech) << "</termNote>\n";
                if (!term.term_type.empty())
                    out << "            <termNote type=\"termType\">" << xml(term.term_type)
                        << "</termNote>\n";
                if (const std::string_view status = tbx_status(term.status); !status.empty())
                    out << "            <termNote type=\"administrativeStatus\">" << status
                        << "</termNote>\n";
                if (!term.note.empty())
                    out << "            <note>" << xml(term.note) << "</note>\n";
                out << "          </termSec>\n";
            }
            out << "        </langSec>\n";
        }
        out << "      </conceptEntry>\n";
    }
    out << "    </body>\n  </text>\n</tbx>\n";
    return out.str();
}

} // namespace medloc
