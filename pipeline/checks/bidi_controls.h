#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace medloc {

struct Block;
class CheckContext;

// A bidirectional control character in a block's text (text/printable.h says which), and
// whether it sits in a number or a dose, where reordering changes what a reader takes for
// the amount ("\u202E100\u202C mg" shows as "001 mg").
struct BidiControl {
    std::size_t begin = 0; // byte range in the block's text
    std::size_t end = 0;
    char32_t code_point = 0;
    bool in_amount = false;
    std::string amount; // the number or dose it is in, as read without the controls
};

// The bidirectional controls of a block. A formatting control (embedding, override,
// isolate) counts as in an amount from the position before its first character to the
// one after its last; an implicit mark (LRM, RLM, ALM), only strictly inside, so that a
// mark beside a number in right-to-left text is not counted. Amounts are the numbers and
// doses the locale's readers find in the text with every control removed, and any place
// between two digits.
std::vector<BidiControl> find_bidi_controls(const Block& block, CheckContext& context);

// "U+202E RIGHT-TO-LEFT OVERRIDE".
std::string describe_bidi_control(char32_t code_point);

} // namespace medloc
