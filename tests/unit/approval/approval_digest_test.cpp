// The approval digest covers what a reader sees of an article and nothing else: these
// tests edit an article in ways that change what is read and ways that do not.
#include "approval/approval_digest.h"
#include "loading/document_loader.h"
#include "loading/xml_parser.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

const std::string kHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<article xmlns=\"urn:medloc:article:1\" id=\"a\" xml:lang=\"fr-FR\" "
                          "revision=\"1\">\n"
                          "  <meta>\n"
                          "    <title id=\"title\">Titre</title>\n"
                          "    <audience>patient</audience>\n"
                          "    <specialty>pediatrics</specialty>\n";
const std::string kReview =
    "    <review status=\"approved\" reviewer=\"Dr A\" date=\"2026-01-15\"/>\n";
const std::string kQuestion = "  </meta>\n  <question id=\"q\">Que faire\u00A0?</question>\n";
const std::string kAnswer =
    "  <answer>\n"
    "    <p id=\"intro\">Donnez <dose value=\"500\" unit=\"mg\">500 mg</dose> de "
    "<term concept=\"c-paracetamol\">paracétamol</term>.</p>\n"
    "    <p id=\"suite\">Buvez <em>souvent</em>.</p>\n"
    "  </answer>\n"
    "  <references>\n"
    "    <ref id=\"ref-1\" href=\"https://www.has-sante.fr/\">HAS</ref>\n"
    "  </references>\n"
    "</article>\n";

struct Parsed {
    LoadedDocument document;
    Article article;
};

Parsed parse(const std::string& xml) {
    initialise_secure_xml();
    LoadedDocument loaded = load_xml_text("a.xml", xml, {nullptr, false, ReadLimits{}, "articles"});
    EXPECT_TRUE(loaded.ok()) << xml;
    Article article = build_article(loaded.source, *loaded.tree);
    return {std::move(loaded), std::move(article)};
}

std::string digest_of(const std::string& xml) {
    return digest_content(parse(xml).article).digest;
}

