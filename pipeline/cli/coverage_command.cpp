#include "cli/command.h"
#include "cli/translation_project.h"
#include "project/coverage_table.h"
#include "text/printable.h"
#include "translation/coverage.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

namespace medloc {

namespace po = boost::program_options;

namespace {

using Json = nlohmann::ordered_json;

// An article's coverage in a locale, and whether it is publishable there (error findings
// not counted: coverage does not check the files; export and report do).
Json tally_json(const Tally& tally) {
    return {{"units", tally.units}, {"words", tally.words}};
}

Json coverage_json(const CoverageRow& row) {
    const ArticleCoverage& c = row.coverage;
    Json json;
    json["article"] = c.article_id;
    if (!c.review_status.empty())
        json["review"] = c.review_status;
    json["total"] = tally_json(c.total);
    json["translated"] = tally_json(c.translated);
    json["reviewed"] = tally_json(c.reviewed);
    json["final"] = tally_json(c.final_units);
    json["stale"] = tally_json(c.stale);
    json["missing"] = tally_json(c.missing);
    json["obsolete"] = tally_json(c.obsolete);
    json["approved_share"] = std::round(c.approved_share() * 10000.0) / 10000.0;
    if (row.publishing) {
        json["publishable"] = row.publishing->publishable;
        json["reasons"] = row.publishing->reasons;
    }
    return json;
}

std::string percent(double share) {
    char text[16];
    std::snprintf(text, sizeof text, "%.1f%%", share * 100.0);
    return text;
}

void print_row(std::ostream& out, const CoverageRow& row) {
    const ArticleCoverage& c = row.coverage;
    const std::string verdict = !row.publishing               ? ""
                                : row.publishing->publishable ? "publishable"
                                                              : row.publishing->reasons.front();
    char line[512];
    std::snprintf(line, sizeof line, "%-7s %-34s %5d %6ld %6d %6d %6d %6d %6d %6d %8s  ",
                  printable(c.locale).c_str(), printable(c.article_id).c_str(), c.total.units,
                  c.total.words, c.translated.units, c.reviewed.units, c.final_units.units,
                  c.stale.units, c.missing.units, c.obsolete.units,
                  percent(c.approved_share()).c_str());
    out << line << printable(verdict) << '\n';
}

} // namespace

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
        if (!parsed_gate) {
            terminal.err << "medloc: " << parsed_gate.error().message << '\n';
            return kExitUsage;
        }
        gate = parsed_gate.value();
    }
    std::vector<std::string> locales = project.locales;
    for (const auto& [locale, minimum] : gate)
        if (std::find(locales.begin(), locales.end(), locale) == locales.end())
            locales.push_back(locale);
    const CoverageTable table = compute_coverage(project, locales);
    print_problems(terminal, table.problems);
    const std::vector<std::string> gate_failures = coverage_gate_failures(table, gate);
    if (project.config.settings().output.format == "json") {
        Json root;
        root["locales"] = Json::object();
        for (const auto& [locale, articles] : table.by_locale) {
            Json entry;
            entry["total"] = coverage_json({coverage_total(articles, locale), std::nullopt});
            entry["articles"] = Json::array();
            for (const CoverageRow& row : articles)
                entry["articles"].push_back(coverage_json(row));
            root["locales"][locale] = entry;
        }
        root["gate_failures"] = gate_failures;
        terminal.out << root.dump(2) << '\n';
    } else {
        terminal.out << "locale  article                            units  words  trans    rev  "
                        "final  stale   miss   obso  approved\n";
        for (const auto& [locale, articles] : table.by_locale) {
            for (const CoverageRow& row : articles)
                print_row(terminal.out, row);
            print_row(terminal.out, {coverage_total(articles, locale), std::nullopt});
        }
    }
    for (const std::string& failure : gate_failures)
        terminal.err << "medloc coverage: " << failure << '\n';
    return table.unreadable > 0 || !gate_failures.empty() ? kExitErrorFindings : kExitClean;
}

} // namespace medloc
