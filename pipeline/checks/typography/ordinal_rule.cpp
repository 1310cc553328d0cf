#include "checks/typography/ordinal_rule.h"

#include "checks/typography/typography_block.h"

#include <array>
#include <utility>

namespace medloc {

namespace {

bool is_roman(char32_t c) {
    return c == U'I' || c == U'V' || c == U'X' || c == U'L' || c == U'C';
}

// Wrong suffixes and their correct form, longest first.
constexpr std::array<std::pair<std::u32string_view, std::string_view>, 12> kSuffixes = {{
    {U"ièmes", "es"},
    {U"iemes", "es"},
    {U"èmes", "es"},
    {U"emes", "es"},
    {U"ième", "e"},
    {U"ieme", "e"},
    {U"ème", "e"},
    {U"eme", "e"},
    {U"ères", "res"},
    {U"eres", "res"},
    {U"ère", "re"},
    {U"ere", "re"},
}};

} // namespace

void OrdinalRule::check(const Article& article, CheckContext& context, FindingSink& sink) const {
    for_each_typography_block(article, context, true, [&](const TypographyBlock& view) {
        const std::size_t n = view.points.size();
        for (std::size_t i = 0; i < n; ++i) {
            const char32_t c = view.points[i].value;
            if (!is_digit(c) && !is_roman(c))
                continue;
            const bool roman = !is_digit(c);
            if (i > 0 &&
                (is_letter(view.points[i - 1].value) || is_digit(view.points[i - 1].value)))
                continue;
            std::size_t end = i;
            while (end < n &&
                   (roman ? is_roman(view.points[end].value) : is_digit(view.points[end].value)))
                ++end;
            for (const auto& [wrong, right] : kSuffixes) {
                if (end + wrong.size() > n)
                    continue;
                bool match = true;
                for (std::size_t k = 0; k < wrong.size() && match; ++k)
                    match = view.points[end + k].value == wrong[k];
                const std::size_t stop = end + wrong.size();
                if (!match || (stop < n && is_letter(view.points[stop].value)))
                    continue;
                const std::string number = view.slice(i, end);
                view.report(
                    sink, kInfo, i, stop, "typography.ordinal",
                    {{"written", view.slice(i, stop)}, {"right", number + std::string(right)}},
                    number + std::string(right));
                break;
            }
            i = end;
        }
    });
}

} // namespace medloc
