#include "checks/typography/mixed_apostrophes_rule.h"

#include "checks/typography/typography_block.h"

namespace medloc {

namespace {

struct ApostropheUse {
    const Block* block;
    std::size_t begin;
    std::size_t end;
    bool straight;
};

} // namespace

void MixedApostrophesRule::check(const Article& article, CheckContext& context,
                                 FindingSink& sink) const {
    // Only apostrophes inside words count: 'quoted' text uses the same characters.
    std::vector<ApostropheUse> uses;
    for (const Block& block : article.blocks) {
        const std::vector<CodePoint> points = code_points(block.text.text());
        for (std::size_t i = 1; i + 1 < points.size(); ++i) {
            const char32_t c = points[i].value;
            if ((c == U'\'' || c == U'\u2019') && is_letter(points[i - 1].value) &&
                is_letter(points[i + 1].value))
                uses.push_back({&block, points[i].begin, points[i].end, c == U'\''});
        }
    }
    std::size_t straight = 0;
    for (const ApostropheUse& use : uses)
        straight += use.straight;
    const std::size_t curly = uses.size() - straight;
    if (straight == 0 || curly == 0)
        return;
    // French typography wants ’: report the straight ones. Elsewhere report the less
    // used kind (on a tie, the straight one).
    const bool french = context.profile(article.locale).french_spacing;
    const bool report_straight = french || straight <= curly;
    for (const ApostropheUse& use : uses) {
        if (use.straight != report_straight)
            continue;
        Finding& finding =
            sink.report(kInfo, article, *use.block, use.begin, use.end,
                        report_straight ? "typography.mixed-apostrophes.straight"
                                        : "typography.mixed-apostrophes.typographic",
                        {{"count", std::to_string(report_straight ? curly : straight)}});
        finding.suggestions = {report_straight ? "\u2019" : "'"};
        attach_fix(finding, article, *use.block, use.begin, use.end, finding.suggestions.front());
    }
}

} // namespace medloc
