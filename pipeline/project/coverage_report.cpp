#include "project/coverage_report.h"

#include "core/string_output.h"
#include "text/printable.h"

#include <cmath>
#include <cstdio>
#include <ostream>

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

using Json = nlohmann::ordered_json;

Json tally_json(const Tally& tally) {
    return {{"units", tally.units}, {"words", tally.words}};
}

Json row_json(const CoverageRow& row) {
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

void write_row(std::ostream& out, const CoverageRow& row) {
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

std::string coverage_text(const CoverageTable& table) {
    return render_to_string([&](std::ostream& out) {
        out << "locale  article                            units  words  trans    rev  "
               "final  stale   miss   obso  approved\n";
        for (const auto& [locale, articles] : table.by_locale) {
            for (const CoverageRow& row : articles)
                write_row(out, row);
            write_row(out, {coverage_total(articles, locale), std::nullopt});
        }
    });
}

std::string coverage_json(const CoverageTable& table,
                          const std::vector<std::string>& gate_failures) {
    Json root;
    root["locales"] = Json::object();
    for (const auto& [locale, articles] : table.by_locale) {
        Json entry;
        entry["total"] = row_json({coverage_total(articles, locale), std::nullopt});
        entry["articles"] = Json::array();
        for (const CoverageRow& row : articles)
            entry["articles"].push_back(row_json(row));
        root["locales"][locale] = entry;
    }
    root["gate_failures"] = gate_failures;
    return render_to_string([&](std::ostream& out) { out << root.dump(2) << '\n'; });
}

} // namespace medloc
