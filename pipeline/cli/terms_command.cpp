#include "cli/command.h"
#include "cli/project_options.h"
#include "core/atomic_file.h"
#include "core/string_output.h"
#include "language/normalization.h"
#include "output/formatter.h"
#include "project/project_setup.h"
#include "terminology/termbase_export.h"
#include "text/printable.h"

#include <map>
#include <sstream>

namespace medloc {

namespace po = boost::program_options;

namespace {

void print_concept(const Concept& entry, std::ostream& out) {
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

int print_stats(const Termbase& termbase, std::ostream& out) {
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
    return kExitClean;
}

} // namespace

int run_terms_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description options = project_options();
    auto parsed = parse_command_line(arguments, options, "words", terminal, "terms");
    if (!parsed)
        return kExitUsage;
    std::vector<std::string> words;
    if (parsed->count("words"))
        words = (*parsed)["words"].as<std::vector<std::string>>();
    if (parsed->count("help") || words.empty())
        return print_usage(
            terminal, parsed->count("help") > 0,
            "Usage: medloc terms lookup WORD...  show the concepts with that term, in every "
            "language\n"
            "       medloc terms export [--format csv] [--output FILE]  a glossary for "
            "translators\n"
            "       medloc terms stats             concepts and terms per language and status\n\n"
            "The termbase is paths.termbase of medloc.ini, or --termbase FILE (TBX 2008 or 2019).",
            options);
    auto config = load_project_config(*parsed);
    if (!config) {
        terminal.err << "medloc: " << config.error().message << '\n';
        return kExitUsage;
    }
    auto loaded = load_project_termbase(config.value());
    if (!loaded) {
        terminal.err << "medloc: " << loaded.error().message << '\n';
        return kExitUsage;
    }
    if (loaded.value().path.empty()) {
        terminal.err
            << "medloc: no termbase: set paths.termbase in medloc.ini or give --termbase\n";
        return kExitUsage;
    }
    // Problems of the termbase are reported, like any finding, on stderr.
    auto text = make_formatter("text", {});
    for (const Finding& finding : loaded.value().findings) {
        std::vector<Finding> one = {finding};
        std::ostringstream line;
        text.value()->write(Report{one, 1}, line);
        terminal.err << line.str().substr(0, line.str().find('\n') + 1);
    }
    if (!loaded.value().termbase) {
        terminal.err << "medloc: the termbase cannot be read\n";
        return kExitUsage;
    }
    const Termbase& termbase = *loaded.value().termbase;
    const std::string& action = words.front();
    if (action == "stats")
        return print_stats(termbase, terminal.out);
    if (action == "export") {
        const std::string format =
            config.value().setting("output.format").origin == SettingOrigin::command_line
                ? config.value().settings().output.format
                : "csv";
        if (format != "csv") {
            terminal.err << "medloc terms export: unknown format '" << format << "' (csv)\n";
            return kExitUsage;
        }
        const std::string csv = glossary_csv(whole_termbase(termbase));
        const std::string& file = config.value().settings().output.file;
        if (file.empty()) {
            terminal.out << csv;
        } else if (Status written = write_file_atomically(file, csv); !written) {
            terminal.err << "medloc: " << written.error().message << '\n';
            return kExitUsage;
        }
        return kExitClean;
    }
    if (action == "lookup") {
        if (words.size() < 2) {
            terminal.err << "medloc terms lookup: give a word or term to look up\n";
            return kExitUsage;
        }
        std::string wanted;
        for (std::size_t i = 1; i < words.size(); ++i)
            wanted += (i > 1 ? " " : "") + words[i];
        const std::string folded = fold_case(to_nfc(wanted));
        int shown = 0;
        for (const Concept& entry : termbase.concepts) {
            bool found = entry.id == wanted;
            for (const LanguageSection& section : entry.languages)
                for (const Term& term : section.terms)
                    found = found || fold_case(to_nfc(term.text)) == folded;
            if (found) {
                print_concept(entry, terminal.out);
                ++shown;
            }
        }
        if (shown == 0) {
            terminal.err << "medloc terms lookup: no term '" << wanted << "' in "
                         << loaded.value().path << '\n';
            return kExitErrorFindings;
        }
        return kExitClean;
    }
    terminal.err << "medloc terms: unknown action '" << action << "' (lookup, export, stats)\n";
    return kExitUsage;
}

} // namespace medloc
