#pragma once

#include "loading/article.h"

#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// What a medical approval covers (docs/formats/approval.md): the text and inline markup of
// every translatable block, in a canonical form that white-space layout, references,
// attribute order and Unicode composition do not change, and that the review element does
// not enter. `medloc approve` records its digest in the review element; any later edit of
// what a reader sees makes the approval stale.
inline constexpr int kApprovalFormVersion = 1;

// One block's canonical line ("<p>Prenez <dose unit=\"mg\" value=\"500\">500 mg</dose>.</p>")
// and the first 16 hex digits of the SHA-256 of that line and its line feed.
struct BlockDigest {
    std::string id;
    std::string canonical;
    std::string hash;
};

struct ContentDigest {
    std::string digest; // "v1:sha256:" and the SHA-256 of the whole canonical form
    std::vector<BlockDigest> blocks;
};

// The canonical line of one block (without its line feed).
std::string canonical_block(const Block& block);

// The canonical form of an article: a version line, then one line per block.
std::string canonical_form(const Article& article);

ContentDigest digest_content(const Article& article);

// The review element's `blocks` attribute for a digest: "id:hash" items, space-separated.
std::string format_block_digests(const std::vector<BlockDigest>& blocks);

enum class ApprovalState {
    not_approved,    // review status is not "approved": nothing to check
    no_digest,       // approved, but no digest records what was read
    unknown_version, // a digest of a canonical form this medloc does not know
    current,         // the content is what was approved
    stale,           // the content changed since the approval
};

struct ApprovalCheck {
    ApprovalState state = ApprovalState::not_approved;
    std::string recorded_digest;
    std::string current_digest;
    bool blocks_known = false;        // the approval recorded per-block digests
    std::vector<std::string> changed; // block ids whose content differs, article order
    std::vector<std::string> added;   // blocks the approval did not cover
    std::vector<std::string> removed; // approved blocks no longer in the article
    bool reordered_only = false;      // same blocks, other order (blocks_known only)

    // "intro, causes-2 changed; conclusion added", or why the blocks cannot be named.
    std::string describe_changes() const;
};

// Compares the article's content with the digest its review element records.
ApprovalCheck check_approval(const Article& article);

// The digest recorded in a review element's `blocks` attribute, when it reads as one.
std::vector<BlockDigest> parse_block_digests(std::string_view recorded);

} // namespace medloc
