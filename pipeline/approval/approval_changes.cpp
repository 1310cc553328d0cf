#include "approval/approval_changes.h"

#include "loading/document_loader.h"

#include <map>

namespace medloc {

namespace {

// The blocks of the approved version against the current ones, by id, in article order;
// removed blocks last, in their approved order.
void compare_versions(const Article& approved, const Article& current, ApprovalChanges& changes) {
    std::map<std::string, const Block*> before;
    for (const Block& block : approved.blocks)
        before.emplace(block.id, &block);
    std::map<std::string, bool> present;
    for (const Block& block : current.blocks) {
        present[block.id] = true;
        const auto was = before.find(block.id);
        if (was == before.end()) {
            changes.blocks.push_back({block.id, BlockChange::Kind::added, {}, block.text.text()});
        } else if (canonical_block(*was->second) != canonical_block(block)) {
            changes.blocks.push_back({block.id, BlockChange::Kind::changed,
                                      was->second->text.text(), block.text.text()});
        }
    }
    for (const Block& block : approved.blocks)
        if (!present.contains(block.id))
            changes.blocks.push_back({block.id, BlockChange::Kind::removed, block.text.text(), {}});
}

// From the per-block digests only: ids and current text.
void from_block_digests(const Article& current, ApprovalChanges& changes) {
    for (const std::string& id : changes.check.changed)
        if (const Block* block = current.find_block(id))
            changes.blocks.push_back({id, BlockChange::Kind::changed, {}, block->text.text()});
    for (const std::string& id : changes.check.added)
        if (const Block* block = current.find_block(id))
            changes.blocks.push_back({id, BlockChange::Kind::added, {}, block->text.text()});
    for (const std::string& id : changes.check.removed)
        changes.blocks.push_back({id, BlockChange::Kind::removed, {}, {}});
}

} // namespace

ApprovalChanges approval_changes(const Article& article, bool history,
                                 const HistoryLimits& limits) {
    ApprovalChanges changes;
    changes.check = check_approval(article);
    if (changes.check.state != ApprovalState::stale)
        return changes;
    if (!history) {
        changes.history_note = "history not searched";
    } else {
        auto found = find_approved_version(article.path(), changes.check.recorded_digest, limits);
        if (!found)
            changes.history_note = found.error().message;
        else if (!found.value())
            changes.history_note = "no commit of the last " + std::to_string(limits.max_commits) +
                                   " has the approved content";
        else
            changes.approved = std::move(found.value());
    }
    if (changes.approved) {
        LoadedDocument loaded = load_xml_text(article.path(), changes.approved->content,
                                              {nullptr, false, limits.read, "articles"});
        if (loaded.ok()) {
            compare_versions(build_article(loaded.source, *loaded.tree), article, changes);
            return changes;
        }
        changes.approved.reset();
        changes.history_note = "the approved version cannot be read";
    }
    from_block_digests(article, changes);
    return changes;
}

} // namespace medloc
