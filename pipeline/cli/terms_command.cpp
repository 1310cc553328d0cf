#include "cli/command.h"
#include "cli/project_options.h"
#include "core/atomic_file.h"
#include "project/project_setup.h"
#include "project/report_output.h"
#include "terminology/termbase_export.h"
#include "terminology/termbase_text.h"

namespace medloc {

namespace po = boost::program_options;

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
    if (!config)
        return fail(terminal, "medloc", config.error());
    auto loaded = load_project_termbase(config.value());
    if (!loaded)
        return fail(terminal, "medloc", loaded.error());
    if (loaded.value().path.empty()) {
        terminal.err
            << "medloc: no termbase: set paths.termbase in medloc.ini or give --termbase\n";
        return kExitUsage;
    }
    // Problems of the termbase are reported, like any finding, on stderr.
    terminal.err << finding_lines(loaded.value().findings);
    if (!loaded.value().termbase) {
        terminal.err << "medloc: the termbase cannot be read\n";
        return kExitUsage;
    }
    const Termbase& termbase = *loaded.value().termbase;
    const std::string& action = words.front();
    if (action == "stats") {
        terminal.out << termbase_stats(termbase);
        return kExitClean;
    }
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
        } else if (Status written = write_file_atomically(file, csv); !written)
            return fail(terminal, "medloc", written.error());
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
        const std::vector<const Concept*> found = look_up_concepts(termbase, wanted);
        for (const Concept* entry : found)
            terminal.out << describe_concept(*entry);
        if (found.empty()) {
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
