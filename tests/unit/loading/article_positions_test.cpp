// The text-run position map: every character of a block's text must point at the
// character of the file that produced it, whatever lies between (entities, character
// references, inline elements, CDATA, line breaks, CR LF, a byte order mark).
#include "loading/article.h"
#include "loading/markup_tree.h"
#include "test_support.h"
#include "text/utf8.h"

#include <random>

#include <gtest/gtest.h>

namespace medloc {
namespace {

Article parse(const std::string& xml, const std::string& path = "a.xml") {
    auto source = make_source_file(path, xml);
    const MarkupTree tree = scan_markup(source->content);
    return build_article(source, tree);
}

const Block& block(const Article& article, const std::string& id) {
    const Block* found = article.find_block(id);
    if (found == nullptr)
        throw std::runtime_error("no block " + id);
    return *found;
}

// For every code point of the text: the source at its offset either holds the same
// code point, or a reference/CR LF/white space that decodes to it.
void expect_positions_consistent(const Article& article, const Block& b) {
    const std::string& source = article.source->content;
    const std::string& text = b.text.text();
    std::size_t i = 0;
    while (i < text.size()) {
        const utf8::Decoded want = utf8::decode(text, i);
        const std::size_t at = b.text.source_offset(i);
        ASSERT_LT(at, source.size()) << "text offset " << i;
        const utf8::Decoded got = utf8::decode(source, at);
        if (source[at] == '&' && decode_reference(source, at, source.size()).length > 0) {
            EXPECT_EQ(decode_reference(source, at, source.size()).code_point, want.code_point)
                << "text offset " << i;
        } else if (want.code_point == U' ') {
            EXPECT_TRUE(is_xml_space(got.code_point)) << "text offset " << i;
        } else {
            EXPECT_EQ(got.code_point, want.code_point) << "text offset " << i;
        }
        for (std::size_t k = 1; k < want.length; ++k)
            EXPECT_EQ(b.text.source_offset(i + k), at) << "continuation byte " << i + k;
        i += want.length;
    }
}

TEST(ArticlePositions, ThroughEntitiesReferencesAndInlineElements) {
    const std::string xml = testing::article_xml(
        "a", "<p id=\"p1\">Le  b&#233;b&#xE9; &amp; la <strong>m&#232;re</strong> "
             "<term>fausse\n      couche</term>&#160;: <![CDATA[<x> & y]]> fin</p>");
    const Article article = parse(xml);
    const Block& p = block(article, "p1");
    EXPECT_EQ(p.text.text(), "Le  bébé & la mère fausse couche\u00A0: <x> & y fin");
    expect_positions_consistent(article, p);

    // 'b' of bébé: line and column of the file.
    const std::size_t b_offset = p.text.text().find("bé");
    EXPECT_EQ(article.position(p.text.source_offset(b_offset)),
              article.position(xml.find("b&#233;")));
    // The word inside <strong> points inside the element, not at its tag.
    const std::size_t m = p.text.text().find("mère");
    EXPECT_EQ(p.text.source_offset(m), xml.find("m&#232;re"));
    EXPECT_EQ(p.text.source_offset(m + 1), xml.find("&#232;re"));
    // "couche" after a line break inside <term> is on the next line of the file.
    const std::size_t couche = p.text.text().find("couche");
    const SourcePosition couche_at = article.position(p.text.source_offset(couche));
    EXPECT_EQ(couche_at, article.position(xml.find("couche</term>")));
    EXPECT_EQ(couche_at.column, 7);
}

TEST(ArticlePositions, RecordsInlineSpansOverTheText) {
    const Article article = parse(testing::article_xml(
        "a", "<p id=\"p1\">Prenez <dose value=\"2.5\" unit=\"mg\">2,5\u00A0mg</dose> de "
             "<foreign xml:lang=\"la\">in <em>utero</em></foreign>.</p>"));
    const Block& p = block(article, "p1");
    ASSERT_EQ(p.spans.size(), 3u);
    const std::string& text = p.text.text();
    EXPECT_EQ(p.spans[0].element, "dose");
    EXPECT_EQ(text.substr(p.spans[0].begin, p.spans[0].end - p.spans[0].begin), "2,5\u00A0mg");
    EXPECT_EQ(*p.spans[0].attribute("value"), "2.5");
    EXPECT_EQ(p.spans[1].element, "foreign");
    EXPECT_EQ(*p.spans[1].attribute("xml:lang"), "la");
    EXPECT_EQ(text.substr(p.spans[1].begin, p.spans[1].end - p.spans[1].begin), "in utero");
    EXPECT_EQ(text.substr(p.spans[2].begin, p.spans[2].end - p.spans[2].begin), "utero");
}

TEST(ArticlePositions, CrLfFilesAndByteOrderMark) {
    std::string xml = "\xEF\xBB\xBF" + testing::article_xml("a", "<p id=\"p1\">ligne\nsuite é</p>");
    std::string crlf;
    for (char c : xml) {
        if (c == '\n')
            crlf += '\r';
        crlf += c;
    }
    const Article article = parse(crlf);
    const Block& p = block(article, "p1");
    EXPECT_EQ(p.text.text(), "ligne suite é");
    expect_positions_consistent(article, p);
    const SourcePosition suite =
        article.position(p.text.source_offset(p.text.text().find("suite")));
    const SourcePosition expected = LineIndex(xml).position(xml.find("suite"));
    EXPECT_EQ(suite, expected); // CR LF and LF files report the same positions
}

TEST(ArticlePositions, ReadsMetadataIdsAndBlocksInOrder) {
    const Article article = parse(testing::article_xml(
        "mon-article", "<section id=\"s\"><heading id=\"s-h\">Titre</heading>"
                       "<list id=\"l\"><item id=\"l-1\">Un</item></list></section>"));
    EXPECT_EQ(article.id, "mon-article");
    EXPECT_EQ(article.locale, "fr-FR");
    EXPECT_EQ(article.revision, 1);
    EXPECT_EQ(article.audience, "patient");
    EXPECT_EQ(article.review.status, "approved");
    std::vector<std::string> ids;
    for (const Block& b : article.blocks)
        ids.push_back(b.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"title", "q", "s-h", "l-1"}));
    EXPECT_EQ(article.ids.size(), 6u); // title, q, s, s-h, l, l-1
}

