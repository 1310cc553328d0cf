#include "text/unified_diff.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(UnifiedDiff, EqualTextsHaveNoDiff) {
    EXPECT_EQ(unified_diff("a", "b", "x\ny\n", "x\ny\n"), "");
}

TEST(UnifiedDiff, OneChangedLineWithThreeLinesOfContext) {
    const std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    const std::string after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
    EXPECT_EQ(unified_diff("a/f", "b/f", before, after),
              "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST(UnifiedDiff, DistantChangesMakeTwoHunksCloseOnesOne) {
    std::string before;
    for (int i = 1; i <= 20; ++i)
        before += std::to_string(i) + "\n";
    std::string after = before;
    after.replace(after.find("2\n"), 2, "two\n");
    after.replace(after.find("18\n"), 3, "eighteen\n");
    const std::string diff = unified_diff("a", "b", before, after);
    EXPECT_NE(diff.find("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"), std::string::npos) << diff;
    EXPECT_NE(diff.find("@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n"),
              std::string::npos)
        << diff;
    // Changes six unchanged lines apart share one hunk.
    std::string near = before;
    near.replace(near.find("2\n"), 2, "two\n");
    near.replace(near.find("\n9\n") + 1, 2, "nine\n");
    const std::string one = unified_diff("a", "b", before, near);
    EXPECT_EQ(one.find("\n@@ ", one.find("@@ ") + 3), std::string::npos) << one;
    EXPECT_NE(one.find("@@ -1,12 +1,12 @@"), std::string::npos) << one;
}

TEST(UnifiedDiff, InsertionsDeletionsAndAMissingFinalNewline) {
    EXPECT_EQ(unified_diff("a", "b", "x\ny", "x\ny\n"),
              "--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n");
    EXPECT_EQ(unified_diff("a", "b", "x\nz\n", "x\ny\nz\n"),
              "--- a\n+++ b\n@@ -1,2 +1,3 @@\n x\n+y\n z\n");
    EXPECT_EQ(unified_diff("a", "b", "", "x\n"), "--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");
}

TEST(UnifiedDiff, TooLargeAMiddleIsOneReplacementStillCorrect) {
    const std::string diff = unified_diff("a", "b", "k\n1\n2\nk\n", "k\n3\n4\nk\n", 4);
    EXPECT_EQ(diff, "--- a\n+++ b\n@@ -1,4 +1,4 @@\n k\n-1\n-2\n+3\n+4\n k\n");
}

} // namespace
} // namespace medloc
