#include "text/text_run.h"

#include <cassert>

namespace medloc {

std::size_t TextRun::source_offset(std::size_t text_offset) const {
    if (text_offset >= offsets_.size())
        return end_offset_;
    return offsets_[text_offset];
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
