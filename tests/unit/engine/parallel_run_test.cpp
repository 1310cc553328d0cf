#include "engine/parallel_run.h"

#include <atomic>
#include <stdexcept>
#include <system_error>
#include <vector>

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(ParallelRun, DoesEveryItemOnceOnEveryThreadCount) {
    for (int jobs : {1, 2, 8, 64}) {
        std::vector<std::atomic<int>> done(1000);
        const Status ran =
            run_parallel(done.size(), [&](std::size_t i) { ++done[i]; }, {jobs, {}, {}});
        ASSERT_TRUE(ran.ok());
        for (const auto& count : done)
            EXPECT_EQ(count, 1);
    }
}

TEST(ParallelRun, AnExceptionInAWorkerIsCarriedOutWithItsItemAfterEveryThreadIsJoined) {
    // Before: an exception in a worker thread called std::terminate.
    std::atomic<int> finished{0};
    ParallelOptions options{
        4, [](std::size_t i) { return "checking file " + std::to_string(i); }, {}};
    const Status ran = run_parallel(
        400,
        [&](std::size_t i) {
            if (i == 123)
                throw std::runtime_error("a rule failed");
            ++finished;
        },
        options);
    ASSERT_FALSE(ran.ok());
    EXPECT_EQ(ran.error().message, "internal error: a rule failed while checking file 123");
    EXPECT_LT(finished, 400);
}

TEST(ParallelRun, OutOfMemoryInAWorkerSaysSo) {
    ParallelOptions options{
        3, [](std::size_t) { return std::string("checking content/a.xml"); }, {}};
    const Status ran = run_parallel(
        10,
        [](std::size_t i) {
            if (i == 7)
                throw std::bad_alloc();
        },
        options);
    ASSERT_FALSE(ran.ok());
    EXPECT_EQ(ran.error().message, "out of memory while checking content/a.xml");
}

TEST(ParallelRun, AThreadThatCannotStartLeavesItsShareToTheOthers) {
    // The system gives one thread, then none (EAGAIN), as std::thread's constructor says.
    int started = 0;
    std::vector<std::atomic<int>> done(500);
    ParallelOptions options;
    options.jobs = 8;
    options.start_thread = [&](std::function<void()> work) {
        if (started++ >= 1)
            throw std::system_error(
                std::make_error_code(std::errc::resource_unavailable_try_again));
        return std::thread(std::move(work));
    };
    const Status ran = run_parallel(
        done.size(), [&](std::size_t i) { ++done[i]; }, options);
    ASSERT_TRUE(ran.ok());
    EXPECT_EQ(started, 2);
    for (const auto& count : done)
        EXPECT_EQ(count, 1);
}

TEST(ParallelRun, JobsAreCappedAtTwiceTheCores) {
    EXPECT_EQ(effective_jobs(1), 1);
    EXPECT_EQ(effective_jobs(1000000), max_parallel_jobs());
    EXPECT_GE(max_parallel_jobs(), 2);
    EXPECT_GE(effective_jobs(0), 1);
    EXPECT_LE(effective_jobs(0), max_parallel_jobs());
}

} // namespace
} // namespace medloc
