#include "approval/approval_digest.h"

#include "core/sha256.h"
#include "language/normalization.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace medloc {

namespace {

constexpr std::size_t kBlockHashDigits = 16;

bool is_xml_white_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_namespace_declaration(const std::string& name) {
    return name == "xmlns" || name.starts_with("xmlns:");
}

void append_escaped(std::string& out, std::string_view text, bool in_attribute) {
    for (const char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>' && !in_attribute)
            out += "&gt;";
        else if (c == '"' && in_attribute)
            out += "&quot;";
        else
            out += c;
    }
}

// A value as XML Schema reads a token: white-space runs are one space, none at the ends.
std::string collapsed(std::string_view value) {
    std::string out;
    bool pending = false;
    for (const char c : value) {
        if (is_xml_white_space(c)) {
            pending = !out.empty();
            continue;
        }
        if (pending)
            out += ' ';
        pending = false;
        out += c;
    }
    return out;
}

using Attributes = std::vector<std::pair<std::string, std::string>>;

void append_start_tag(std::string& out, std::string_view name, const Attributes& attributes) {
    Attributes sorted;
    for (const auto& [key, value] : attributes)
        if (key != "id" && !is_namespace_declaration(key))
            sorted.emplace_back(key, to_nfc(collapsed(value)));
    std::sort(sorted.begin(), sorted.end());
    out += '<';
    out += name;
    for (const auto& [key, value] : sorted) {
        out += ' ';
        out += key;
        out += "=\"";
        append_escaped(out, value, true);
        out += '"';
    }
    out += '>';
}

// Writes a block's content with the white-space rule of the canonical form: a run of
// white space, even one that tags interrupt, is one space; among the tags between the two
// characters around it, the space stands after the end tags that come first and before
// the rest ("a</em> <b>c", whatever side of the tags the source had it on); none before the
// first character or after the last. Each stretch of text between two tags is NFC.
class CanonicalText {
public:
    explicit CanonicalText(std::string& out) : out_(out) {}

    void text(std::string_view bytes) {
        for (const char c : bytes) {
            if (is_xml_white_space(c)) {
                pending_space_ = started_;
                continue;
            }
            if (!tags_.empty() || pending_space_) {
                flush();
                out_ += std::string_view(tags_).substr(0, leading_end_tags_);
                if (pending_space_)
                    out_ += ' ';
                out_ += std::string_view(tags_).substr(leading_end_tags_);
                tags_.clear();
                leading_end_tags_ = 0;
            }
            pending_space_ = false;
            started_ = true;
            stretch_ += c;
        }
    }

    // Tags wait for the next character, which decides where a space among them goes.
    void tag(const std::string& markup) {
        const bool leading = tags_.size() == leading_end_tags_ && markup.starts_with("</");
        tags_ += markup;
        if (leading)
            leading_end_tags_ = tags_.size();
    }

    void finish() {
        flush();
        out_ += tags_;
        tags_.clear();
    }

private:
    void flush() {
        append_escaped(out_, to_nfc(stretch_), false);
        stretch_.clear();
    }

