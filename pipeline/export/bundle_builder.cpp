#include "export/bundle_builder.h"

#include "core/sha256.h"

#include <algorithm>
#include <tuple>

namespace medloc {

namespace {

using json = nlohmann::json;

// The plain text of a content tree, for the index.
std::string plain_text(const json& content) {
    std::string text;
    for (const json& item : content)
        text += item.is_string() ? item.get<std::string>() : plain_text(item.at("content"));
    return text;
}

} // namespace

BundleBuilder::BundleBuilder(BundleDescription description)
    : description_(std::move(description)) {}

void BundleBuilder::add_article(const Article& article, const ArticleExportInfo& info) {
    entries_.push_back({article_to_json(article, info), article.locale, article.id});
}

void BundleBuilder::exclude(Exclusion exclusion) {
    excluded_.push_back(std::move(exclusion));
}

BundleFiles BundleBuilder::finish() const {
    std::vector<Entry> entries = entries_;
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.locale, a.id) < std::tie(b.locale, b.id);
    });
    BundleFiles files;
    json locales = json::object();
    json fallbacks = json::array();
    for (const std::string& locale : description_.locales) {
        json index_articles = json::array();
        for (const Entry& entry : entries) {
            if (entry.locale != locale)
                continue;
            const std::string path = locale + "/" + entry.id + ".json";
            files.push_back({path, canonical_json(entry.article)});
            index_articles.push_back(
                {{"id", entry.id},
                 {"path", path},
                 {"revision", entry.article.at("revision")},
                 {"title", plain_text(entry.article.at("title").at("content"))},
                 {"question", plain_text(entry.article.at("question").at("content"))}});
            for (const auto& [block, from] : entry.article.at("fallback_blocks").items())
                fallbacks.push_back(
                    {{"article", entry.id}, {"locale", locale}, {"block", block}, {"from", from}});
        }
        const json index = {{"format", "medloc-index"},
                            {"format_version", kBundleFormatVersion},
                            {"locale", locale},
                            {"articles", index_articles}};
        files.push_back({locale + "/index.json", canonical_json(index)});
        json entry = {{"articles", index_articles.size()}};
        auto chain = description_.fallback_locales.find(locale);
        entry["fallback_locales"] =
            chain == description_.fallback_locales.end() ? json::array() : json(chain->second);
        locales[locale] = std::move(entry);
    }
    std::vector<Exclusion> excluded = excluded_;
    std::sort(excluded.begin(), excluded.end(), [](const Exclusion& a, const Exclusion& b) {
        return std::tie(a.locale, a.article_id) < std::tie(b.locale, b.article_id);
    });
    json exclusions = json::array();
    for (const Exclusion& exclusion : excluded)
        exclusions.push_back({{"article", exclusion.article_id},
                              {"locale", exclusion.locale},
                              {"reasons", exclusion.reasons}});
    std::sort(files.begin(), files.end(),
              [](const BundleFile& a, const BundleFile& b) { return a.path < b.path; });
    json listed = json::array();
    for (const BundleFile& file : files)
        listed.push_back({{"path", file.path},
                          {"sha256", sha256_hex(file.content)},
                          {"size", file.content.size()}});
    const json manifest = {
        {"format", "medloc-bundle"},
        {"format_version", kBundleFormatVersion},
        {"tool", {{"name", "medloc"}, {"version", description_.tool_version}}},
        {"source_revision",
         description_.source_revision ? json(*description_.source_revision) : json(nullptr)},
        {"source_locale", description_.source_locale},
        {"locales", locales},
        {"fallbacks", fallbacks},
        {"excluded", exclusions},
        {"files", listed},
    };
    files.push_back({"manifest.json", canonical_json(manifest)});
    std::sort(files.begin(), files.end(),
              [](const BundleFile& a, const BundleFile& b) { return a.path < b.path; });
    return files;
}

} // namespace medloc
