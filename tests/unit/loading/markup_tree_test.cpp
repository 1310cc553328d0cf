#include "loading/markup_tree.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(MarkupTree, RecordsElementsAttributesAndOffsetsInDocumentOrder) {
    const std::string xml = "<?xml version=\"1.0\"?>\n<a x='1'><b y=\"a&amp;b\"/>t<c/></a>";
    const MarkupTree tree = scan_markup(xml);
    ASSERT_EQ(tree.elements().size(), 3u);
    const MarkupNode& a = tree.node(tree.elements()[0]);
    const MarkupNode& b = tree.node(tree.elements()[1]);
    const MarkupNode& c = tree.node(tree.elements()[2]);
    EXPECT_EQ(a.name, "a");
    EXPECT_EQ(a.begin, xml.find("<a"));
    EXPECT_EQ(a.end, xml.size());
    EXPECT_EQ(b.attribute("y")->value, "a&b");
    EXPECT_EQ(b.attribute("y")->value_offset, xml.find("a&amp;"));
    EXPECT_EQ(b.attribute("y")->name_offset, xml.find("y="));
    EXPECT_EQ(c.parent, tree.elements()[0]);
    EXPECT_EQ(a.children.size(), 3u); // b, text, c
}

TEST(MarkupTree, SkipsDoctypeWithInternalSubsetAndComments) {
    const std::string xml = "<!DOCTYPE a [<!ENTITY e \"]>\"><!-- ]> -->]>\n<!-- <x> --><a>&e;</a>";
    const MarkupTree tree = scan_markup(xml);
    ASSERT_EQ(tree.elements().size(), 1u);
    EXPECT_EQ(tree.node(tree.root()).name, "a");
}

TEST(MarkupTree, KeepsCdataAndProcessingInstructions) {
    const std::string xml = "<a><?medloc-ignore spelling.unknown-word reason?><![CDATA[<b>]]></a>";
    const MarkupTree tree = scan_markup(xml);
    const MarkupNode& a = tree.node(tree.root());
    ASSERT_EQ(a.children.size(), 2u);
    const MarkupNode& pi = tree.node(a.children[0]);
    EXPECT_EQ(pi.kind, MarkupNode::Kind::processing_instruction);
    EXPECT_EQ(pi.name, "medloc-ignore");
    EXPECT_EQ(pi.data, "spelling.unknown-word reason");
    const MarkupNode& cdata = tree.node(a.children[1]);
    EXPECT_EQ(cdata.kind, MarkupNode::Kind::cdata);
    EXPECT_EQ(xml.substr(cdata.begin, cdata.end - cdata.begin), "<b>");
}

TEST(MarkupTree, NormalisesAttributeWhiteSpaceButNotCharacterReferences) {
    const MarkupTree tree = scan_markup("<a t=\"x\r\ny\tz&#10;w\"/>");
    EXPECT_EQ(tree.node(tree.root()).attribute("t")->value, "x y z\nw");
}

TEST(MarkupTree, DecodesReferences) {
    EXPECT_EQ(decode_reference("&lt;", 0, 4).code_point, U'<');
    EXPECT_EQ(decode_reference("&#233;", 0, 6).code_point, U'é');
    EXPECT_EQ(decode_reference("&#xE9;", 0, 6).code_point, U'é');
    EXPECT_EQ(decode_reference("&#xE9;", 0, 6).length, 6u);
    EXPECT_EQ(decode_reference("&nbsp;", 0, 6).length, 0u); // not predefined
    EXPECT_EQ(decode_reference("&#x110000;", 0, 10).length, 0u);
}

// The scanner reads only what libxml2 accepted, but a truncated input must still give a
// tree whose every offset lies inside the input and whose links are consistent.
TEST(MarkupTree, GivesAConsistentTreeForEveryTruncation) {
    const std::string xml = "<a b=\"1\"><c>text<![CDATA[x]]><?pi d?></c><e f='2'/></a>";
    for (std::size_t cut = 0; cut <= xml.size(); ++cut) {
        const std::string_view input = std::string_view(xml).substr(0, cut);
        const MarkupTree tree = scan_markup(input);
        const auto& nodes = tree.nodes();
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const MarkupNode& node = nodes[i];
            EXPECT_LE(node.begin, node.end) << "cut " << cut << ", node " << i;
            EXPECT_LE(node.end, input.size()) << "cut " << cut << ", node " << i;
            if (node.kind == MarkupNode::Kind::element) {
                EXPECT_LE(node.begin, node.content_begin) << "cut " << cut;
                EXPECT_LE(node.content_begin, node.content_end) << "cut " << cut;
                EXPECT_LE(node.content_end, node.end) << "cut " << cut;
            }
            for (const MarkupAttribute& attribute : node.attributes) {
                EXPECT_LE(attribute.value_offset, attribute.value_end) << "cut " << cut;
                EXPECT_LE(attribute.value_end, input.size()) << "cut " << cut;
            }
            for (std::size_t child : node.children) {
                ASSERT_LT(child, nodes.size()) << "cut " << cut;
                EXPECT_EQ(nodes[child].parent, i) << "cut " << cut;
            }
        }
        for (std::size_t element : tree.elements()) {
            ASSERT_LT(element, nodes.size()) << "cut " << cut;
            EXPECT_EQ(nodes[element].kind, MarkupNode::Kind::element) << "cut " << cut;
        }
        if (cut == xml.size()) {
            ASSERT_TRUE(tree.has_root());
            EXPECT_EQ(tree.elements().size(), 3u); // a, c, e: the whole document
        }
    }
}

} // namespace
} // namespace medloc
