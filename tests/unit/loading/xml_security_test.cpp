// Content is untrusted: the loader must never read a local file or the network, never
// expand entities without bound, and never recurse without bound.
#include "loading/xml_parser.h"
#include "test_support.h"

#include <chrono>

#include <gtest/gtest.h>
#include <libxml/tree.h>

namespace medloc {
namespace {

std::string all_text(const XmlParseResult& result) {
    std::string text;
    for (const XmlIssue& issue : result.issues)
        text += issue.message + "\n";
    if (result.document) {
        xmlChar* content = xmlNodeGetContent(xmlDocGetRootElement(result.document.get()));
        if (content) {
            text += reinterpret_cast<const char*>(content);
            xmlFree(content);
        }
    }
    return text;
}

class XmlSecurity : public ::testing::Test {
protected:
    void SetUp() override { initialise_secure_xml(); }
    testing::TempDir dir;
};

TEST_F(XmlSecurity, ExternalEntityIsNeverLoaded) {
    const auto secret = dir.write("secret.txt", "MEDLOC-CANARY-7f3a");
    const std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY xxe SYSTEM \"file://" +
                            secret.string() + "\">]>\n<a>&xxe;</a>";
    const XmlParseResult result = parse_untrusted_xml(xml, "xxe.xml");
    EXPECT_TRUE(result.has_doctype);
    EXPECT_EQ(all_text(result).find("CANARY"), std::string::npos);
}

TEST_F(XmlSecurity, ExternalDtdIsNeverLoaded) {
    const auto dtd = dir.write("evil.dtd", "<!ENTITY leak \"MEDLOC-CANARY-dtd\">");
    const std::string xml = "<!DOCTYPE a SYSTEM \"file://" + dtd.string() + "\">\n<a>&leak;</a>";
    const XmlParseResult result = parse_untrusted_xml(xml, "dtd.xml");
    EXPECT_EQ(all_text(result).find("CANARY"), std::string::npos);
}

TEST_F(XmlSecurity, BillionLaughsStopsQuicklyWithAnError) {
    std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE l [<!ENTITY l0 \"lol\">";
    for (int i = 1; i <= 10; ++i) {
        xml += "<!ENTITY l" + std::to_string(i) + " \"";
        for (int k = 0; k < 10; ++k)
            xml += "&l" + std::to_string(i - 1) + ";";
        xml += "\">";
    }
    xml += "]>\n<l>&l10;</l>";
    const XmlParseResult result = parse_untrusted_xml(xml, "lol.xml");
    EXPECT_FALSE(result.document);
    EXPECT_FALSE(result.issues.empty());
}

TEST_F(XmlSecurity, DeepNestingIsRejectedNotRecursed) {
    std::string xml;
    for (int i = 0; i < 10000; ++i)
        xml += "<a>";
    for (int i = 0; i < 10000; ++i)
        xml += "</a>";
    const XmlParseResult result = parse_untrusted_xml(xml, "deep.xml");
    EXPECT_FALSE(result.document);
    ASSERT_FALSE(result.issues.empty());
    EXPECT_NE(result.issues.front().message.find("nested deeper than 256"), std::string::npos);
}

TEST_F(XmlSecurity, ReportsPositionOfWellFormednessError) {
    const XmlParseResult result = parse_untrusted_xml("<a>\n  <b>é</c>\n</a>", "bad.xml");
    ASSERT_FALSE(result.issues.empty());
    EXPECT_EQ(result.issues.front().position.line, 2);
    EXPECT_NE(result.issues.front().message.find("mismatch"), std::string::npos);
}

TEST_F(XmlSecurity, AnElementWithAHugeNumberOfAttributesIsRefusedBeforeParsing) {
    // libxml2 compares each attribute with every earlier one: 200,000 of them took minutes.
    std::string xml = "<?xml version=\"1.0\"?>\n<!-- a comment with a=1 b=2 -->\n<a";
    for (int i = 0; i < 200000; ++i)
        xml += " a" + std::to_string(i) + "=\"x\"";
    xml += "/>";
    const XmlParseResult result = parse_untrusted_xml(xml, "crowded.xml");
    EXPECT_FALSE(result.document);
    ASSERT_EQ(result.issues.size(), 1u);
    EXPECT_NE(result.issues[0].message.find("element <a> has 200000 attributes"), std::string::npos)
        << result.issues[0].message;
    ASSERT_TRUE(result.issues[0].offset);
    EXPECT_EQ(*result.issues[0].offset, xml.find("<a"));
}

TEST(CrowdedElement, CountsAttributesOnlyInStartTags) {
    std::string many;
    for (int i = 0; i < 300; ++i)
        many += " x" + std::to_string(i) + "='a=b'";
    // '=' in comments, CDATA, processing instructions, a DOCTYPE's subset, text and quoted
    // values is not an attribute; an end tag has none.
    const std::string quiet = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e \"a=b>c\"> "
                              "<!-- > = --> <?pi a=1?>]><r a=\"=>=\" b='x'><!--" +
                              many + "--><![CDATA[" + many + "]]><?pi" + many + "?>a=b c=d</r>";
    EXPECT_FALSE(find_crowded_element(quiet, 2));
    const auto crowded = find_crowded_element("<r><s a='1' b=\"2\" c='3'/></r>", 2);
    ASSERT_TRUE(crowded);
    EXPECT_EQ(crowded->name, "s");
    EXPECT_EQ(crowded->attributes, 3u);
    EXPECT_EQ(crowded->offset, 3u);
    EXPECT_FALSE(find_crowded_element("<r" + many + "/>", 300));
    EXPECT_TRUE(find_crowded_element("<r" + many + "/>", 299));
    // Malformed input ends the scan; it never reads past the end.
    EXPECT_FALSE(find_crowded_element("<r a='1", 1));
    EXPECT_FALSE(find_crowded_element("<!-- never closed", 0));
}

TEST(XmlMessages, DropsNamespaceBraces) {
    EXPECT_EQ(tidy_libxml_message("Element '{urn:medloc:article:1}p': not expected.\n"),
              "Element 'p': not expected.");
    EXPECT_EQ(tidy_libxml_message("{a b} {} {x}y"), "{a b} {} y");
    EXPECT_EQ(tidy_libxml_message("Excessive depth in document: 256 use XML_PARSE_HUGE option"),
              "elements nested deeper than 256 levels (the parser's limit)");
}

} // namespace
} // namespace medloc
