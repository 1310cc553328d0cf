#include "core/file_read.h"
#include "test_support.h"

#include <limits>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(ReadRegularFile, ReadsARegularFileWithinItsLimit) {
    testing::TempDir dir;
    const auto path = dir.write("a.xml", "<article/>").string();
    EXPECT_EQ(read_regular_file(path, 100).value(), "<article/>");
    auto large = read_regular_file(path, 5, "limits.max-file-size");
    ASSERT_FALSE(large.ok());
    EXPECT_EQ(large.error().message,
              "file is too large: 10 bytes, the limit is 5 (limits.max-file-size)");
    EXPECT_EQ(read_regular_file_prefix(path, 4).value(), "<art");
    EXPECT_FALSE(read_regular_file((dir.path() / "absent.xml").string(), 100).ok());
}

TEST(ReadRegularFile, AFileLongerThanItsSizeSaidIsReadWholeAndHeldToTheLimit) {
    // Files of /proc are regular and say they are empty: what a file that grew after it
    // was opened looks like to the reader.
    const auto status = read_regular_file("/proc/self/status", 1 << 20);
    ASSERT_TRUE(status.ok()) << status.error().message;
    EXPECT_EQ(status.value().rfind("Name:", 0), 0u);
    EXPECT_NE(status.value().find("\nPid:"), std::string::npos);
    EXPECT_EQ(status.value().back(), '\n') << "read to its end";
    EXPECT_EQ(read_regular_file("/proc/self/status", 10, "limits.max-file-size").error().message,
              "file is too large: more than 10 bytes (limits.max-file-size)");
    // No limit at all: the end is found all the same.
    const auto unlimited =
        read_regular_file("/proc/self/status", std::numeric_limits<std::uintmax_t>::max());
    ASSERT_TRUE(unlimited.ok());
    EXPECT_EQ(unlimited.value().rfind("Name:", 0), 0u);
}

TEST(ReadRegularFile, AFifoIsRefusedAtOnceNotWaitedOn) {
    // Opening a FIFO for reading waits for a writer: the run blocked forever.
    testing::TempDir dir;
    const std::string fifo = (dir.path() / "article.xml").string();
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    auto read = read_regular_file(fifo, 100);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().message, "not a regular file: it is a FIFO, not read");
    EXPECT_FALSE(open_regular_file(fifo).ok());
}

TEST(ReadRegularFile, DevicesSocketsAndDirectoriesAreRefused) {
    EXPECT_EQ(read_regular_file("/dev/zero", 100).error().message,
              "not a regular file: it is a character device, not read");
    testing::TempDir dir;
    EXPECT_EQ(read_regular_file(dir.path().string(), 100).error().message,
              "cannot read file: it is a directory");
    const std::string socket_path = (dir.path() / "s.xml").string();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    socket_path.copy(address.sun_path, sizeof address.sun_path - 1);
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    EXPECT_EQ(read_regular_file(socket_path, 100).error().message,
              "not a regular file: it is a socket, not read");
    ::close(fd);
}

} // namespace
} // namespace medloc
