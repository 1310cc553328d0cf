#include "checks/rule.h"

#include "language/messages.h"
#include "loading/article.h"
#include "text/utf8.h"

#include <algorithm>

namespace medloc {

void Rule::check(const Article&, CheckContext&, FindingSink&) const {}

void Rule::check_bilingual(const BilingualDocument&, CheckContext&, FindingSink&) const {}

Finding& FindingSink::report(const RuleInfo& rule, const Article& article, const Block& block,
                             std::size_t text_begin, std::size_t text_end) {
    Finding& finding = report(rule, article, block.text.source_offset(text_begin));
    finding.block_id = block.id;
    finding.locale = block.locale;
    const std::string& text = block.text.text();
    text_begin = std::min(text_begin, text.size());
    text_end = std::clamp(text_end, text_begin, text.size());
    finding.flagged_text = text.substr(text_begin, text_end - text_begin);
    return finding;
}

Finding& FindingSink::report(const RuleInfo& rule, const Article& article,
                             std::size_t source_offset) {
    flush();
    Finding& finding = open_.emplace();
    finding.rule_id = std::string(rule.id);
    finding.severity = rule.default_severity;
    finding.file = article.path();
    finding.position = article.position(source_offset);
    finding.document_id = article.id;
    finding.locale = article.locale;
    return finding;
}

void FindingSink::flush() {
    if (!open_)
        return;
    findings_.push_back(*open_);
    open_.reset();
}

Finding& FindingSink::report(const RuleInfo& rule, const Article& article, const Block& block,
                             std::size_t text_begin, std::size_t text_end,
                             std::string_view message_id, std::vector<MessageArgument> arguments) {
    Finding& finding = report(rule, article, block, text_begin, text_end);
    set_message(finding, message_id, std::move(arguments));
    return finding;
}

Finding& FindingSink::report(const RuleInfo& rule, const Article& article,
                             std::size_t source_offset, std::string_view message_id,
                             std::vector<MessageArgument> arguments) {
    Finding& finding = report(rule, article, source_offset);
    set_message(finding, message_id, std::move(arguments));
    return finding;
}

void attach_fix(Finding& finding, const Article& article, const Block& block,
                std::size_t text_begin, std::size_t text_end, std::string replacement) {
    if (replacement.find_first_of("<>&\r\n") != std::string::npos)
        return;
    const std::string& content = article.source->content;
    const auto offset = block.text.verbatim_source_offset(content, text_begin, text_end);
    if (!offset)
        return;
    Fix fix;
    fix.offset = *offset;
    fix.length = text_end - text_begin;
    fix.replacement = std::move(replacement);
    fix.start = article.position(fix.offset);
    fix.end_column =
        fix.start.column +
        static_cast<int>(utf8::length(std::string_view(content).substr(fix.offset, fix.length)));
    finding.fix = std::move(fix);
}

} // namespace medloc
