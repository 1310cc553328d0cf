#pragma once

#include "checks/check_context.h"
#include "checks/rule.h"
#include "checks/typography/code_points.h"
#include "loading/article.h"

#include <functional>
#include <string>
#include <vector>

namespace medloc {

// One block as typography rules read it: its code points, language profile and the
// URL ranges they must skip.
struct TypographyBlock {
    const Article& article;
    const Block& block;
    const LanguageProfile& profile;
    const std::string& text;
    std::vector<CodePoint> points;
    const std::vector<TextRange>& urls;

    // The code point at index i, or 0 outside the text.
    char32_t at(std::ptrdiff_t i) const {
        return i >= 0 && static_cast<std::size_t>(i) < points.size()
                   ? points[static_cast<std::size_t>(i)].value
                   : 0;
    }
    bool in_url(std::size_t i) const { return overlaps(urls, points[i].begin, points[i].end); }
    // Byte offset of code point i (the text size when i is past the end).
    std::size_t offset(std::size_t i) const {
        return i < points.size() ? points[i].begin : text.size();
    }
    std::string slice(std::size_t first, std::size_t last) const {
        return text.substr(offset(first), offset(last) - offset(first));
    }
    // Reports code points [first, last) with a message of the catalogue
    // (language/messages.h) and one suggested replacement, which is also the finding's
    // mechanical fix where the file allows (attach_fix).
    void report(FindingSink& sink, const RuleInfo& rule, std::size_t first, std::size_t last,
                std::string_view message_id, std::vector<MessageArgument> arguments,
                std::string replacement) const;
};

// Calls `visit` for each block of the article; `french_only` skips blocks whose language
// does not use French spacing.
void for_each_typography_block(const Article& article, CheckContext& context, bool french_only,
                               const std::function<void(const TypographyBlock&)>& visit);

} // namespace medloc
