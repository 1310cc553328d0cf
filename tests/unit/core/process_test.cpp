// Programs run without a shell, with both outputs read as they come, within a time and an
// output bound.
#include "core/process.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(Process, OutputsAndExitCode) {
    auto ran = run_process({"sh", "-c", "printf out; printf err >&2; exit 3"});
    ASSERT_TRUE(ran) << ran.error().message;
    EXPECT_EQ(ran.value().out, "out");
    EXPECT_EQ(ran.value().err, "err");
    EXPECT_EQ(ran.value().exit_code, 3);
}

TEST(Process, ArgumentsAreNotReadByAShell) {
    auto ran = run_process({"printf", "%s", "$(echo no) ; `echo no`"});
    ASSERT_TRUE(ran);
    EXPECT_EQ(ran.value().out, "$(echo no) ; `echo no`");
}

TEST(Process, ALargeErrorOutputDoesNotBlock) {
    // 1 MiB on stderr before anything on stdout: a reader of stdout first would deadlock.
    auto ran = run_process({"sh", "-c", "head -c 1048576 /dev/zero >&2; printf done"});
    ASSERT_TRUE(ran) << ran.error().message;
    EXPECT_EQ(ran.value().err.size(), 1048576u);
    EXPECT_EQ(ran.value().out, "done");
}

TEST(Process, BoundsAreErrors) {
    ProcessLimits quick;
    quick.timeout = std::chrono::milliseconds(200);
    const auto start = std::chrono::steady_clock::now();
    auto slow = run_process({"sleep", "10"}, quick);
    EXPECT_FALSE(slow);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));

    ProcessLimits small;
    small.max_output = 1000;
    auto chatty = run_process({"sh", "-c", "head -c 100000 /dev/zero"}, small);
    ASSERT_FALSE(chatty);
    EXPECT_NE(chatty.error().message.find("1000 bytes"), std::string::npos);

    auto missing = run_process({"medloc-no-such-program"});
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("not found"), std::string::npos);
}

} // namespace
} // namespace medloc
