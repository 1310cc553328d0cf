#include "core/sha256.h"
#include "export/article_json.h"
#include "export/bundle_archive.h"
#include "export/bundle_builder.h"
#include "export/bundle_directory.h"
#include "export/bundle_verifier.h"
#include "export/source_revision.h"
#include "loading/document_loader.h"
#include "test_support.h"

#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace medloc {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

Article article_from(const std::string& answer) {
    static XmlSchema schema = testing::article_schema();
    DocumentRules rules;
    rules.schema = &schema;
    LoadedDocument loaded =
        load_xml_text("article.xml", testing::article_xml("article", answer), rules);
    EXPECT_TRUE(loaded.ok());
    return build_article(loaded.source, *loaded.tree);
}

TEST(BundlePaths, RejectWhatCouldEscapeTheBundle) {
    EXPECT_TRUE(is_safe_bundle_path("en-US/fievre-enfant.json"));
    EXPECT_TRUE(is_safe_bundle_path("manifest.json"));
    for (const char* path : {"", "/etc/passwd", "../x.json", "en-US/../../x", "en-US//x",
                             ".hidden/x.json", "en US/x.json", "en-US/x\\y.json"})
        EXPECT_FALSE(is_safe_bundle_path(path)) << path;
}

TEST(ArticleJson, NestsInlineMarkupAsContentTrees) {
    const Article article = article_from("<p id=\"p\">Donnez <strong>au plus <dose value=\"15\" "
                                         "unit=\"mg/kg\">15 mg/kg</dose></strong>, "
                                         "voir <link href=\"https://example.org\">ici</link>.</p>");
    const json out = article_to_json(article, {"fr-FR", "sha256:00", {}});
    const json expected = json::parse(R"([
        "Donnez ",
        {"type": "strong", "content": ["au plus ",
            {"type": "dose", "value": "15", "unit": "mg/kg", "content": ["15 mg/kg"]}]},
        ", voir ",
        {"type": "link", "href": "https://example.org", "content": ["ici"]},
        "."])");
    ASSERT_EQ(out["blocks"].size(), 1u);
    EXPECT_EQ(out["blocks"][0]["content"], expected);
    EXPECT_EQ(out["title"]["content"], json::array({"Titre"}));
    EXPECT_EQ(out["review"]["status"], "approved");
}

BundleFiles sample_bundle() {
    BundleBuilder builder({"1.0", std::nullopt, "fr-FR", {"fr-FR", "en-US"}, {}});
    builder.add_article(article_from("<p id=\"p\">Texte.</p>"), {"fr-FR", "sha256:00", {}});
    builder.exclude({"other", "en-US", {"not translated"}});
    return builder.finish();
}

TEST(BundleBuilder, WritesArticlesIndexesAndAManifestThatVerifies) {
    const BundleFiles files = sample_bundle();
    std::vector<std::string> paths;
    for (const BundleFile& file : files)
        paths.push_back(file.path);
    EXPECT_EQ(paths, (std::vector<std::string>{"en-US/index.json", "fr-FR/article.json",
                                               "fr-FR/index.json", "manifest.json"}));
    EXPECT_TRUE(verify_bundle(files).empty());
    const json manifest = json::parse(files.back().content);
    EXPECT_EQ(manifest["excluded"][0]["article"], "other");
    EXPECT_EQ(manifest["files"][1]["sha256"], sha256_hex(files[1].content));
    EXPECT_EQ(sample_bundle()[3].content, files[3].content) << "not reproducible";
}

TEST(BundleVerifier, ReportsEveryKindOfDifference) {
    BundleFiles changed = sample_bundle();
    changed[1].content[10] ^= 1;
    changed.push_back({"fr-FR/extra.json", "{}"});
    changed.erase(changed.begin()); // en-US/index.json
    const auto problems = verify_bundle(changed);
    auto has = [&](const std::string& text) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const std::string& p) { return p.find(text) != std::string::npos; });
    };
    EXPECT_TRUE(has("fr-FR/article.json: SHA-256 differs")) << ::testing::PrintToString(problems);
    EXPECT_TRUE(has("en-US/index.json: listed in the manifest but absent"));
    EXPECT_TRUE(has("fr-FR/extra.json: not listed in the manifest"));
    EXPECT_EQ(verify_bundle({}).front(), "manifest.json: missing");
}

