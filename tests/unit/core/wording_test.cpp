#include "core/wording.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(Counted, SingularForOneOnly) {
    EXPECT_EQ(counted(1, "error"), "1 error");
    EXPECT_EQ(counted(0, "error"), "0 errors");
    EXPECT_EQ(counted(2, "file"), "2 files");
    EXPECT_EQ(counted(1, "fix", "fixes"), "1 fix");
    EXPECT_EQ(counted(3, "fix", "fixes"), "3 fixes");
}

TEST(ClosestMatch, FindsTyposAndSwapsButNotStrangers) {
    const std::vector<std::string> commands = {"check",         "validate", "extract", "merge",
                                               "merge-results", "report",   "rules"};
    EXPECT_EQ(closest_match("chek", commands), "check");
    EXPECT_EQ(closest_match("chekc", commands), "check");
    EXPECT_EQ(closest_match("CHECK", commands), "check");
    EXPECT_EQ(closest_match("extarct", commands), "extract");
    EXPECT_EQ(closest_match("merge-result", commands), "merge-results");
    EXPECT_EQ(closest_match("zzzzzz", commands), std::nullopt);
    EXPECT_EQ(closest_match("", commands), std::nullopt);
    EXPECT_EQ(closest_match(std::string(1000, 'c'), commands), std::nullopt);
}

} // namespace
} // namespace medloc
