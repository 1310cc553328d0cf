#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// The text of one block as a reader sees it (entities and character references decoded,
// markup removed), with the byte offset in the source file of every byte of that text.
// Checks work on `text()`; findings map back through `source_offset()`.
class TextRun {
public:
    const std::string& text() const { return text_; }
    bool empty() const { return text_.empty(); }

    // Source offset of the character that produced text byte `text_offset`. The offset
    // one past the end maps to the end of the last source character.
    std::size_t source_offset(std::size_t text_offset) const;

    // Where the text bytes [begin, end) sit in `source` when the file holds them exactly
    // as the text does: every character written literally, one after the other, with no
    // reference, markup or collapsed line break in between (an edit of that source range
    // then edits exactly this text). nullopt otherwise, and for an empty range.
    std::optional<std::size_t> verbatim_source_offset(std::string_view source, std::size_t begin,
                                                      std::size_t end) const;

    // Appends one code point (already UTF-8 encoded in `bytes`) produced by the source
    // character that starts at `source_begin` and ends before `source_end`.
    void append(std::string_view bytes, std::size_t source_begin, std::size_t source_end);
    // Gives back what appending one character at a time reserved: an article keeps the
    // text of every block for the whole check.
    void shrink_to_fit();

private:
    // Where the text came from, compactly: from `text_begin` up to the next segment's, the
    // text's characters are the source's bytes copied as they are, starting at
    // `source_begin`. A character that is not (a reference, a collapsed line break) starts a
    // segment of its own. Prose is mostly copied as it is, so a block needs a few segments
    // where a table of one offset per byte would take four bytes per byte.
    struct Segment {
        std::uint32_t text_begin;
        std::uint32_t source_begin;
    };
    std::string text_;
    std::vector<Segment> segments_;
    bool segment_is_copy_ = false; // the last segment may grow
    std::size_t end_offset_ = 0;
};

// Builds a TextRun the way XML prose is read: a run of XML white space that contains a
// line break becomes one space (the line breaks of the file are layout, not text); other
// white space is kept as written, so that a doubled space stays visible to typography
// checks; white space at the start and end of the block is dropped.
class TextRunBuilder {
public:
    // `begin`/`end`: source range of the character; `bytes`: its decoded UTF-8 form.
    void add(char32_t code_point, std::string_view bytes, std::size_t begin, std::size_t end);

    // The position in the text where the next non-white-space character will land.
    std::size_t next_text_offset() const;

    // Text offset the run will have once pending white space is settled; used by inline
    // spans to know where they start.
    std::size_t text_size() const { return run_.text().size(); }

    TextRun finish();

private:
    void flush_pending_space();

    TextRun run_;
    std::string pending_;
    std::vector<std::size_t> pending_offsets_;
    std::size_t pending_end_ = 0;
    bool pending_has_break_ = false;
};

inline bool is_xml_space(char32_t c) {
    return c == 0x20 || c == 0x9 || c == 0xA || c == 0xD;
}

} // namespace medloc
