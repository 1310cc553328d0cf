#include "checks/typography/code_points.h"

#include "language/language_profile.h"
#include "text/utf8.h"

#include <unicode/uchar.h>

namespace medloc {

std::vector<CodePoint> code_points(std::string_view text) {
    std::vector<CodePoint> points;
    points.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const utf8::Decoded d = utf8::decode(text, i);
        points.push_back({d.code_point, i, i + d.length});
        i += d.length;
    }
    return points;
}

bool is_letter(char32_t c) {
    return u_isalpha(static_cast<UChar32>(c)) != 0;
}

bool is_any_space(char32_t c) {
    return is_plain_space(c) || is_no_break_space(c);
}

std::string utf8_of(char32_t c) {
    std::string out;
    utf8::append(out, c);
    return out;
}

} // namespace medloc
