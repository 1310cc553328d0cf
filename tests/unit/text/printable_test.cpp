#include "text/printable.h"

#include <sstream>

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(Printable, KeepsOrdinaryTextAsItIs) {
    const std::string text = "content/fièvre-enfant.xml: l’enfant a 38,5 °C — دواء, 中文 C:\\dir";
    EXPECT_EQ(printable(text), text);
}

TEST(Printable, EscapesWhatCouldForgeALineOrDriveATerminal) {
    EXPECT_EQ(printable("a.xml\n:1:1: error: forged"), "a.xml\\n:1:1: error: forged");
    EXPECT_EQ(printable("a\rb\tc"), "a\\rb\\tc");
    EXPECT_EQ(printable("\x1b]0;title\x07\x1b[2J"), "\\x1b]0;title\\x07\\x1b[2J");
    EXPECT_EQ(printable(std::string("nul\0x", 5)), "nul\\x00x");
    EXPECT_EQ(printable("\x7f"), "\\x7f");
    EXPECT_EQ(printable("\u0085\u009b"), "\\u{0085}\\u{009b}"); // C1 controls (NEL, CSI)
    EXPECT_EQ(printable("gpj.\u202Eexe"), "gpj.\\u{202e}exe");
    EXPECT_EQ(printable("\u2066\u2069\u200E\u200F\u061C\u2028"),
              "\\u{2066}\\u{2069}\\u{200e}\\u{200f}\\u{061c}\\u{2028}");
    EXPECT_EQ(printable("bad \xff\xc3 utf-8"), "bad \\xff\\xc3 utf-8");
    // A backslash that would read as one of these escapes is doubled.
    EXPECT_EQ(printable("\\x1b and \\n"), "\\\\x1b and \\\\n");
}

TEST(PrintableStreambuf, EscapesCodePointsAcrossWritesAndKeepsLineFeeds) {
    std::ostringstream target;
    PrintableStreambuf filter(target.rdbuf());
    std::ostream out(&filter);
    const std::string rlo = "\u202E";
    out << "medloc: cannot read x" << rlo.substr(0, 1);
    out << rlo.substr(1) << "\x1b[31m.xml\n";
    out << "é" << '\n' << std::flush;
    EXPECT_EQ(target.str(), "medloc: cannot read x\\u{202e}\\x1b[31m.xml\né\n");
    // A sequence cut short shows its bytes.
    out << "\xc3"
        << "a\n"
        << std::flush;
    EXPECT_EQ(target.str().substr(target.str().size() - 6), "\\xc3a\n");
}

} // namespace
} // namespace medloc