TEST(BundleVerifier, FieldsOfTheWrongTypeAreProblemsNotExceptions) {
    // Found by fuzzing: a "format" that is not a string made nlohmann's value() throw.
    EXPECT_EQ(verify_bundle({{"manifest.json", R"({"format": 1, "format_version": 1})"}}).front(),
              "manifest.json: not a medloc bundle manifest of format version 1");
    BundleFiles files = sample_bundle();
    for (BundleFile& file : files)
        if (file.path == "en-US/index.json")
            file.content = R"({"format": ["medloc-index"], "locale": 7})";
    const auto problems = verify_bundle(files);
    EXPECT_TRUE(std::any_of(problems.begin(), problems.end(), [](const std::string& p) {
        return p == "en-US/index.json: not a medloc index of format version 1 for en-US";
    })) << ::testing::PrintToString(problems);
}

TEST(BundleDirectory, PublishesReplacesAndReadsBack) {
    testing::TempDir dir;
    const std::string out = (dir.path() / "bundle").string();
    const BundleFiles files = sample_bundle();
    ASSERT_TRUE(publish_bundle_directory(out, files));
    ASSERT_TRUE(publish_bundle_directory(out, {{"manifest.json", "{}"}}));
    auto read = read_bundle_directory(out);
    ASSERT_TRUE(read);
    ASSERT_EQ(read.value().size(), 1u) << "the previous bundle is replaced, not merged";
    for (const auto& entry : fs::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename(), "bundle") << "left beside the bundle";
    EXPECT_FALSE(publish_bundle_directory(out, {{"../escape.json", "{}"}}));
    EXPECT_FALSE(fs::exists(dir.path() / "escape.json"));
    dir.write("file", "x");
    EXPECT_FALSE(publish_bundle_directory((dir.path() / "file").string(), files));
}

TEST(BundleDirectory, RestoresThePreviousBundleAfterAnInterruptedSwap) {
    testing::TempDir dir;
    // As a run killed between the two renames of the fallback path leaves it.
    fs::create_directories(dir.path() / ".bundle.old-1234");
    dir.write(".bundle.old-1234/manifest.json", "previous");
    fs::create_directories(dir.path() / ".bundle.new-5678");
    ASSERT_TRUE(publish_bundle_directory((dir.path() / "other").string(), sample_bundle()));
    ASSERT_TRUE(publish_bundle_directory((dir.path() / "bundle").string(), sample_bundle()));
    EXPECT_FALSE(fs::exists(dir.path() / ".bundle.old-1234"));
    EXPECT_FALSE(fs::exists(dir.path() / ".bundle.new-5678"));
    EXPECT_TRUE(
        verify_bundle(read_bundle_directory((dir.path() / "bundle").string()).value()).empty());
}

TEST(BundleArchive, RoundTripsBothFormats) {
    testing::TempDir dir;
    const BundleFiles files = sample_bundle();
    for (ArchiveFormat format : {ArchiveFormat::tar_gz, ArchiveFormat::zip}) {
        auto bytes = build_archive(files, format, 946684800);
        ASSERT_TRUE(bytes);
        EXPECT_EQ(bytes.value(), build_archive(files, format, 946684800).value());
        const auto path = dir.write("bundle.archive", bytes.value());
        auto read = read_archive(path.string());
        ASSERT_TRUE(read) << read.error().message;
        ASSERT_EQ(read.value().size(), files.size());
        for (std::size_t i = 0; i < files.size(); ++i) {
            EXPECT_EQ(read.value()[i].path, files[i].path);
            EXPECT_EQ(read.value()[i].content, files[i].content);
        }
    }
    EXPECT_FALSE(read_archive((dir.path() / "absent.tar.gz").string()));
}

