#pragma once

#include "core/finding.h"
#include "core/finding_list.h"
#include "core/rule_info.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

struct Article;
struct Block;
struct BilingualDocument;
class CheckContext;

// Where a rule puts what it finds. Rules never print; they report here, and severity
// policy, suppressions and formatting happen later in one place.
class FindingSink {
public:
    // The findings go to `findings` one by one: the one reported last stays here, open to
    // its rule (a suggestion, a fix), until the next is reported or flush() is called.
    explicit FindingSink(FindingList& findings) : findings_(findings) {}
    FindingSink(const FindingSink&) = delete;
    FindingSink& operator=(const FindingSink&) = delete;

    // A finding at a byte range of a block's text, with a message of the catalogue
    // (language/messages.h) that output in the reader's language says again.
    Finding& report(const RuleInfo& rule, const Article& article, const Block& block,
                    std::size_t text_begin, std::size_t text_end, std::string_view message_id,
                    std::vector<MessageArgument> arguments);
    // The same at a source offset of the article's file.
    Finding& report(const RuleInfo& rule, const Article& article, std::size_t source_offset,
                    std::string_view message_id, std::vector<MessageArgument> arguments);

    // The finding reported last; a reference to it holds until the next report.
    Finding& last() { return *open_; }

    // Puts the finding reported last into the list. Whoever made the sink calls this
    // before reading the list.
    void flush();

private:
    // The place of a finding, before its message: a rule cannot report a message outside
    // the catalogue (it would stay English in French output).
    Finding& report(const RuleInfo& rule, const Article& article, const Block& block,
                    std::size_t text_begin, std::size_t text_end);
    Finding& report(const RuleInfo& rule, const Article& article, std::size_t source_offset);

    FindingList& findings_;
    std::optional<Finding> open_;
};

// Makes `replacement` the mechanical fix of `finding` (see Fix): the block's text bytes
// [text_begin, text_end) become it. Nothing is attached when the file does not hold that
// text verbatim (a reference, markup or a collapsed line break inside) or when the
// replacement would need escaping in XML or holds a line break: such a finding keeps its
// suggestion only.
void attach_fix(Finding& finding, const Article& article, const Block& block,
                std::size_t text_begin, std::size_t text_end, std::string replacement);

// One rule of the catalogue. Rules of the schema stage report from the loader and keep the
// default no-op `check`; content rules read the parsed article.
class Rule {
public:
    virtual ~Rule() = default;
    virtual const RuleInfo& info() const = 0;
    virtual void check(const Article& article, CheckContext& context, FindingSink& sink) const;
    // Rules that compare source and target (translation family) read XLIFF files here.
    virtual void check_bilingual(const BilingualDocument& document, CheckContext& context,
                                 FindingSink& sink) const;
};

// Gives a rule class its `info()` from its `static constexpr RuleInfo kInfo`.
template <typename Derived>
class RuleBase : public Rule {
public:
    const RuleInfo& info() const final { return Derived::kInfo; }
};

} // namespace medloc
