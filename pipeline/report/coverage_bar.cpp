#include "report/coverage_bar.h"

#include "report/html_text.h"

#include <cmath>
#include <cstdio>
#include <utility>
#include <vector>

namespace medloc {

namespace {

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

} // namespace

std::string format_percent(double share, const InterfaceText& text) {
    const long rounded = std::lround(share * 100.0);
    return std::to_string(rounded) + (text.language == "fr" ? "\u202f%" : "%");
}

std::string coverage_bar(const ArticleCoverage& coverage, const InterfaceText& text) {
    const double total = static_cast<double>(coverage.total.words);
    const std::vector<std::pair<std::string_view, std::pair<long, std::string_view>>> parts = {
        {"approved", {coverage.final_units.words, text.approved}},
        {"reviewed", {coverage.reviewed.words, text.reviewed}},
        {"translated", {coverage.translated.words, text.translated}},
        {"stale", {coverage.stale.words, text.stale}},
        {"missing", {coverage.missing.words, text.missing}},
    };
    std::string label;
    std::string rects;
    double x = 0;
    for (const auto& [name, value] : parts) {
        const auto& [words, title] = value;
        if (words <= 0 || total <= 0)
            continue;
        const double width = 100.0 * static_cast<double>(words) / total;
        rects += "<rect x=\"" + number(x) + "\" y=\"0\" width=\"" + number(width) +
                 "\" height=\"10\" fill=\"var(--" + std::string(name) + ")\" data-part=\"" +
                 std::string(name) + "\"/>";
        x += width;
        if (!label.empty())
            label += ", ";
        label += std::string(title) + " " + format_percent(words / total, text);
    }
    if (label.empty())
        label = "0";
    return "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" "
           "aria-label=\"" +
           escape_html(label) + "\"><title>" + escape_html(label) + "</title>" + rects + "</svg>";
}

std::string share_bar(double share, std::string_view colour, std::string_view label) {
    const double width = 100.0 * std::clamp(share, 0.0, 1.0);
    return "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" "
           "aria-label=\"" +
           escape_html(label) + "\"><title>" + escape_html(label) +
           "</title><rect x=\"0\" y=\"0\" width=\"" + number(width) + "\" height=\"10\" fill=\"" +
           std::string(colour) + "\"/></svg>";
}

} // namespace medloc
