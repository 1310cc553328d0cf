// Atomic writes: the new content replaces the old in one rename, and what a killed run
// left (a temporary named by its dead process) is removed by the next write into that
// folder, while a live run's temporaries are left alone.
#include "core/atomic_file.h"
#include "test_support.h"

#include <csignal>
#include <filesystem>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace medloc {
namespace {

namespace fs = std::filesystem;

// The id of a process that has ended (a child, reaped).
pid_t ended_process() {
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

TEST(AtomicFile, ReplacesTheFileAndLeavesNothingBeside) {
    testing::TempDir dir;
    const fs::path target = dir.path() / "a.xlf";
    ASSERT_TRUE(write_file_atomically(target.string(), "old"));
    ASSERT_TRUE(write_file_atomically(target.string(), "new"));
    EXPECT_EQ(testing::read_text(target), "new");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(AtomicFile, AStreamPutsItsFileInPlaceOnlyWhenCommitted) {
    testing::TempDir dir;
    const fs::path target = dir.path() / "report.json";
    ASSERT_TRUE(write_file_atomically(target.string(), "old"));
    std::string written;
    {
        auto writer = AtomicFileWriter::create(target.string());
        ASSERT_TRUE(writer);
        AtomicFileStream out(std::move(writer).value());
        for (int i = 0; i < 20000; ++i) { // past the stream's buffer, many times
            out << "line " << i << '\n';
            written += "line " + std::to_string(i) + "\n";
        }
        out.flush();
        EXPECT_EQ(testing::read_text(target), "old"); // not before the commit
        ASSERT_TRUE(out.commit());
    }
    EXPECT_EQ(testing::read_text(target), written);
    {
        auto writer = AtomicFileWriter::create(target.string());
        ASSERT_TRUE(writer);
        AtomicFileStream out(std::move(writer).value());
        out << "a report the run did not finish";
    } // dropped: the old file stays, nothing beside it
    EXPECT_EQ(testing::read_text(target), written);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(AtomicFile, CreatesMissingFoldersAndNamesAFileInTheWay) {
    testing::TempDir dir;
    const fs::path nested = dir.path() / "reports" / "2026" / "report.json";
    ASSERT_TRUE(write_file_atomically(nested.string(), "{}"));
    EXPECT_EQ(testing::read_text(nested), "{}");
    dir.write("in-the-way", "a file");
    const fs::path blocked = dir.path() / "in-the-way" / "report.json";
    const Status written = write_file_atomically(blocked.string(), "{}");
    ASSERT_FALSE(written);
    EXPECT_NE(written.error().message.find("cannot create the folder of " + blocked.string()),
              std::string::npos)
        << written.error().message;
}

TEST(AtomicFile, RemovesTheTemporariesOfEndedRunsOnly) {
    testing::TempDir dir;
    const std::string dead = ".a.xlf.tmp-" + std::to_string(ended_process()) + "-Ab12Cd";
    const std::string live = ".a.xlf.tmp-" + std::to_string(::getppid()) + "-Ab12Cd";
    dir.write(dead, "half");
    dir.write(live, "being written by a live run");
    dir.write(".notes.tmp-draft", "a user's file"); // near miss: not medloc's form
    dir.write(".b.tmp-123-toolong", "near miss: not six characters");
    ASSERT_TRUE(write_file_atomically((dir.path() / "a.xlf").string(), "new"));
    EXPECT_FALSE(fs::exists(dir.path() / dead));
    EXPECT_TRUE(fs::exists(dir.path() / live));
    EXPECT_TRUE(fs::exists(dir.path() / ".notes.tmp-draft"));
    EXPECT_TRUE(fs::exists(dir.path() / ".b.tmp-123-toolong"));
    EXPECT_EQ(testing::read_text(dir.path() / "a.xlf"), "new");
}

// A full disk, as a file size limit makes one (a write past it fails with EFBIG): every
// writer says so, the old file stays as it was and nothing is left beside it. In a child,
// so that the limit binds only that process.
TEST(AtomicFile, AFullDiskFailsEveryWriterAndKeepsTheOldFile) {
    testing::TempDir dir;
    const fs::path target = dir.path() / "report.json";
    ASSERT_TRUE(write_file_atomically(target.string(), "old"));
    const pid_t child = ::fork();
    ASSERT_NE(child, -1);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{4096, 4096};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            ::_exit(10);
        const std::string large(65536, 'x');
        if (write_file_atomically(target.string(), large))
            ::_exit(11); // a whole write past the limit must fail
        auto writer = AtomicFileWriter::create(target.string());
        if (!writer)
            ::_exit(12);
        AtomicFileStream out(std::move(writer).value());
        for (int i = 0; i < 4096; ++i)
            out << "line " << i << '\n';
        if (out.commit())
            ::_exit(13); // a stream that could not write everything must not commit
        ::_exit(0);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "10: no limit, 11: write, 12: create, 13: commit";
    EXPECT_EQ(testing::read_text(target), "old");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

} // namespace
} // namespace medloc