TEST(BundleVerifier, ReadsAFolderOrAnArchiveAndSaysWhatItFound) {
    testing::TempDir dir;
    const std::string folder = (dir.path() / "bundle").string();
    ASSERT_TRUE(publish_bundle_directory(folder, sample_bundle()));
    const std::string archive =
        dir.write("bundle.zip",
                  build_archive(sample_bundle(), ArchiveFormat::zip, 946684800).value())
            .string();
    for (const std::string& path : {folder, archive}) {
        auto sound = verify_bundle_at(path, nullptr);
        ASSERT_TRUE(sound) << sound.error().message;
        EXPECT_EQ(sound.value().files, sample_bundle().size());
        EXPECT_TRUE(sound.value().problems.empty());
        EXPECT_EQ(bundle_check_text(path, sound.value(), nullptr),
                  "medloc verify: " + path + ": " + std::to_string(sample_bundle().size()) +
                      " files, sound\n");
    }
    dir.write("bundle/extra.json", "{}");
    auto changed = verify_bundle_at(folder, nullptr);
    ASSERT_TRUE(changed) << changed.error().message;
    ASSERT_FALSE(changed.value().problems.empty());
    const std::string text = bundle_check_text(folder, changed.value(), nullptr);
    EXPECT_TRUE(text.starts_with(folder + ": " + changed.value().problems.front() + "\n")) << text;
    // The files of the bundle as found, the extra one included.
    EXPECT_NE(text.find(": " + std::to_string(sample_bundle().size() + 1) + " files, "),
              std::string::npos)
        << text;
    const std::size_t count = changed.value().problems.size();
    EXPECT_TRUE(text.ends_with(", " + std::to_string(count) +
                               (count == 1 ? " problem" : " problems") + "\n"))
        << text;
    auto absent = verify_bundle_at((dir.path() / "absent.zip").string(), nullptr);
    ASSERT_FALSE(absent);
    EXPECT_NE(absent.error().message.find("absent.zip"), std::string::npos);
}

TEST(BundleDirectory, ReplacesOnlyNothingAnEmptyFolderOrABundle) {
    // export --out used to replace any directory: the project, content/ included.
    testing::TempDir dir;
    const BundleFiles files = sample_bundle();
    const fs::path project = dir.path() / "project";
    fs::create_directories(project / "content");
    dir.write("project/content/a.xml", "<article/>");
    dir.write("project/manifest.json", R"({"format": "another tool"})");
    for (const fs::path& target : {project, project / "content"}) {
        const Status refused = publish_bundle_directory(target.string(), files);
        ASSERT_FALSE(refused.ok()) << target;
        EXPECT_NE(refused.error().message.find("refusing to replace"), std::string::npos);
    }
    EXPECT_EQ(testing::read_text(project / "content/a.xml"), "<article/>");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1)
        << "nothing left beside the refused target";
    fs::create_directory(dir.path() / "empty");
    EXPECT_TRUE(publish_bundle_directory((dir.path() / "empty").string(), files).ok());
    EXPECT_TRUE(publish_bundle_directory((dir.path() / "empty").string(), files).ok())
        << "a bundle medloc wrote is replaced";
    fs::create_directory_symlink(dir.path() / "empty", dir.path() / "link");
    EXPECT_FALSE(check_bundle_directory_target((dir.path() / "link").string()).ok());
    EXPECT_TRUE(check_bundle_directory_target((dir.path() / "absent").string()).ok());
}

