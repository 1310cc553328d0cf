#include "core/program_run.h"

#include <algorithm>
#include <chrono>
#include <dirent.h>
#include <sys/resource.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace medloc {
namespace {

// The process's open descriptors, counted in /proc/self/fd.
int open_descriptors() {
    int count = 0;
    if (DIR* folder = ::opendir("/proc/self/fd")) {
        while (::readdir(folder) != nullptr)
            ++count;
        ::closedir(folder);
    }
    return count;
}

TEST(ProgramRun, CollectsBothOutputsAndTheExitStatus) {
    auto ran = run_program({"sh", "-c", "printf 'out\\0put'; echo err >&2; exit 3"});
    ASSERT_TRUE(ran.ok()) << ran.error().message;
    EXPECT_EQ(ran.value().out, std::string("out\0put", 7));
    EXPECT_EQ(ran.value().err, "err\n");
    EXPECT_EQ(ran.value().exit_status, 3);
}

TEST(ProgramRun, AProgramThatFillsStandardErrorFirstDoesNotBlock) {
    // Reading standard output to its end before standard error deadlocked: the program
    // waited for room in the full stderr pipe, medloc for the end of stdout.
    auto ran = run_program({"sh", "-c", "head -c 2000000 /dev/zero | tr '\\0' e >&2; echo done"});
    ASSERT_TRUE(ran.ok()) << ran.error().message;
    EXPECT_EQ(ran.value().out, "done\n");
    EXPECT_EQ(ran.value().err.size(), 64u << 10); // kept: the first 64 KiB
    EXPECT_EQ(ran.value().exit_status, 0);
}

TEST(ProgramRun, StandardInputIsEmpty) {
    auto ran = run_program({"cat"});
    ASSERT_TRUE(ran.ok());
    EXPECT_EQ(ran.value().out, "");
}

TEST(ProgramRun, LeavesNoDescriptorOpenOnAnyPath) {
    const int before = open_descriptors();
    for (int i = 0; i < 20; ++i) {
        EXPECT_TRUE(run_program({"true"}).ok());
        auto missing = run_program({"medloc-no-such-program"});
        ASSERT_FALSE(missing.ok());
        EXPECT_EQ(missing.error().message, "medloc-no-such-program: not found");
    }
    EXPECT_EQ(open_descriptors(), before);
    // Room for one pipe, not two: the first one's ends are closed when the second fails.
    int probe[2];
    ASSERT_EQ(::pipe(probe), 0);
    const int highest = std::max(probe[0], probe[1]);
    ::close(probe[0]);
    ::close(probe[1]);
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &saved), 0);
    rlimit tight = saved;
    tight.rlim_cur = static_cast<rlim_t>(highest + 1);
    ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &tight), 0);
    auto starved = run_program({"true"});
    ::setrlimit(RLIMIT_NOFILE, &saved);
    ASSERT_FALSE(starved.ok());
    EXPECT_NE(starved.error().message.find("cannot create a pipe"), std::string::npos)
        << starved.error().message;
    EXPECT_EQ(open_descriptors(), before);
}

TEST(ProgramRun, ArgumentsAreNotReadByAShell) {
    auto ran = run_program({"printf", "%s", "$(echo no) ; `echo no`"});
    ASSERT_TRUE(ran.ok()) << ran.error().message;
    EXPECT_EQ(ran.value().out, "$(echo no) ; `echo no`");
}

TEST(ProgramRun, AProgramPastItsTimeIsKilledAndAnError) {
    const int before = open_descriptors();
    const auto start = std::chrono::steady_clock::now();
    auto slow = run_program({"sleep", "10"}, 1000, std::chrono::milliseconds(200));
    ASSERT_FALSE(slow.ok());
    EXPECT_NE(slow.error().message.find("ran longer than 200 ms"), std::string::npos)
        << slow.error().message;
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
    EXPECT_EQ(open_descriptors(), before);
    // Within its time, the same call is a result.
    auto quick = run_program({"true"}, 1000, std::chrono::seconds(20));
    ASSERT_TRUE(quick.ok()) << quick.error().message;
    EXPECT_EQ(quick.value().exit_status, 0);
}

TEST(ProgramRun, OutputBeyondTheLimitIsAnError) {
    auto ran = run_program({"sh", "-c", "head -c 100000 /dev/zero"}, 1000);
    ASSERT_FALSE(ran.ok());
    EXPECT_NE(ran.error().message.find("more than 1000 bytes"), std::string::npos);
}

} // namespace
} // namespace medloc
