#include "checks/typography/bidi_control_rule.h"

#include "checks/bidi_controls.h"
#include "loading/article.h"
#include "text/printable.h"
#include "translation/bilingual.h"

#include <unicode/uloc.h>

namespace medloc {

namespace {

bool is_override(char32_t c) {
    return c == 0x202D || c == 0x202E;
}

// The language of the text at increasing offsets: the innermost <foreign xml:lang> around
// it, or the block's. One pass over the spans for all the offsets of a block (a block may
// hold a hundred thousand inline elements).
class LanguageAt {
public:
    explicit LanguageAt(const Block& block) : block_(block) {
        for (const InlineSpan& span : block.spans) // in document order, nested after parent
            if (span.element == "foreign" && span.attribute("xml:lang") != nullptr)
                foreign_.push_back(&span);
    }

    // `offset` must not decrease from one call to the next.
    const std::string& operator()(std::size_t offset) {
        while (next_ < foreign_.size() && foreign_[next_]->begin <= offset) {
            close_before(foreign_[next_]->begin + 1);
            open_.push_back(foreign_[next_++]);
        }
        close_before(offset + 1);
        return open_.empty() ? block_.locale : *open_.back()->attribute("xml:lang");
    }

private:
    // Spans nest: the ones that end before `offset` are on top of those that go on.
    void close_before(std::size_t offset) {
        while (!open_.empty() && open_.back()->end < offset)
            open_.pop_back();
    }

    const Block& block_;
    std::vector<const InlineSpan*> foreign_;
    std::vector<const InlineSpan*> open_;
    std::size_t next_ = 0;
};

void check_article(const Article& article, CheckContext& context, FindingSink& sink,
                   const RuleInfo& info) {
    for (const Block& block : article.blocks) {
        LanguageAt language_at(block);
        for (const BidiControl& control : find_bidi_controls(block, context)) {
            const bool right_to_left = uloc_isRightToLeft(language_at(control.begin).c_str()) != 0;
            // Amounts are the medical rule's; marks are ordinary in mixed-direction text;
            // right-to-left text embeds and isolates left-to-right runs as it should.
            if (control.in_amount || !is_bidi_formatting(control.code_point) ||
                (right_to_left && !is_override(control.code_point)))
                continue;
            sink.report(info, article, block, control.begin, control.end, "typography.bidi-control",
                        {{"control", describe_bidi_control(control.code_point)}});
        }
    }
}

} // namespace

void BidiControlRule::check(const Article& article, CheckContext& context,
                            FindingSink& sink) const {
    check_article(article, context, sink, kInfo);
}

// The target is checked as an article; the source of an XLIFF file is text too.
void BidiControlRule::check_bilingual(const BilingualDocument& document, CheckContext& context,
                                      FindingSink& sink) const {
    check_article(document.source, context, sink, kInfo);
}

} // namespace medloc