TEST(BundleArchive, ReplacesOnlyNothingAnEmptyFileOrABundleArchive) {
    testing::TempDir dir;
    const auto bytes = build_archive(sample_bundle(), ArchiveFormat::tar_gz, 946684800).value();
    const auto notes = dir.write("notes.txt", "my notes\n");
    const Status refused = publish_bundle_archive(notes.string(), bytes);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(testing::read_text(notes), "my notes\n");
    const auto other = build_archive({{"a.json", "{}"}}, ArchiveFormat::zip, 0).value();
    const auto foreign = dir.write("other.zip", other);
    EXPECT_FALSE(publish_bundle_archive(foreign.string(), bytes).ok());
    EXPECT_EQ(testing::read_text(foreign), other);
    const auto empty = dir.write("empty.tar.gz", "");
    EXPECT_TRUE(publish_bundle_archive(empty.string(), bytes).ok());
    EXPECT_TRUE(publish_bundle_archive(empty.string(), bytes).ok()) << "medloc's own archive";
    EXPECT_FALSE(publish_bundle_archive(dir.path().string(), bytes).ok());
}

TEST(BundleArchive, ANameGivenTwiceIsRefused) {
    // Extractors disagree on which copy wins: what verify checked need not be what an app
    // unpacks. Built with libarchive directly, which writes what it is given.
    testing::TempDir dir;
    BundleFiles files = sample_bundle();
    BundleFiles doubled = files;
    doubled.push_back({files.back().path, "{\"format\": \"evil\"}"});
    auto bytes = build_archive(doubled, ArchiveFormat::tar_gz, 946684800);
    ASSERT_TRUE(bytes);
    auto read = read_archive(dir.write("doubled.tar.gz", bytes.value()).string());
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.error().message.find("twice"), std::string::npos) << read.error().message;
    BundleFiles cased = files;
    std::string upper = files.back().path;
    for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    cased.push_back({upper, "{}"});
    auto zip = build_archive(cased, ArchiveFormat::zip, 946684800);
    EXPECT_FALSE(read_archive(dir.write("cased.zip", zip.value()).string()).ok());
}

TEST(BundleDirectory, ALinkInsideABundleMakesItUnsound) {
    testing::TempDir dir;
    const std::string out = (dir.path() / "bundle").string();
    ASSERT_TRUE(publish_bundle_directory(out, sample_bundle()).ok());
    ASSERT_TRUE(read_bundle_directory(out).ok());
    // A linked folder was skipped (its files unseen), a linked file read through the link.
    fs::create_directories(dir.path() / "elsewhere");
    dir.write("elsewhere/x.json", "{}");
    fs::create_directory_symlink(dir.path() / "elsewhere", fs::path(out) / "de-DE");
    auto read = read_bundle_directory(out);
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.error().message.find("'de-DE' is a symbolic link"), std::string::npos)
        << read.error().message;
    fs::remove(fs::path(out) / "de-DE");
    fs::create_symlink(dir.path() / "elsewhere/x.json", fs::path(out) / "fr-FR" / "x.json");
    EXPECT_FALSE(read_bundle_directory(out).ok());
    fs::remove(fs::path(out) / "fr-FR" / "x.json");
    EXPECT_TRUE(read_bundle_directory(out).ok());
}

TEST(SourceRevision, ReadsHeadThroughRefsAndPackedRefs) {
    testing::TempDir dir;
    const std::string commit(40, 'a');
    fs::create_directories(dir.path() / "repo/.git/refs/heads");
    fs::create_directories(dir.path() / "repo/content");
    dir.write("repo/.git/HEAD", "ref: refs/heads/main\n");
    EXPECT_FALSE(git_head_commit((dir.path() / "repo/content").string()));
    dir.write("repo/.git/packed-refs", "# pack-refs\n" + commit + " refs/heads/main\n");
    EXPECT_EQ(git_head_commit((dir.path() / "repo/content").string()), commit);
    const std::string newer(40, 'b');
    dir.write("repo/.git/refs/heads/main", newer + "\n");
    EXPECT_EQ(git_head_commit((dir.path() / "repo/content").string()), newer);
    EXPECT_FALSE(git_head_commit(dir.path().string()));
}

} // namespace
} // namespace medloc
