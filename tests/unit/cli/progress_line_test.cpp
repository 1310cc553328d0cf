#include "cli/progress_line.h"

#include <sstream>

#include <gtest/gtest.h>

namespace medloc {
namespace {

using std::chrono::milliseconds;

TEST(ProgressLine, WaitsThenRewritesOneLineAndErasesIt) {
    std::ostringstream out;
    const auto start = ProgressLine::Clock::time_point{};
    ProgressLine line(out, 10, milliseconds(500), milliseconds(100), start);
    line.update(1, start + milliseconds(100));
    EXPECT_EQ(out.str(), "") << "short runs stay silent";
    line.update(4, start + milliseconds(600));
    line.update(5, start + milliseconds(650)); // within the interval: not shown
    line.update(7, start + milliseconds(750));
    EXPECT_EQ(out.str(), "\rmedloc: 4/10 files\rmedloc: 7/10 files");
    line.finish();
    EXPECT_EQ(out.str().substr(out.str().size() - 4), "\r\033[K");
}

TEST(ProgressLine, FinishesSilentlyWhenNothingWasShown) {
    std::ostringstream out;
    ProgressLine line(out, 3);
    line.update(3);
    line.finish();
    EXPECT_EQ(out.str(), "");
}

} // namespace
} // namespace medloc
