#include "approval/approval_record.h"

#include "approval/approval_digest.h"
#include "core/calendar_date.h"
#include "core/markup_escape.h"
#include "loading/document_loader.h"
#include "text/utf8.h"

#include <algorithm>

namespace medloc {

namespace {

const MarkupNode* review_element(const Article& article, const MarkupTree& tree) {
    for (const std::size_t index : tree.elements()) {
        const MarkupNode& node = tree.node(index);
        if (node.begin == article.review.source_offset && node.local_name() == "review")
            return &node;
    }
    return nullptr;
}

std::string attribute_value(std::string_view value) {
    return escape_markup(value, "&<>\"");
}

} // namespace

Result<std::string> reviewer_name(std::string_view name) {
    if (utf8::first_invalid(name))
        return Error{"the reviewer's name is not UTF-8"};
    std::string collapsed;
    bool pending = false;
    for (const char c : name) {
        const unsigned char byte = static_cast<unsigned char>(c);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pending = !collapsed.empty();
            continue;
        }
        if (byte < 0x20 || byte == 0x7F)
            return Error{"the reviewer's name holds a control character"};
        if (pending)
            collapsed += ' ';
        pending = false;
        collapsed += c;
    }
    if (collapsed.empty())
        return Error{"the reviewer's name is empty"};
    return collapsed;
}

Result<std::string> record_approval(const Article& article, const MarkupTree& tree,
                                    const ApprovalRecord& record) {
    const std::string_view source = article.source->content;
    const MarkupNode* review = review_element(article, tree);
    if (review == nullptr)
        return Error{"the article has no review element"};
    auto reviewer = reviewer_name(record.reviewer);
    if (!reviewer)
        return reviewer.error();
    const auto date = parse_iso_date(record.date);
    if (!date || record.date.size() != 10)
        return Error{"the review date must be written YYYY-MM-DD, not '" + record.date + "'"};

    // One line, as the element was: the findings below it keep their line numbers.
    const ContentDigest digest = digest_content(article);
    std::string element = "<" + review->name;
    for (const MarkupAttribute& attribute : review->attributes)
        if (attribute.name == "xmlns" || attribute.name.starts_with("xmlns:"))
            element +=
                " " + std::string(source.substr(attribute.name_offset,
                                                attribute.value_end + 1 - attribute.name_offset));
    element += " status=\"approved\" reviewer=\"" + attribute_value(reviewer.value()) +
               "\" date=\"" + format_iso_date(*date) + "\" digest=\"" + digest.digest +
               "\" blocks=\"" + format_block_digests(digest.blocks) + "\"/>";

    std::string updated(source.substr(0, review->begin));
    updated += element;
    updated += source.substr(review->end);
    return updated;
}

Status approval_allowed(const ApprovalRecord& record,
                        const std::vector<std::string>& allowed_reviewers,
                        std::chrono::year_month_day today) {
    auto reviewer = reviewer_name(record.reviewer);
    if (!reviewer)
        return reviewer.error();
    if (!allowed_reviewers.empty() &&
        std::none_of(allowed_reviewers.begin(), allowed_reviewers.end(),
                     [&](const std::string& allowed) {
                         auto name = reviewer_name(allowed);
                         return name && name.value() == reviewer.value();
                     }))
        return Error{"'" + reviewer.value() +
                     "' is not one of the reviewers medloc.ini allows (review.reviewers)"};
    const auto date = parse_iso_date(record.date);
    if (!date || record.date.size() != 10)
        return Error{"--date must be a day written YYYY-MM-DD, not '" + record.date + "'"};
    if (std::chrono::sys_days{*date} > std::chrono::sys_days{today})
        return Error{"the review date " + record.date + " is after today (" +
                     format_iso_date(today) + ")"};
    return ok_status();
}

Result<PreparedApproval> prepare_approval(const std::string& path, const XmlSchema& schema,
                                          const ReadLimits& limits, const ApprovalRecord& record) {
    const DocumentRules rules{&schema, false, limits, "articles"};
    const auto problems = [&](const LoadedDocument& loaded) {
        std::string text;
        for (const LoadIssue& issue : loaded.issues)
            text += (text.empty() ? "" : "\n") + path + ":" + std::to_string(issue.position.line) +
                    ":" + std::to_string(issue.position.column) + ": " + issue.message;
        return text;
    };
    LoadedDocument loaded = load_xml_document(path, rules);
    if (!loaded.ok())
        return Error{problems(loaded) + "\n" + path + ": not approved: the article is not valid"};
    const Article article = build_article(loaded.source, *loaded.tree);
    PreparedApproval prepared;
    prepared.path = path;
    prepared.before = check_approval(article).state;
    auto content = record_approval(article, *loaded.tree, record);
    if (!content)
        return Error{path + ": " + content.error().message};
    prepared.unchanged = content.value() == loaded.source->content;
    prepared.content = std::move(content).value();

    // What is written must load, be valid and carry a current approval.
    LoadedDocument written = load_xml_text(path, prepared.content, rules);
    if (!written.ok())
        return Error{path + ": the approved article would not be valid (a medloc bug): " +
                     problems(written)};
    if (check_approval(build_article(written.source, *written.tree)).state !=
        ApprovalState::current)
        return Error{path + ": the recorded digest does not match the article (a medloc bug)"};
    return prepared;
}

} // namespace medloc