std::string article(const std::string& answer = kAnswer, const std::string& review = kReview) {
    return kHead + review + kQuestion + answer;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

TEST(ApprovalDigest, CanonicalFormIsTheDocumentedOne) {
    const Parsed parsed = parse(article());
    EXPECT_EQ(canonical_form(parsed.article),
              "medloc-approval-1\n"
              "<title>Titre</title>\n"
              "<question>Que faire\u00A0?</question>\n"
              "<p>Donnez <dose unit=\"mg\" value=\"500\">500 mg</dose> de <term "
              "concept=\"c-paracetamol\">paracétamol</term>.</p>\n"
              "<p>Buvez <em>souvent</em>.</p>\n"
              "<ref href=\"https://www.has-sante.fr/\">HAS</ref>\n");
    const ContentDigest digest = digest_content(parsed.article);
    EXPECT_TRUE(digest.digest.starts_with("v1:sha256:")) << digest.digest;
    EXPECT_EQ(digest.digest.size(), 10u + 64u);
    ASSERT_EQ(digest.blocks.size(), 5u);
    EXPECT_EQ(digest.blocks[2].id, "intro");
    EXPECT_EQ(digest.blocks[2].hash.size(), 16u);
}

TEST(ApprovalDigest, LayoutReferencesAttributeOrderAndCompositionDoNotCount) {
    const std::string base = digest_of(article());
    // Line breaks and indentation inside a block, and runs of spaces.
    EXPECT_EQ(base, digest_of(article(replaced(kAnswer, "Buvez <em>souvent</em>.",
                                               "Buvez\n        <em>souvent</em>."))));
    EXPECT_EQ(base, digest_of(article(replaced(kAnswer, "Donnez <dose", "Donnez   <dose"))));
    EXPECT_EQ(base, digest_of(article(replaced(kAnswer, "<p id=\"suite\">Buvez",
                                               "<p id=\"suite\">\n      Buvez"))));
    // A space on either side of a tag reads the same.
    EXPECT_EQ(base,
              digest_of(article(replaced(kAnswer, "Buvez <em>souvent", "Buvez<em> souvent"))));
    // Character references, CDATA, attribute order and quotes.
    EXPECT_EQ(base, digest_of(article(
                        replaced(kAnswer, "paracétamol</term>", "parac&#xE9;tamol</term>"))));
    EXPECT_EQ(base, digest_of(article(replaced(kAnswer, "Buvez <em>", "<![CDATA[Buvez ]]><em>"))));
    EXPECT_EQ(base, digest_of(article(replaced(kAnswer, "<dose value=\"500\" unit=\"mg\">",
                                               "<dose unit='mg'  value=\"500\">"))));
    // A decomposed accent (e + U+0301) is the same letter.
    EXPECT_EQ(base, digest_of(article(
                        replaced(kAnswer, "paracétamol</term>", "parace\u0301tamol</term>"))));
    // Comments, the review element itself, and the block ids' attributes' layout.
    EXPECT_EQ(base, digest_of(article(replaced(kAnswer, "Buvez <em>", "Buvez <!-- note --><em>"))));
    EXPECT_EQ(base, digest_of(article(kAnswer, "    <review status=\"in-review\"/>\n")));
    EXPECT_EQ(base, digest_of(replaced(article(), "<p id=\"suite\">", "<p   id='suite' >")));
}

TEST(ApprovalDigest, TextMarkupAndOrderCount) {
    const Parsed before = parse(article());
    const ContentDigest base = digest_content(before.article);
    const auto changed_blocks = [&](const std::string& xml) {
        const ContentDigest other = digest_content(parse(xml).article);
        EXPECT_NE(other.digest, base.digest) << xml;
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < other.blocks.size() && i < base.blocks.size(); ++i)
            if (other.blocks[i].hash != base.blocks[i].hash)
                ids.push_back(other.blocks[i].id);
        return ids;
    };
    using Ids = std::vector<std::string>;
    // One sentence added: only that block's digest moves.
    EXPECT_EQ(changed_blocks(article(replaced(kAnswer, "<em>souvent</em>.",
                                              "<em>souvent</em>. Prenez 10 comprimés par jour."))),
              Ids{"suite"});
    // A dose's machine value, an emphasis turned strong, a link target.
    EXPECT_EQ(changed_blocks(article(replaced(kAnswer, "value=\"500\"", "value=\"50\""))),
              Ids{"intro"});
    EXPECT_EQ(
        changed_blocks(article(replaced(kAnswer, "<em>souvent</em>", "<strong>souvent</strong>"))),
        Ids{"suite"});
    EXPECT_EQ(changed_blocks(article(
                  replaced(kAnswer, "https://www.has-sante.fr/", "https://www.example.org/"))),
              Ids{"ref-1"});
    // A no-break space is not a space; two words are not one.
    EXPECT_EQ(changed_blocks(article(replaced(kAnswer, "500 mg</dose>", "500\u00A0mg</dose>"))),
              Ids{"intro"});
    EXPECT_EQ(changed_blocks(article(replaced(kAnswer, "Buvez <em>", "Buvez<em>"))), Ids{"suite"});
    // Two blocks swapped: each keeps its digest, the article's changes.
    const std::string swapped = article("  <answer>\n"
                                        "    <p id=\"suite\">Buvez <em>souvent</em>.</p>\n"
                                        "    <p id=\"intro\">Donnez <dose value=\"500\" "
                                        "unit=\"mg\">500 mg</dose> de <term "
                                        "concept=\"c-paracetamol\">paracétamol</term>.</p>\n"
                                        "  </answer>\n  <references>\n    <ref id=\"ref-1\" "
                                        "href=\"https://www.has-sante.fr/\">HAS</ref>\n  "
                                        "</references>\n</article>\n");
    EXPECT_NE(digest_of(swapped), base.digest);
}

