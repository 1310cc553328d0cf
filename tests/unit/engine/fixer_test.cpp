#include "checks/check_context.h"
#include "checks/rule.h"
#include "core/finding_json.h"
#include "engine/fixer.h"
#include "loading/article.h"
#include "loading/markup_tree.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

Finding fixable(std::size_t offset, std::string flagged, std::string replacement) {
    Finding finding;
    finding.rule_id = "typography.test";
    finding.flagged_text = flagged;
    finding.fix = Fix{offset, flagged.size(), std::move(replacement), {1, 1}, 1};
    return finding;
}

TEST(ApplyFixes, FromTheEndLeavingOverlapsForTheNextRound) {
    const std::string text = "Attention :la dose...";
    // "breaking space before ':'" and "missing space after ':'" share the colon.
    const std::vector<Finding> findings = {fixable(9, " :", "\u00A0:"), fixable(10, ":", ": "),
                                           fixable(18, "...", "…")};
    const AppliedFixes first = apply_fixes(text, findings);
    EXPECT_EQ(first.applied, 2);
    // From the end: the ellipsis, then the space after the colon; the space before it
    // overlaps that one and waits for the next round.
    EXPECT_EQ(first.content, "Attention : la dose…");
}

TEST(ApplyFixes, SkipsFixesWhoseTextChangedOrThatChangeNothing) {
    const std::string text = "abc";
    EXPECT_EQ(apply_fixes(text, {fixable(0, "x", "y")}).applied, 0);
    EXPECT_EQ(apply_fixes(text, {fixable(1, "b", "b")}).applied, 0);
    EXPECT_EQ(apply_fixes(text, {fixable(2, "cd", "x")}).applied, 0); // past the end
    Finding no_fix;
    no_fix.flagged_text = "a";
    no_fix.suggestions = {"z"}; // a suggestion is never applied
    EXPECT_EQ(apply_fixes(text, {no_fix}).content, "abc");
}

Article parse(const std::string& xml) {
    auto source = make_source_file("a.xml", xml);
    const MarkupTree tree = scan_markup(source->content);
    return build_article(source, tree);
}

TEST(AttachFix, OnlyWhereTheFileHoldsTheTextVerbatim) {
    const Article article = parse(
        "<article xmlns=\"urn:medloc:article:1\" id=\"a\" xml:lang=\"fr-FR\"><meta><title "
        "id=\"t\">Un :deux &amp; trois <em>x</em>... quatre\n   :cinq</title></meta></article>");
    const Block& block = article.blocks.front();
    const std::string& text = block.text.text();
    ASSERT_EQ(text, "Un :deux & trois x... quatre :cinq");
    const auto fix_of = [&](std::string_view piece, std::string replacement) {
        Finding finding;
        const std::size_t at = text.find(piece);
        attach_fix(finding, article, block, at, at + piece.size(), std::move(replacement));
        return finding.fix;
    };
    const auto plain = fix_of(" :", "\u00A0:");
    ASSERT_TRUE(plain);
    EXPECT_EQ(article.source->content.substr(plain->offset, plain->length), " :");
    EXPECT_EQ(plain->start.column + 2, plain->end_column);
    EXPECT_FALSE(fix_of("& trois", "et trois")); // a reference inside
    EXPECT_FALSE(fix_of("x...", "x…"));          // markup inside
    EXPECT_TRUE(fix_of("...", "…"));
    EXPECT_FALSE(fix_of("quatre :", "quatre\u00A0:")); // a collapsed line break
    EXPECT_FALSE(fix_of("Un", "<b>Un</b>"));           // would need escaping
}

TEST(FixJson, RoundTripsThroughTheCacheForm) {
    Finding finding = fixable(12, " :", "\u00A0:");
    finding.severity = Severity::info;
    finding.file = "a.xml";
    finding.message = "m";
    const auto back = finding_from_json(finding_to_json(finding));
    ASSERT_TRUE(back);
    EXPECT_EQ(back.value().fix, finding.fix);
    Finding without = finding;
    without.fix.reset();
    EXPECT_FALSE(finding_to_json(without).contains("fix"));
    auto damaged = finding_to_json(finding);
    damaged["fix"]["offset"] = "twelve";
    const auto kept = finding_from_json(damaged);
    ASSERT_TRUE(kept);
    EXPECT_FALSE(kept.value().fix); // a damaged fix is dropped, the finding kept
}

} // namespace
} // namespace medloc