    std::string& out_;
    std::string stretch_;
    std::string tags_;                 // since the last character
    std::size_t leading_end_tags_ = 0; // length of the end tags that begin `tags_`
    bool pending_space_ = false;
    bool started_ = false;
};

std::string form_header() {
    return "medloc-approval-" + std::to_string(kApprovalFormVersion) + "\n";
}

std::string block_hash(const std::string& canonical) {
    return sha256_hex(canonical + "\n").substr(0, kBlockHashDigits);
}

bool is_hex(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

} // namespace

std::string canonical_block(const Block& block) {
    std::string out;
    append_start_tag(out, block.kind, block.attributes);
    CanonicalText content(out);
    const std::string& text = block.text.text();
    // Spans come in document order, a nested span after its parent. A span nests in the
    // open one when it ends inside it (as the bundle's content tree reads them); only the
    // place of an empty element at the very end of another is ambiguous, and invisible.
    struct Open {
        std::size_t end;
        const std::string* name;
    };
    std::vector<Open> open;
    std::size_t at = 0;
    const auto text_to = [&](std::size_t end) {
        end = std::min(end, text.size());
        if (end > at) {
            content.text(std::string_view(text).substr(at, end - at));
            at = end;
        }
    };
    const auto close = [&] {
        text_to(open.back().end);
        content.tag("</" + *open.back().name + ">");
        open.pop_back();
    };
    for (const InlineSpan& span : block.spans) {
        while (!open.empty() && span.end > open.back().end)
            close();
        text_to(span.begin);
        std::string tag;
        append_start_tag(tag, span.element, span.attributes);
        content.tag(tag);
        open.push_back({span.end, &span.element});
    }
    while (!open.empty())
        close();
    text_to(text.size());
    content.finish();
    out += "</" + block.kind + ">";
    return out;
}

std::string canonical_form(const Article& article) {
    std::string form = form_header();
    for (const Block& block : article.blocks)
        form += canonical_block(block) + "\n";
    return form;
}

ContentDigest digest_content(const Article& article) {
    ContentDigest digest;
    std::string form = form_header();
    for (const Block& block : article.blocks) {
        BlockDigest entry{block.id, canonical_block(block), {}};
        entry.hash = block_hash(entry.canonical);
        form += entry.canonical + "\n";
        digest.blocks.push_back(std::move(entry));
    }
    digest.digest = "v" + std::to_string(kApprovalFormVersion) + ":sha256:" + sha256_hex(form);
    return digest;
}

std::string format_block_digests(const std::vector<BlockDigest>& blocks) {
    std::string out;
    for (const BlockDigest& block : blocks)
        out += (out.empty() ? "" : " ") + block.id + ":" + block.hash;
    return out;
}

std::vector<BlockDigest> parse_block_digests(std::string_view recorded) {
    std::vector<BlockDigest> blocks;
    const std::string items = collapsed(recorded);
    std::size_t start = 0;
    while (start < items.size()) {
        const std::size_t end = std::min(items.find(' ', start), items.size());
        const std::string_view item = std::string_view(items).substr(start, end - start);
        const std::size_t colon = item.rfind(':');
        if (colon == std::string_view::npos || colon == 0 ||
            item.size() - colon - 1 != kBlockHashDigits || !is_hex(item.substr(colon + 1)))
            return {}; // not a list medloc wrote: the blocks cannot be named
        blocks.push_back(
            {std::string(item.substr(0, colon)), {}, std::string(item.substr(colon + 1))});
        start = end + 1;
    }
    return blocks;
}

ApprovalCheck check_approval(const Article& article) {
    ApprovalCheck check;
    if (article.review.status != "approved")
        return check;
    check.recorded_digest = article.review.digest;
    if (check.recorded_digest.empty()) {
        check.state = ApprovalState::no_digest;
        return check;
    }
    const std::string prefix = "v" + std::to_string(kApprovalFormVersion) + ":sha256:";
    if (!check.recorded_digest.starts_with(prefix)) {
        check.state = ApprovalState::unknown_version;
        return check;
    }
    const ContentDigest current = digest_content(article);
    check.current_digest = current.digest;
    if (current.digest == check.recorded_digest) {
        check.state = ApprovalState::current;
        return check;
    }
    check.state = ApprovalState::stale;
    const std::vector<BlockDigest> recorded = parse_block_digests(article.review.blocks);
    check.blocks_known = !recorded.empty();
    if (!check.blocks_known)
        return check;
    // Block ids are unique in a valid article; a repeated id compares as the sequence of
    // its blocks' digests.
    std::map<std::string, std::vector<std::string>> before;
    std::map<std::string, std::vector<std::string>> now;
    for (const BlockDigest& block : recorded)
        before[block.id].push_back(block.hash);
    for (const BlockDigest& block : current.blocks)
        now[block.id].push_back(block.hash);
    std::set<std::string> seen;
    for (const BlockDigest& block : current.blocks) {
        if (!seen.insert(block.id).second)
            continue;
        const auto was = before.find(block.id);
        if (was == before.end())
            check.added.push_back(block.id);
        else if (was->second != now[block.id])
            check.changed.push_back(block.id);
    }
    seen.clear();
    for (const BlockDigest& block : recorded)
        if (!now.contains(block.id) && seen.insert(block.id).second)
            check.removed.push_back(block.id);
    check.reordered_only = check.changed.empty() && check.added.empty() && check.removed.empty();
    return check;
}

std::string ApprovalCheck::describe_changes() const {
    if (!blocks_known)
        return "the approval does not record its blocks, so the changed ones cannot be named";
    if (reordered_only)
        return "the blocks were moved (or the digest was edited by hand)";
    std::vector<std::string> parts;
    if (!changed.empty())
        parts.push_back("block" + std::string(changed.size() > 1 ? "s " : " ") + joined(changed) +
                        " changed");
    if (!added.empty())
        parts.push_back("block" + std::string(added.size() > 1 ? "s " : " ") + joined(added) +
                        " added");
    if (!removed.empty())
        parts.push_back("block" + std::string(removed.size() > 1 ? "s " : " ") + joined(removed) +
                        " removed");
    std::string text;
    for (const std::string& part : parts)
        text += (text.empty() ? "" : "; ") + part;
    return text;
}

} // namespace medloc
