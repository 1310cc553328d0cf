#include "checks/bidi_controls.h"

#include "checks/check_context.h"
#include "dosage/dose_finder.h"
#include "language/language_profile.h"
#include "loading/article.h"
#include "text/printable.h"
#include "text/utf8.h"

#include <cstdio>

#include <unicode/uchar.h>

namespace medloc {

namespace {

bool is_digit_code_point(char32_t c) {
    return c != utf8::kInvalid && u_isdigit(static_cast<UChar32>(c));
}

// Where the code point that ends at `at` (> 0) starts.
std::size_t previous_start(std::string_view text, std::size_t at) {
    std::size_t start = at - 1;
    while (start > 0 && utf8::is_continuation(static_cast<unsigned char>(text[start])))
        --start;
    return start;
}

bool digit_at(std::string_view text, std::size_t at) {
    return at < text.size() && is_digit_code_point(utf8::decode(text, at).code_point);
}

} // namespace

std::string describe_bidi_control(char32_t code_point) {
    const char* name = "";
    switch (code_point) {
    case 0x202A:
        name = "LEFT-TO-RIGHT EMBEDDING";
        break;
    case 0x202B:
        name = "RIGHT-TO-LEFT EMBEDDING";
        break;
    case 0x202C:
        name = "POP DIRECTIONAL FORMATTING";
        break;
    case 0x202D:
        name = "LEFT-TO-RIGHT OVERRIDE";
        break;
    case 0x202E:
        name = "RIGHT-TO-LEFT OVERRIDE";
        break;
    case 0x2066:
        name = "LEFT-TO-RIGHT ISOLATE";
        break;
    case 0x2067:
        name = "RIGHT-TO-LEFT ISOLATE";
        break;
    case 0x2068:
        name = "FIRST STRONG ISOLATE";
        break;
    case 0x2069:
        name = "POP DIRECTIONAL ISOLATE";
        break;
    case 0x200E:
        name = "LEFT-TO-RIGHT MARK";
        break;
    case 0x200F:
        name = "RIGHT-TO-LEFT MARK";
        break;
    case 0x061C:
        name = "ARABIC LETTER MARK";
        break;
    default:
        break;
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
    return std::string(buffer) + " " + name;
}

std::vector<BidiControl> find_bidi_controls(const Block& block, CheckContext& context) {
    const std::string& text = block.text.text();
    // The text without its controls, and where each of its bytes came from.
    std::vector<BidiControl> controls;
    std::string stripped;
    std::vector<std::size_t> stripped_at; // for each control: its offset in `stripped`
    for (std::size_t at = 0; at < text.size();) {
        const utf8::Decoded decoded = utf8::decode(text, at);
        if (is_bidi_control(decoded.code_point)) {
            controls.push_back({at, at + decoded.length, decoded.code_point, false, {}});
            stripped_at.push_back(stripped.size());
        } else {
            stripped.append(text, at, decoded.length);
        }
        at += decoded.length;
    }
    if (controls.empty())
        return controls;

    const std::vector<Token> tokens = context.tokenizer(block.locale).tokenize(stripped);
    const std::vector<NumberMention> numbers = context.numbers(block.locale).find(stripped, tokens);
    const std::vector<Dose> doses =
        find_doses(stripped, tokens, numbers, language_of(block.locale));
    std::vector<std::pair<std::size_t, std::size_t>> amounts;
    for (const Dose& dose : doses)
        if (!dose.implicit)
            amounts.emplace_back(dose.begin, dose.end);
    for (const NumberMention& number : numbers)
        if (!number.spelled_out)
            amounts.emplace_back(number.begin, number.end);

    for (std::size_t i = 0; i < controls.size(); ++i) {
        BidiControl& control = controls[i];
        const std::size_t at = stripped_at[i];
        const bool mark = is_bidi_mark(control.code_point);
        for (const auto& [begin, end] : amounts) {
            const bool inside = mark ? (begin < at && at < end) : (begin <= at && at <= end);
            if (inside && (control.amount.empty() || end - begin > control.amount.size())) {
                control.in_amount = true;
                control.amount = stripped.substr(begin, end - begin);
            }
        }
        // Between two digits, whatever the finders make of them ("1<RLO>00", a code "A1<LRM>2").
        if (!control.in_amount && at > 0 && digit_at(stripped, previous_start(stripped, at)) &&
            digit_at(stripped, at)) {
            control.in_amount = true;
            std::size_t begin = previous_start(stripped, at);
            while (begin > 0 && digit_at(stripped, previous_start(stripped, begin)))
                begin = previous_start(stripped, begin);
            std::size_t end = at;
            while (digit_at(stripped, end))
                end += utf8::decode(stripped, end).length;
            control.amount = stripped.substr(begin, end - begin);
        }
    }
    return controls;
}

} // namespace medloc
