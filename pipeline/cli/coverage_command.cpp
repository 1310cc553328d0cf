#include "cli/command.h"
#include "cli/translation_project.h"
#include "project/coverage_report.h"
#include "project/coverage_table.h"

namespace medloc {

namespace po = boost::program_options;

int run_coverage_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description extra("Coverage");
    extra.add_options()("min-coverage", po::value<std::string>(),
                        "CI gate: LOCALE=PERCENT,... of approved source words; exit 1 below");
    auto opened = open_translation_project(
        arguments, terminal, "coverage",
        "Usage: medloc coverage [--locale L]... [--format text|json] [--min-coverage L=PCT,...] "
        "[ARTICLE|DIR...]\n\n"
        "Per locale and article: units and source words (ICU word count) in total, translated,\n"
        "reviewed, final, stale, missing and obsolete, and the share of words approved (final,\n"
        "not stale). Whether an article is publishable in a locale, or the first reason why\n"
        "not, as medloc export decides it (approval bound to the current content, every unit\n"
        "final, not stale and translated, fallbacks), error findings aside: coverage does not\n"
        "check the files (export and report do).\n"
        "Exit status: 0 done, 1 below --min-coverage or some articles unreadable, 2 error.",
        extra);
    if (auto* code = std::get_if<int>(&opened))
        return *code;
    TranslationProject& project = std::get<TranslationProject>(opened);
    CoverageGate gate;
    if (project.options.count("min-coverage")) {
        auto parsed_gate = parse_coverage_gate(project.options["min-coverage"].as<std::string>());
        if (!parsed_gate)
            return fail(terminal, "medloc", parsed_gate.error());
        gate = parsed_gate.value();
    }
    const CoverageTable table = compute_coverage(project, coverage_locales(project, gate));
    print_problems(terminal, table.problems);
    const std::vector<std::string> gate_failures = coverage_gate_failures(table, gate);
    terminal.out << (project.config.settings().output.format == "json"
                         ? coverage_json(table, gate_failures)
                         : coverage_text(table));
    for (const std::string& failure : gate_failures)
        terminal.err << "medloc coverage: " << failure << '\n';
    return table.unreadable > 0 || !gate_failures.empty() ? kExitErrorFindings : kExitClean;
}

} // namespace medloc
