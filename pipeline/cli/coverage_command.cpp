#include "cli/command.h"
#include "cli/translation_project.h"
#include "language/word_tokenizer.h"
#include "text/printable.h"
#include "translation/coverage.h"

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
struct CoverageRow {
    ArticleCoverage coverage;
    std::optional<PublishingDecision> publishing; // none for the "(all)" line
};

void add(Tally& into, const Tally& tally) {
    into.units += tally.units;
    into.words += tally.words;
}

ArticleCoverage sum(const std::vector<CoverageRow>& rows, const std::string& locale) {
    ArticleCoverage total;
    total.article_id = "(all)";
    total.locale = locale;
    for (const CoverageRow& row : rows) {
        const ArticleCoverage& a = row.coverage;
        add(total.total, a.total);
        add(total.translated, a.translated);
        add(total.reviewed, a.reviewed);
        add(total.final_units, a.final_units);
        add(total.stale, a.stale);
        add(total.missing, a.missing);
        add(total.obsolete, a.obsolete);
    }
    return total;
}

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

// "fr-FR=100,en-US=80" -> locale -> minimum share in percent.
Result<std::map<std::string, double>> parse_gate(const std::string& text) {
    std::map<std::string, double> gate;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto equals = item.find('=');
        if (equals == std::string::npos)
            return Error{"--min-coverage expects LOCALE=PERCENT[,LOCALE=PERCENT], not '" + item +
                         "'"};
        try {
            std::size_t used = 0;
            const double value = std::stod(item.substr(equals + 1), &used);
            if (used != item.size() - equals - 1 || value < 0 || value > 100)
                throw std::invalid_argument("range");
            gate[item.substr(0, equals)] = value;
        } catch (const std::exception&) {
            return Error{"--min-coverage: '" + item.substr(equals + 1) +
                         "' is not a percentage (0-100)"};
        }
    }
    return gate;
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
    std::map<std::string, double> gate;
    if (project.options.count("min-coverage")) {
        auto parsed_gate = parse_gate(project.options["min-coverage"].as<std::string>());
        if (!parsed_gate) {
            terminal.err << "medloc: " << parsed_gate.error().message << '\n';
            return kExitUsage;
        }
        gate = parsed_gate.value();
    }
    for (const auto& [locale, minimum] : gate)
        if (std::find(project.locales.begin(), project.locales.end(), locale) ==
            project.locales.end())
            project.locales.push_back(locale);
    WordTokenizer tokenizer(project.config.settings().locales.source);
    const auto words_of = [&](const std::string& text) {
        return static_cast<long>(tokenizer.tokenize(text).size());
    };

    std::map<std::string, std::vector<CoverageRow>> by_locale;
    int unreadable = 0;
    const auto not_checked = [](const std::string&) { return std::optional<int>(); };
    for (const std::string& path : project.files) {
        auto source = load_source_article(path, project, terminal);
        if (!source) {
            ++unreadable;
            continue;
        }
        const Article& article = source->article;
        for (const std::string& locale : project.locales) {
            LocaleTranslations translations =
                load_locale_translations(project, article.id, locale, not_checked, terminal);
            const XliffDocument* own =
                translations.files.empty() ? nullptr : translations.files.front().xliff;
            CoverageRow row;
            row.coverage =
                measure_coverage({&article, &*source->document.tree}, own, locale, words_of);
            row.publishing = decide_publishing(
                {&article, &*source->document.tree, path, std::nullopt,
                 project.config.settings().locales.source, locale, translations.files});
            by_locale[locale].push_back(std::move(row));
        }
    }

    int exit_code = unreadable > 0 ? kExitErrorFindings : kExitClean;
    std::vector<std::string> gate_failures;
    for (const auto& [locale, minimum] : gate) {
        const double share = sum(by_locale[locale], locale).approved_share() * 100.0;
        if (share + 1e-9 < minimum) {
            char text[160];
            std::snprintf(text, sizeof text,
                          "%s: %.1f%% of source words approved, below the minimum %.1f%%",
                          locale.c_str(), share, minimum);
            gate_failures.push_back(text);
        }
    }
    if (project.config.settings().output.format == "json") {
        Json root;
        root["locales"] = Json::object();
        for (const auto& [locale, articles] : by_locale) {
            Json entry;
            entry["total"] = coverage_json({sum(articles, locale), std::nullopt});
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
        for (const auto& [locale, articles] : by_locale) {
            for (const CoverageRow& row : articles)
                print_row(terminal.out, row);
            print_row(terminal.out, {sum(articles, locale), std::nullopt});
        }
    }
    for (const std::string& failure : gate_failures)
        terminal.err << "medloc coverage: " << failure << '\n';
    if (!gate_failures.empty())
        exit_code = kExitErrorFindings;
    return exit_code;
}

} // namespace medloc
