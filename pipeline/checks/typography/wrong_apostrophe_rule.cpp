#include "checks/typography/wrong_apostrophe_rule.h"

#include "checks/typography/typography_block.h"

namespace medloc {

namespace {

// What the look-alike is (a key of the message), or null when the character is not one.
const char* look_alike_name(char32_t c) {
    switch (c) {
    case U'\u2018':
        return "opening_quote";
    case U'\u00B4':
        return "acute_accent";
    case U'`':
        return "grave_accent";
    case U'\u2032':
        return "prime";
    default:
        return nullptr;
    }
}

} // namespace

void WrongApostropheRule::check(const Article& article, CheckContext& context,
                                FindingSink& sink) const {
    // Between two letters only: ‘quoted’ text and a lone accent are something else. The
    // words around it are still spell-checked (the spelling rules read ‘ as an elision).
    for_each_typography_block(article, context, false, [&](const TypographyBlock& view) {
        for (std::size_t i = 1; i + 1 < view.points.size(); ++i) {
            const char* name = look_alike_name(view.points[i].value);
            if (name == nullptr || !is_letter(view.at(static_cast<std::ptrdiff_t>(i) - 1)) ||
                !is_letter(view.at(static_cast<std::ptrdiff_t>(i) + 1)) || view.in_url(i))
                continue;
            view.report(sink, kInfo, i, i + 1, "typography.wrong-apostrophe",
                        {{"name", name}, {"character", utf8_of(view.points[i].value)}}, "\u2019");
        }
    });
}

} // namespace medloc