// Random articles mixing every construct: the map must stay consistent for all of them.
TEST(ArticlePositions, RandomisedTextsStayConsistent) {
    const std::vector<std::string> pieces = {"a",
                                             "é",
                                             "œ",
                                             "\u00A0",
                                             "\u202F",
                                             "’",
                                             "&amp;",
                                             "&lt;",
                                             "&#233;",
                                             "&#x2019;",
                                             " ",
                                             "  ",
                                             "\n    ",
                                             "\r\n",
                                             "<em>x</em>",
                                             "<strong>ü<em>ß</em></strong>",
                                             "<![CDATA[c&d]]>",
                                             "<term>t\ne</term>",
                                             "<dose value=\"1\" unit=\"mg\">1 mg</dose>",
                                             "\U0001F489",
                                             ":"};
    std::mt19937 random(12345);
    for (int round = 0; round < 300; ++round) {
        std::string body;
        const int length = static_cast<int>(random() % 30);
        for (int i = 0; i < length; ++i)
            body += pieces[random() % pieces.size()];
        const std::string xml = testing::article_xml("a", "<p id=\"p\">" + body + "</p>");
        const Article article = parse(xml);
        const Block& p = block(article, "p");
        expect_positions_consistent(article, p);
        if (::testing::Test::HasFailure()) {
            ADD_FAILURE() << "body: " << body;
            return;
        }
    }
}

} // namespace
} // namespace medloc

namespace medloc {
namespace {

// Token-typed attributes read as the schema reads them: the article schema accepts
// xml:lang=" fr-FR " (XML Schema collapses white space in xs:language), so medloc must
// not take ' fr-FR ' for an unknown locale and skip its spelling check (found by the
// article fuzzer, fuzz/regressions/article/).
TEST(ArticleAttributes, TokenValuesAreCollapsedAsTheSchemaReadsThem) {
    const Article article = parse(
        "<article xmlns='urn:medloc:article:1' id=' a1\t' xml:lang=' fr-FR ' revision=' 3 '>"
        "<meta><review status=' approved ' reviewer='  Dr  Claire Dubois ' date=' 2026-05-12'/>"
        "</meta><answer><p id='\np1 '>Texte <foreign xml:lang=' en-GB '>word</foreign>.</p>"
        "</answer></article>");
    EXPECT_EQ(article.id, "a1");
    EXPECT_EQ(article.locale, "fr-FR");
    EXPECT_EQ(article.revision, 3);
    EXPECT_EQ(article.review.status, "approved");
    EXPECT_EQ(article.review.reviewer, "Dr Claire Dubois");
    EXPECT_EQ(article.review.date, "2026-05-12");
    const Block& p = block(article, "p1");
    ASSERT_EQ(p.spans.size(), 1u);
    ASSERT_NE(p.spans[0].attribute("xml:lang"), nullptr);
    EXPECT_EQ(*p.spans[0].attribute("xml:lang"), "en-GB");
    // Near miss: text content keeps its own spacing rules; only attributes are tokens.
    EXPECT_EQ(p.text.text(), "Texte word.");
}

} // namespace
} // namespace medloc
