#include "text/text_run.h"

#include <cassert>

namespace medloc {

std::size_t TextRun::source_offset(std::size_t text_offset) const {
    if (text_offset >= offsets_.size())
        return end_offset_;
    return offsets_[text_offset];
}

std::optional<std::size_t>
TextRun::verbatim_source_offset(std::string_view source, std::size_t begin, std::size_t end) const {
    if (begin >= end || end > text_.size())
        return std::nullopt;
    const std::size_t first = offsets_[begin];
    const std::string_view wanted = std::string_view(text_).substr(begin, end - begin);
    // '&' in text always comes from a reference (&amp;, &#38;) whose first byte is '&' too:
    // the byte comparison below cannot tell them apart.
    if (wanted.find('&') != std::string_view::npos || first + wanted.size() > source.size() ||
        source.substr(first, wanted.size()) != wanted)
        return std::nullopt;
    // Each character must start where the previous one ended: a gap is markup or a
    // reference, however equal the bytes around it look.
    for (std::size_t i = begin; i < end; ++i) {
        const bool starts_character = i == begin || offsets_[i] != offsets_[i - 1];
        if (starts_character && offsets_[i] != first + (i - begin))
            return std::nullopt;
    }
    return first;
}

void TextRun::append(std::string_view bytes, std::size_t source_begin, std::size_t source_end) {
    text_.append(bytes);
    offsets_.insert(offsets_.end(), bytes.size(), static_cast<std::uint32_t>(source_begin));
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
    return std::move(run_);
}

} // namespace medloc
