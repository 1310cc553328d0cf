#include "project/coverage_table.h"

#include "language/word_tokenizer.h"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <stdexcept>

namespace medloc {

namespace {

void add(Tally& into, const Tally& tally) {
    into.units += tally.units;
    into.words += tally.words;
}

} // namespace

CoverageTable compute_coverage(const Project& project, const std::vector<std::string>& locales) {
    CoverageTable table;
    WordTokenizer tokenizer(project.source_locale());
    const auto words_of = [&](const std::string& text) {
        return static_cast<long>(tokenizer.tokenize(text).size());
    };
    const ErrorCounts not_checked = [](const std::string&) { return std::optional<int>(); };
    for (const std::string& path : project.files) {
        auto source = load_source_article(path, project, table.problems);
        if (!source) {
            ++table.unreadable;
            continue;
        }
        const Article& article = source->article;
        const MarkupTree* tree = &*source->document.tree;
        for (const std::string& locale : locales) {
            LocaleTranslations translations =
                load_locale_translations(project, article.id, locale, not_checked, table.problems);
            const XliffDocument* own =
                translations.files.empty() ? nullptr : translations.files.front().xliff;
            CoverageRow row;
            row.coverage = measure_coverage({&article, tree}, own, locale, words_of);
            row.publishing =
                decide_publishing({&article, tree, path, std::nullopt, project.source_locale(),
                                   locale, translations.files});
            table.by_locale[locale].push_back(std::move(row));
        }
    }
    return table;
}

ArticleCoverage coverage_total(const std::vector<CoverageRow>& rows, const std::string& locale) {
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

Result<CoverageGate> parse_coverage_gate(const std::string& text) {
    CoverageGate gate;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto equals = item.find('=');
        if (equals == std::string::npos || equals == 0)
            return Error{"--min-coverage expects LOCALE=PERCENT[,LOCALE=PERCENT], not '" + item +
                         "'"};
        try {
            std::size_t used = 0;
            const double value = std::stod(item.substr(equals + 1), &used);
            if (used != item.size() - equals - 1 || !(value >= 0 && value <= 100))
                throw std::invalid_argument("range");
            gate[item.substr(0, equals)] = value;
        } catch (const std::exception&) {
            return Error{"--min-coverage: '" + item.substr(equals + 1) +
                         "' is not a percentage (0-100)"};
        }
    }
    if (gate.empty())
        return Error{"--min-coverage expects LOCALE=PERCENT[,LOCALE=PERCENT]"};
    return gate;
}

std::vector<std::string> coverage_locales(const Project& project, const CoverageGate& gate) {
    std::vector<std::string> locales = project.locales;
    for (const auto& [locale, minimum] : gate)
        if (std::find(locales.begin(), locales.end(), locale) == locales.end())
            locales.push_back(locale);
    return locales;
}

std::vector<std::string> coverage_gate_failures(const CoverageTable& table,
                                                const CoverageGate& gate) {
    std::vector<std::string> failures;
    for (const auto& [locale, minimum] : gate) {
        const auto rows = table.by_locale.find(locale);
        const double share =
            coverage_total(
                rows == table.by_locale.end() ? std::vector<CoverageRow>{} : rows->second, locale)
                .approved_share() *
            100.0;
        if (share + 1e-9 < minimum) {
            char text[160];
            std::snprintf(text, sizeof text,
                          "%s: %.1f%% of source words approved, below the minimum %.1f%%",
                          locale.c_str(), share, minimum);
            failures.push_back(text);
        }
    }
    return failures;
}

} // namespace medloc
