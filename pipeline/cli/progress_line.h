#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>

namespace medloc {

// "medloc: 1234/10000 files" on one terminal line, rewritten in place: shown only once a
// run has lasted `delay`, at most every `interval`, and erased by `finish`. Callable from
// worker threads.
class ProgressLine {
public:
    using Clock = std::chrono::steady_clock;

    ProgressLine(std::ostream& out, std::size_t total,
                 std::chrono::milliseconds delay = std::chrono::milliseconds(500),
                 std::chrono::milliseconds interval = std::chrono::milliseconds(100),
                 Clock::time_point start = Clock::now());

    void update(std::size_t done, Clock::time_point now = Clock::now());
    void finish();

private:
    std::ostream& out_;
    std::size_t total_;
    std::chrono::milliseconds delay_;
    std::chrono::milliseconds interval_;
    Clock::time_point start_;
    Clock::time_point last_shown_{};
    bool shown_ = false;
    std::mutex mutex_;
};

} // namespace medloc
