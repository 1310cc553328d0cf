// Results of parallel workers handed on in item order: early results wait, within a window,
// and a failure anywhere stops the run without a deadlock.
#include "engine/ordered_run.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace medloc {
namespace {

using namespace std::chrono_literals;

TEST(RunInOrder, DeliversInItemOrderWhatFinishesOutOfOrderWithinTheWindow) {
    constexpr std::size_t kItems = 300;
    constexpr std::size_t kWindow = 6;
    for (int jobs : {1, 2, 4, 8}) {
        std::mutex mutex;
        std::vector<std::size_t> finished; // the order work() returned in
        std::vector<std::size_t> delivered;
        std::atomic<std::size_t> started{0};
        std::size_t most_waiting = 0;
        const Status ran = run_in_order<std::string>(
            kItems,
            [&](std::size_t i) {
                ++started;
                // Every fifth item is slow: the items after it finish first.
                if (i % 5 == 0)
                    std::this_thread::sleep_for(2ms);
                const std::lock_guard lock(mutex);
                finished.push_back(i);
                return "result " + std::to_string(i);
            },
            [&](std::size_t i, std::string&& result) {
                EXPECT_EQ(result, "result " + std::to_string(i));
                // Started but not yet delivered: bounded by the window.
                most_waiting = std::max(most_waiting, started - delivered.size());
                delivered.push_back(i);
            },
            {jobs, {}, {}}, kWindow);
        ASSERT_TRUE(ran.ok()) << ran.error().message;
        ASSERT_EQ(delivered.size(), kItems);
        for (std::size_t i = 0; i < kItems; ++i)
            ASSERT_EQ(delivered[i], i) << "jobs " << jobs;
        EXPECT_LE(most_waiting, kWindow) << "jobs " << jobs;
        if (jobs > 1) { // the slow items were overtaken: results did wait for their turn
            EXPECT_NE(finished, delivered) << "jobs " << jobs;
        }
    }
}

TEST(RunInOrder, AnItemFarAheadWaitsForTheSlowFirstOne) {
    // Item 0 finishes only once items 1..3 have: it is delivered first all the same, and
    // the workers do not start item 4 + window before it is.
    std::atomic<int> others_done{0};
    std::atomic<std::size_t> highest_started{0};
    std::vector<std::size_t> delivered;
    const Status ran = run_in_order<std::size_t>(
        40,
        [&](std::size_t i) {
            std::size_t seen = highest_started;
            while (i > seen && !highest_started.compare_exchange_weak(seen, i)) {
            }
            if (i == 0) {
                const auto give_up = std::chrono::steady_clock::now() + 5s;
                while (others_done < 3 && std::chrono::steady_clock::now() < give_up)
                    std::this_thread::sleep_for(1ms);
                EXPECT_LE(highest_started, 3u); // window 4: items 0..3 only
            } else {
                ++others_done;
            }
            return i * 10;
        },
        [&](std::size_t i, std::size_t&& value) {
            EXPECT_EQ(value, i * 10);
            delivered.push_back(i);
        },
        {4, {}, {}}, 4);
    ASSERT_TRUE(ran.ok());
    ASSERT_EQ(delivered.size(), 40u);
    for (std::size_t i = 0; i < delivered.size(); ++i)
        EXPECT_EQ(delivered[i], i);
}

// Item 0 is slow. Light results run far ahead of it, within the budget; heavy ones stop
// a few items past it, whatever the budget.
std::size_t furthest_ahead_of_slow_first_item(std::size_t weight_each, std::size_t budget) {
    std::atomic<bool> first_done{false};
    std::atomic<std::size_t> highest_started{0};
    std::size_t highest_before_first = 0;
    OrderedWindow<std::size_t> window;
    window.items = 4;
    window.weight = [&](const std::size_t&) { return weight_each; };
    window.budget = budget;
    window.most_items = 1000;
    std::vector<std::size_t> delivered;
    const Status ran = run_in_order<std::size_t>(
        3000,
        [&](std::size_t i) {
            std::size_t seen = highest_started;
            while (i > seen && !highest_started.compare_exchange_weak(seen, i)) {
            }
            if (i == 0) {
                // Until the others have gone as far as they may (or 5 s pass).
                const auto give_up = std::chrono::steady_clock::now() + 5s;
                std::size_t before = 0;
                do {
                    before = highest_started;
                    std::this_thread::sleep_for(20ms);
                } while (highest_started != before && std::chrono::steady_clock::now() < give_up);
                highest_before_first = highest_started;
                first_done = true;
            }
            return i;
        },
        [&](std::size_t i, std::size_t&& value) {
            EXPECT_EQ(value, i);
            delivered.push_back(i);
        },
        {2, {}, {}}, window);
    EXPECT_TRUE(ran.ok());
    EXPECT_EQ(delivered.size(), 3000u);
    for (std::size_t i = 0; i < delivered.size(); ++i)
        EXPECT_EQ(delivered[i], i);
    return highest_before_first;
}

TEST(RunInOrder, LightResultsRunAheadOfASlowItemWithinTheBudget) {
    // 100 bytes each, a budget of 50,000: about 500 items wait (the cap of 1,000 is not
    // reached), far more than the 4 of the window.
    const std::size_t light = furthest_ahead_of_slow_first_item(100, 50'000);
    EXPECT_GE(light, 450u);
    EXPECT_LE(light, 510u);
    // 1 MB each against the same budget: no further than the window and one more.
    EXPECT_LE(furthest_ahead_of_slow_first_item(1'000'000, 50'000), 5u);
    // Weightless results stop at the cap.
    EXPECT_EQ(furthest_ahead_of_slow_first_item(0, 1), 999u);
}

TEST(RunInOrder, AnExceptionInAWorkerStopsTheRunWithoutDeliveringPastIt) {
    for (int jobs : {1, 3, 8}) {
        std::vector<std::size_t> delivered;
        ParallelOptions options{
            jobs, [](std::size_t i) { return "item " + std::to_string(i); }, {}};
        const Status ran = run_in_order<int>(
            500,
            [&](std::size_t i) {
                if (i == 57)
                    throw std::runtime_error("a rule failed");
                return static_cast<int>(i);
            },
            [&](std::size_t i, int&&) { delivered.push_back(i); }, options, 2);
        ASSERT_FALSE(ran.ok());
        EXPECT_EQ(ran.error().message, "internal error: a rule failed while item 57");
        // What was delivered is a prefix, in order, that stops before the failed item.
        EXPECT_LE(delivered.size(), 57u);
        for (std::size_t i = 0; i < delivered.size(); ++i)
            EXPECT_EQ(delivered[i], i);
    }
}

TEST(RunInOrder, AnExceptionWhileDeliveringStopsTheRun) {
    std::vector<std::size_t> delivered;
    const Status ran = run_in_order<int>(
        200, [](std::size_t i) { return static_cast<int>(i); },
        [&](std::size_t i, int&&) {
            if (i == 10)
                throw std::bad_alloc();
            delivered.push_back(i);
        },
        {4, {}, {}}, 3);
    ASSERT_FALSE(ran.ok());
    EXPECT_EQ(ran.error().message, "out of memory");
    EXPECT_EQ(delivered.size(), 10u);
}

TEST(RunInOrder, ZeroItemsCallNothing) {
    bool called = false;
    const Status ran = run_in_order<int>(
        0,
        [&](std::size_t) {
            called = true;
            return 0;
        },
        [&](std::size_t, int&&) { called = true; }, {4, {}, {}});
    EXPECT_TRUE(ran.ok());
    EXPECT_FALSE(called);
}

} // namespace
} // namespace medloc