// An article approved with `medloc approve`'s attributes for the content of `approved_xml`.
std::string approved_for(const std::string& approved_xml, const std::string& answer) {
    const ContentDigest digest = digest_content(parse(approved_xml).article);
    std::string blocks;
    for (const BlockDigest& block : digest.blocks)
        blocks += (blocks.empty() ? "" : "\n        ") + block.id + ":" + block.hash;
    return article(answer, "    <review status=\"approved\" reviewer=\"Dr A\" "
                           "date=\"2026-01-15\"\n            digest=\"" +
                               digest.digest + "\"\n            blocks=\"" + blocks + "\"/>\n");
}

TEST(ApprovalCheck, CurrentStaleAndMissing) {
    EXPECT_EQ(check_approval(parse(article()).article).state, ApprovalState::no_digest);
    EXPECT_EQ(
        check_approval(parse(article(kAnswer, "    <review status=\"draft\"/>\n")).article).state,
        ApprovalState::not_approved);
    EXPECT_EQ(check_approval(parse(approved_for(article(), kAnswer)).article).state,
              ApprovalState::current);

    const std::string edited =
        replaced(kAnswer, "<em>souvent</em>.", "<em>souvent</em>. Prenez 10 comprimés par jour.");
    const ApprovalCheck stale = check_approval(parse(approved_for(article(), edited)).article);
    EXPECT_EQ(stale.state, ApprovalState::stale);
    EXPECT_TRUE(stale.blocks_known);
    EXPECT_EQ(stale.changed, std::vector<std::string>{"suite"});
    EXPECT_TRUE(stale.added.empty() && stale.removed.empty());
    EXPECT_EQ(stale.describe_changes(), "block suite changed");

    const std::string grown =
        replaced(kAnswer, "  </answer>", "    <p id=\"nouveau\">Nouveau.</p>\n  </answer>");
    const std::string shrunk =
        replaced(kAnswer, "    <p id=\"suite\">Buvez <em>souvent</em>.</p>\n", "");
    const ApprovalCheck added = check_approval(parse(approved_for(article(), grown)).article);
    EXPECT_EQ(added.added, std::vector<std::string>{"nouveau"});
    const ApprovalCheck removed = check_approval(parse(approved_for(article(), shrunk)).article);
    EXPECT_EQ(removed.removed, std::vector<std::string>{"suite"});
    EXPECT_EQ(removed.describe_changes(), "block suite removed");
}

TEST(ApprovalCheck, UnknownVersionAndUnreadableBlockListAreNotGuessed) {
    std::string future = approved_for(article(), kAnswer);
    future = replaced(future, "digest=\"v1:", "digest=\"v2:");
    EXPECT_EQ(check_approval(parse(future).article).state, ApprovalState::unknown_version);

    std::string no_blocks = approved_for(article(), replaced(kAnswer, "Buvez", "Mangez"));
    no_blocks.replace(no_blocks.find("blocks=\""), 8, "blocks=\"garbage ");
    const ApprovalCheck check = check_approval(parse(no_blocks).article);
    EXPECT_EQ(check.state, ApprovalState::stale);
    EXPECT_FALSE(check.blocks_known);
    EXPECT_NE(check.describe_changes().find("cannot be named"), std::string::npos);
}

TEST(BlockDigests, FormatParsesBackAndStrangeListsAreRefused) {
    std::vector<BlockDigest> blocks;
    for (int i = 0; i < 12; ++i)
        blocks.push_back({"block-" + std::to_string(i), {}, "0123456789abcdef"});
    const std::string text = format_block_digests(blocks);
    EXPECT_TRUE(text.starts_with("block-0:0123456789abcdef block-1:")) << text;
    // Line breaks in the attribute (an editor's wrapping) read as spaces.
    std::string wrapped = text;
    wrapped[wrapped.find(' ')] = '\n';
    const auto parsed = parse_block_digests(wrapped);
    ASSERT_EQ(parsed.size(), blocks.size());
    EXPECT_EQ(parsed[11].id, "block-11");
    EXPECT_EQ(parsed[11].hash, "0123456789abcdef");
    EXPECT_TRUE(parse_block_digests("a:0123").empty());
    EXPECT_TRUE(parse_block_digests("a:0123456789abcdeZ").empty());
}

} // namespace
} // namespace medloc
