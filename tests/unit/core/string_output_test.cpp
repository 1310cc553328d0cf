#include "core/string_output.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(RenderToString, GivesBackWhatWasWritten) {
    EXPECT_EQ(render_to_string([](std::ostream& out) { out << "a" << 1 << '\n'; }), "a1\n");
}

TEST(RenderToString, AStreamThatFailsIsAnExceptionNotATruncatedText) {
    // An std::ostringstream that cannot grow (out of memory) sets badbit and drops the rest:
    // the report that was written with what it held looked whole.
    EXPECT_THROW(render_to_string([](std::ostream& out) {
                     out << "{\"findings\": [";
                     out.setstate(std::ios::badbit);
                     out << "]}";
                 }),
                 std::exception);
    EXPECT_THROW(render_to_string([](std::ostream&) { throw std::bad_alloc(); }), std::bad_alloc);
}

} // namespace
} // namespace medloc
