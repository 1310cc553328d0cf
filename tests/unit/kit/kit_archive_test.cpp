// Reading what came back: bounded, and refused whole when anything is hostile.
#include "export/bundle_archive.h"
#include "kit/kit_archive.h"
#include "test_support.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace medloc {
namespace {

std::string zip(const testing::TempDir& dir, const std::string& name, const BundleFiles& files) {
    auto bytes = build_archive(files, ArchiveFormat::zip, 0);
    EXPECT_TRUE(bytes);
    return dir.write(name, bytes.value()).string();
}

TEST(KitArchive, EntryNames) {
    for (const char* good : {"kit.json", "en-US/a.xlf", "Traduction finale (v2)/é.xlf", "dir/"})
        EXPECT_TRUE(is_safe_entry_name(good)) << good;
    for (const char* bad : {"", "/etc/passwd", "../a.xlf", "a/../../b", "a/./b", "a//b",
                            "C:evil.xlf", "a\\..\\b", "a\nb", "."})
        EXPECT_FALSE(is_safe_entry_name(bad)) << bad;
}

TEST(KitArchive, ReadsAZipAndAFolderAlike) {
    testing::TempDir dir;
    const BundleFiles files = {{"kit.json", "{}"}, {"en-US/a.xlf", "<xliff/>"}};
    auto from_zip = read_returned_kit(zip(dir, "k.zip", files), {});
    ASSERT_TRUE(from_zip) << from_zip.error().message;
    ASSERT_EQ(from_zip.value().size(), 2u);
    EXPECT_EQ(from_zip.value()[0].path, "en-US/a.xlf");
    EXPECT_EQ(from_zip.value()[1].content, "{}");
    dir.write("folder/kit.json", "{}");
    dir.write("folder/en-US/a.xlf", "<xliff/>");
    auto from_folder = read_returned_kit((dir.path() / "folder").string(), {});
    ASSERT_TRUE(from_folder) << from_folder.error().message;
    ASSERT_EQ(from_folder.value().size(), 2u);
    EXPECT_EQ(from_folder.value()[0].path, "en-US/a.xlf");
}

TEST(KitArchive, RefusesHostileArchivesWhole) {
    testing::TempDir dir;
    const auto refused = [&](const BundleFiles& files, KitReadLimits limits, const char* why) {
        auto read = read_returned_kit(zip(dir, "h.zip", files), limits);
        ASSERT_FALSE(read) << why;
        EXPECT_NE(read.error().message.find(why), std::string::npos) << read.error().message;
    };
    refused({{"../evil.xlf", "x"}}, {}, "unsafe entry name");
    refused({{"/tmp/evil.xlf", "x"}}, {}, "unsafe entry name");
    refused({{"a.xlf", "x"}, {"a.xlf", "y"}}, {}, "there twice");
    refused({{"A.xlf", "x"}, {"a.xlf", "y"}}, {}, "there twice");
    refused({{"a.xlf", std::string(2000, 'x')}}, {1000, 1 << 20, 10}, "larger than 1000 bytes");
    refused({{"a", std::string(600, 'x')}, {"b", std::string(600, 'x')}}, {1000, 1000, 10},
            "more than 1000 bytes");
    refused({{"a", ""}, {"b", ""}, {"c", ""}}, {1000, 1000, 2}, "more than 2 entries");
}

TEST(KitArchive, RefusesTruncatedArchivesLinksAndDevices) {
    testing::TempDir dir;
    std::string noise;
    for (unsigned state = 1; noise.size() < 5000;) {
        state = state * 1103515245u + 12345u;
        noise += static_cast<char>('a' + (state >> 16) % 26);
    }
    auto bytes = build_archive({{"a.xlf", noise}, {"kit.json", noise}}, ArchiveFormat::zip, 0);
    ASSERT_TRUE(bytes);
    // Cut inside the second entry (the writer pads the archive with zeros past its end).
    const std::size_t end = bytes.value().rfind(std::string("PK\x05\x06"));
    ASSERT_NE(end, std::string::npos);
    for (const std::size_t cut : {end / 2, end - 4})
        EXPECT_FALSE(
            read_returned_kit(dir.write("t.zip", bytes.value().substr(0, cut)).string(), {}))
            << cut;
    dir.write("folder/a.xlf", "x");
    std::filesystem::create_symlink("/etc/passwd", dir.path() / "folder/link.xlf");
    auto linked = read_returned_kit((dir.path() / "folder").string(), {});
    ASSERT_FALSE(linked);
    EXPECT_NE(linked.error().message.find("not a regular file"), std::string::npos);
    EXPECT_FALSE(read_returned_kit("/dev/null", {}));
    EXPECT_FALSE(read_returned_kit((dir.path() / "absent.zip").string(), {}));
}

} // namespace
} // namespace medloc
