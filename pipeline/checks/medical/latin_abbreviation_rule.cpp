#include "checks/medical/latin_abbreviation_rule.h"

#include "checks/check_context.h"
#include "language/code_point_class.h"
#include "language/language_profile.h"
#include "loading/article.h"
#include "text/ascii.h"
#include "text/utf8.h"

namespace medloc {

namespace {

struct LatinAbbreviation {
    std::string_view written; // matched without regard to ASCII case unless `exact_case`
    std::string_view french;
    std::string_view english;
    bool exact_case = false;
};

// After the lists of error-prone abbreviations (ISMP; The Joint Commission's "Do Not
// Use" list): dosing frequencies, times and routes written in Latin shorthand.
constexpr LatinAbbreviation kAbbreviations[] = {
    {"q.d.", "une fois par jour", "once a day"},
    {"qd", "une fois par jour", "once a day"},
    {"q1d", "une fois par jour", "once a day"},
    {"q.o.d.", "un jour sur deux", "every other day"},
    {"qod", "un jour sur deux", "every other day"},
    {"b.i.d.", "deux fois par jour", "twice a day"},
    {"bid", "deux fois par jour", "twice a day"},
    {"t.i.d.", "trois fois par jour", "three times a day"},
    {"tid", "trois fois par jour", "three times a day"},
    {"q.i.d.", "quatre fois par jour", "four times a day"},
    {"qid", "quatre fois par jour", "four times a day"},
    {"t.i.w.", "trois fois par semaine", "three times a week"},
    {"tiw", "trois fois par semaine", "three times a week"},
    {"q.h.s.", "chaque soir au coucher", "every night at bedtime"},
    {"qhs", "chaque soir au coucher", "every night at bedtime"},
    {"h.s.", "au coucher", "at bedtime"},
    {"q.n.", "chaque soir", "every night"},
    {"p.r.n.", "si besoin", "when needed"},
    {"prn", "si besoin", "when needed"},
    {"a.c.", "avant les repas", "before meals"},
    {"p.c.", "après les repas", "after meals"},
    {"p.o.", "par la bouche", "by mouth"},
    {"per os", "par la bouche", "by mouth"},
    {"s.c.", "sous la peau", "under the skin"},
    {"SQ", "sous la peau", "under the skin", true},
    {"sub q", "sous la peau", "under the skin"},
};

bool matches_at(std::string_view text, std::size_t at, const LatinAbbreviation& abbreviation) {
    return has_at(text, at, abbreviation.written, !abbreviation.exact_case);
}

// Not inside a word nor inside a dotted abbreviation ("i.d." in "b.i.d.").
bool starts_word(std::string_view text, std::size_t at) {
    return at == 0 || (text[at - 1] != '.' && !is_alnum_before(text, at));
}

// "P.O. Box 4220", "P.O.BOX": an address, not "per os".
bool is_post_office_box(std::string_view text, std::size_t begin, std::size_t end) {
    if (ascii_lower(text[begin]) != 'p' || end - begin != 4)
        return false;
    std::size_t at = end;
    if (at < text.size() && text[at] == ' ')
        ++at;
    return at + 3 <= text.size() && ascii_lower(text[at]) == 'b' &&
           ascii_lower(text[at + 1]) == 'o' && ascii_lower(text[at + 2]) == 'x';
}

// "q6h", "q12h": every N hours.
std::optional<std::size_t> every_hours_end(std::string_view text, std::size_t at) {
    if (ascii_lower(text[at]) != 'q')
        return std::nullopt;
    std::size_t end = at + 1;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9')
        ++end;
    if (end == at + 1 || end - at > 3 || end >= text.size() || ascii_lower(text[end]) != 'h')
        return std::nullopt;
    return end + 1;
}

} // namespace

void LatinAbbreviationRule::check(const Article& article, CheckContext& context,
                                  FindingSink& sink) const {
    // Professional content may use them; translations (whose audience the XLIFF does not
    // say) are read as patient content, the project's default audience.
    if (article.audience == "professional")
        return;
    for (const Block& block : article.blocks) {
        const std::string_view text = block.text.text();
        const bool french = language_of(block.locale) == "fr";
        const auto& urls = context.url_ranges(block);
        for (std::size_t at = 0; at < text.size(); ++at) {
            if (utf8::is_continuation(static_cast<unsigned char>(text[at])) ||
                !starts_word(text, at))
                continue;
            std::size_t end = 0;
            std::string plain;
            for (const LatinAbbreviation& abbreviation : kAbbreviations) {
                if (!matches_at(text, at, abbreviation))
                    continue;
                const std::size_t candidate = at + abbreviation.written.size();
                // A dotted form ends with its dot; an undotted one at a word's end.
                if (abbreviation.written.back() != '.' && is_alnum_at(text, candidate))
                    continue;
                if (candidate > end) {
                    end = candidate;
                    plain = french ? abbreviation.french : abbreviation.english;
                }
            }
            if (end == 0) {
                if (auto hours = every_hours_end(text, at); hours && !is_alnum_at(text, *hours)) {
                    end = *hours;
                    const std::string count(text.substr(at + 1, end - at - 2));
                    plain =
                        french ? "toutes les " + count + " heures" : "every " + count + " hours";
                }
            }
            if (end == 0 || overlaps(urls, at, end) || is_post_office_box(text, at, end))
                continue;
            const std::string written(text.substr(at, end - at));
            Finding& finding =
                sink.report(kInfo, article, block, at, end, "medical.latin-abbreviation",
                            {{"abbreviation", written}, {"plain", plain}});
            finding.suggestions = {plain};
            at = end - 1;
        }
    }
}

} // namespace medloc
