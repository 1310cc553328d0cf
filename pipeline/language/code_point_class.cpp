#include "language/code_point_class.h"

#include "text/utf8.h"

#include <unicode/uchar.h>

namespace medloc {

bool is_alnum_at(std::string_view text, std::size_t position) {
    if (position >= text.size())
        return false;
    const utf8::Decoded decoded = utf8::decode(text, position);
    return decoded.code_point != utf8::kInvalid &&
           u_isalnum(static_cast<UChar32>(decoded.code_point));
}

bool is_alnum_before(std::string_view text, std::size_t position) {
    if (position == 0 || position > text.size())
        return false;
    std::size_t start = position - 1;
    while (start > 0 && utf8::is_continuation(static_cast<unsigned char>(text[start])))
        --start;
    return is_alnum_at(text, start);
}

} // namespace medloc
