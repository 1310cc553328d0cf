#include "cli/progress_line.h"

namespace medloc {

ProgressLine::ProgressLine(std::ostream& out, std::size_t total, std::chrono::milliseconds delay,
                           std::chrono::milliseconds interval, Clock::time_point start)
    : out_(out), total_(total), delay_(delay), interval_(interval), start_(start) {}

void ProgressLine::update(std::size_t done, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    if (now - start_ < delay_ || (shown_ && now - last_shown_ < interval_))
        return;
    out_ << "\rmedloc: " << done << '/' << total_ << " files" << std::flush;
    shown_ = true;
    last_shown_ = now;
}

void ProgressLine::finish() {
    std::lock_guard lock(mutex_);
    if (shown_)
        out_ << "\r\033[K" << std::flush; // erase the line: the report follows
    shown_ = false;
}

} // namespace medloc
