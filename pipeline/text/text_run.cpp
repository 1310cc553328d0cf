#include "text/text_run.h"

#include <algorithm>

namespace medloc {

std::size_t TextRun::source_offset(std::size_t text_offset) const {
    if (text_offset >= text_.size() || segments_.empty())
        return end_offset_;
    // The start of the character that holds this byte: every byte of a character maps to
    // where the character starts in the source.
    while (text_offset > 0 && (static_cast<unsigned char>(text_[text_offset]) & 0xC0) == 0x80)
        --text_offset;
    const auto after = std::upper_bound(
        segments_.begin(), segments_.end(), text_offset,
        [](std::size_t offset, const Segment& segment) { return offset < segment.text_begin; });
    const Segment& segment = *(after - 1);
    return segment.source_begin + (text_offset - segment.text_begin);
}

std::optional<std::size_t>
TextRun::verbatim_source_offset(std::string_view source, std::size_t begin, std::size_t end) const {
    if (begin >= end || end > text_.size())
        return std::nullopt;
    const std::size_t first = source_offset(begin);
    const std::string_view wanted = std::string_view(text_).substr(begin, end - begin);
    // '&' in text always comes from a reference (&amp;, &#38;) whose first byte is '&' too:
    // the byte comparison below cannot tell them apart.
    if (wanted.find('&') != std::string_view::npos || first + wanted.size() > source.size() ||
        source.substr(first, wanted.size()) != wanted)
        return std::nullopt;
    // Each character must start where the previous one ended: a gap is markup or a
    // reference, however equal the bytes around it look.
    for (std::size_t i = begin; i < end; ++i) {
        const bool starts_character = (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
        if (starts_character && source_offset(i) != first + (i - begin))
            return std::nullopt;
    }
    return first;
}

void TextRun::append(std::string_view bytes, std::size_t source_begin, std::size_t source_end) {
    const std::size_t text_begin = text_.size();
    text_.append(bytes);
    // The character continues the last segment when it is the source's bytes as they are,
    // right where that segment's copy has got to.
    const bool copied = source_end - source_begin == bytes.size();
    const bool continues =
        copied && !segments_.empty() && segment_is_copy_ &&
        segments_.back().source_begin + (text_begin - segments_.back().text_begin) == source_begin;
    if (!continues)
        segments_.push_back(
            {static_cast<std::uint32_t>(text_begin), static_cast<std::uint32_t>(source_begin)});
    segment_is_copy_ = copied;
    end_offset_ = source_end;
}

void TextRunBuilder::add(char32_t code_point, std::string_view bytes, std::size_t begin,
                         std::size_t end) {
    if (is_xml_space(code_point)) {
        if (code_point == 0xA || code_point == 0xD)
            pending_has_break_ = true;
        pending_.append(bytes);
        pending_offsets_.push_back(begin);
        pending_end_ = end;
        return;
    }
    flush_pending_space();
    run_.append(bytes, begin, end);
}

std::size_t TextRunBuilder::next_text_offset() const {
    if (pending_.empty() || run_.empty())
        return run_.text().size();
    return run_.text().size() + (pending_has_break_ ? 1 : pending_.size());
}

void TextRunBuilder::flush_pending_space() {
    if (!pending_.empty() && !run_.empty()) {
        if (pending_has_break_) {
            run_.append(" ", pending_offsets_.front(), pending_end_);
        } else {
            // Plain spaces and tabs are single bytes: one offset each.
            for (std::size_t i = 0; i < pending_.size(); ++i) {
                const std::size_t next =
                    i + 1 < pending_offsets_.size() ? pending_offsets_[i + 1] : pending_end_;
                run_.append(std::string_view(pending_).substr(i, 1), pending_offsets_[i], next);
            }
        }
    }
    pending_.clear();
    pending_offsets_.clear();
    pending_has_break_ = false;
}

TextRun TextRunBuilder::finish() {
    pending_.clear();
    pending_offsets_.clear();
    pending_has_break_ = false;
    run_.shrink_to_fit();
    return std::move(run_);
}

void TextRun::shrink_to_fit() {
    text_.shrink_to_fit();
    segments_.shrink_to_fit();
}

} // namespace medloc
