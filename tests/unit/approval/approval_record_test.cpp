// medloc approve edits one element: every other byte of the article stays as it was, and
// what it writes is valid and current.
#include "approval/approval_record.h"
#include "core/calendar_date.h"
#include "loading/document_loader.h"
#include "loading/xml_parser.h"
#include "test_support.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace medloc {
namespace {

class ApprovalRecordTest : public ::testing::Test {
protected:
    void SetUp() override { schema_.emplace(testing::article_schema()); }

    Result<PreparedApproval> approve(const std::string& xml,
                                     const ApprovalRecord& record = {"Dr Claire Dubois",
                                                                     "2026-05-12"}) {
        const auto path = dir_.write("article.xml", xml);
        return prepare_approval(path.string(), *schema_, ReadLimits{}, record);
    }

    testing::TempDir dir_;
    std::optional<XmlSchema> schema_;
};

const std::string kRecordedReview =
    "<review status=\"approved\" reviewer=\"Dr Test\" date=\"2026-01-15\"/>";

// The bytes before and after the review element are the same in both texts.
void expect_only_review_changed(const std::string& before, const std::string& after) {
    const std::size_t begin = before.find("<review");
    const std::size_t end = before.find("/>", begin) + 2;
    ASSERT_NE(begin, std::string::npos);
    EXPECT_EQ(after.substr(0, begin), before.substr(0, begin));
    const std::size_t tail = before.size() - end;
    EXPECT_EQ(after.substr(after.size() - tail), before.substr(end));
}

TEST_F(ApprovalRecordTest, OnlyTheReviewElementChanges) {
    const std::string xml = testing::article_xml(
        "article", "<p id=\"p\">Donnez <dose value=\"2.5\" unit=\"mg\">2,5 mg</dose>.</p>");
    auto approved = approve(xml);
    ASSERT_TRUE(approved) << approved.error().message;
    const std::string& written = approved.value().content;
    expect_only_review_changed(xml, written);
    EXPECT_EQ(approved.value().before, ApprovalState::no_digest);
    EXPECT_FALSE(approved.value().unchanged);
    // One line: no line below it moves.
    EXPECT_NE(written.find("    <review status=\"approved\" reviewer=\"Dr Claire Dubois\" "
                           "date=\"2026-05-12\" digest=\"v1:sha256:"),
              std::string::npos)
        << written;
    EXPECT_NE(written.find("\" blocks=\"title:"), std::string::npos) << written;
    EXPECT_EQ(std::count(written.begin(), written.end(), '\n'),
              std::count(xml.begin(), xml.end(), '\n'));

    // Approving the written file again with the same record changes nothing.
    auto again = approve(written);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again.value().unchanged);
    EXPECT_EQ(again.value().before, ApprovalState::current);
}

TEST_F(ApprovalRecordTest, KeepsLineEndsPrefixesAndNamespaceDeclarations) {
    std::string xml = testing::article_xml("article", "<p id=\"p\">Texte.</p>");
    xml.replace(xml.find(kRecordedReview), kRecordedReview.size(),
                "<m:review xmlns:m=\"urn:medloc:article:1\" status=\"draft\"></m:review>");
    std::string crlf;
    for (const char c : xml)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    auto approved = approve(crlf);
    ASSERT_TRUE(approved) << approved.error().message;
    const std::string& written = approved.value().content;
    EXPECT_NE(written.find("<m:review xmlns:m=\"urn:medloc:article:1\" status=\"approved\""),
              std::string::npos)
        << written;
    EXPECT_NE(written.find("\" digest=\"v1:sha256:"), std::string::npos) << written;
    EXPECT_EQ(written.find("</m:review>"), std::string::npos);
    EXPECT_EQ(written.substr(0, crlf.find("<m:review")), crlf.substr(0, crlf.find("<m:review")));
}

TEST_F(ApprovalRecordTest, EscapesTheReviewerAndRefusesInvalidArticles) {
    const std::string xml = testing::article_xml("article", "<p id=\"p\">Texte.</p>");
    auto approved = approve(xml, {"  Dr \"A\" & <B>  ", "2026-05-12"});
    ASSERT_TRUE(approved) << approved.error().message;
    EXPECT_NE(approved.value().content.find("reviewer=\"Dr &quot;A&quot; &amp; &lt;B&gt;\""),
              std::string::npos)
        << approved.value().content;

    std::string invalid = xml;
    invalid.replace(invalid.find("<p id=\"p\">"), 10, "<p>");
    auto refused = approve(invalid);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("article.xml:"), std::string::npos)
        << refused.error().message;
    EXPECT_NE(refused.error().message.find("not approved: the article is not valid"),
              std::string::npos);

    EXPECT_FALSE(approve(xml, {"Dr\x01X", "2026-05-12"}));
    EXPECT_FALSE(approve(xml, {"   ", "2026-05-12"}));
    EXPECT_FALSE(approve(xml, {"Dr X", "2026-02-30"}));
}

TEST(ApprovalAllowed, ListedReviewersAndNoFutureDate) {
    const auto today = *parse_iso_date("2026-06-01");
    EXPECT_TRUE(approval_allowed({"Dr A", "2026-06-01"}, {}, today));
    EXPECT_TRUE(approval_allowed({"Dr  A", "2026-05-01"}, {"Dr B", " Dr A "}, today));
    const Status unlisted = approval_allowed({"Dr C", "2026-05-01"}, {"Dr A", "Dr B"}, today);
    ASSERT_FALSE(unlisted);
    EXPECT_NE(unlisted.error().message.find("review.reviewers"), std::string::npos);
    EXPECT_FALSE(approval_allowed({"Dr A", "2026-06-02"}, {}, today));
    EXPECT_FALSE(approval_allowed({"Dr A", "1 June"}, {}, today));
}

} // namespace
} // namespace medloc
