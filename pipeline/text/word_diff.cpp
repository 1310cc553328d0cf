#include "text/word_diff.h"

#include "text/edit_script.h"

namespace medloc {

namespace {

bool is_word_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool is_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::vector<std::string_view> tokens(std::string_view text) {
    std::vector<std::string_view> found;
    std::size_t at = 0;
    while (at < text.size()) {
        const unsigned char first = static_cast<unsigned char>(text[at]);
        std::size_t end = at + 1;
        if (is_word_byte(first)) {
            while (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end])))
                ++end;
        } else if (is_space(first)) {
            while (end < text.size() && is_space(static_cast<unsigned char>(text[end])))
                ++end;
        }
        found.push_back(text.substr(at, end - at));
        at = end;
    }
    return found;
}

void add(std::vector<DiffPiece>& pieces, DiffPiece::Kind kind, std::string_view text) {
    if (text.empty())
        return;
    if (!pieces.empty() && pieces.back().kind == kind)
        pieces.back().text += text;
    else
        pieces.push_back({kind, std::string(text)});
}

} // namespace

std::vector<DiffPiece> word_diff(std::string_view before, std::string_view after,
                                 std::size_t max_cells) {
    const std::vector<std::string_view> a = tokens(before);
    const std::vector<std::string_view> b = tokens(after);
    // The common beginning needs no table. (Not the common end: taken first, it would pull
    // an added sentence's repeated words to the left of where the sentence was added.)
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::vector<EditStep> steps;
    append_edit_script([&](std::size_t i, std::size_t j) { return a[i] == b[j]; }, prefix, a.size(),
                       b.size(), max_cells, steps);
    std::vector<DiffPiece> pieces;
    for (std::size_t i = 0; i < prefix; ++i)
        add(pieces, DiffPiece::Kind::same, a[i]);
    for (const EditStep& step : steps) {
        if (step.op == EditOp::keep)
            add(pieces, DiffPiece::Kind::same, a[step.old_index]);
        else if (step.op == EditOp::remove)
            add(pieces, DiffPiece::Kind::removed, a[step.old_index]);
        else
            add(pieces, DiffPiece::Kind::added, b[step.new_index]);
    }
    return pieces;
}

} // namespace medloc
