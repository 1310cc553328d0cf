#pragma once

#include "export/article_json.h"
#include "export/bundle.h"
#include "loading/article.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace medloc {

// An article left out of a locale, and why ("not approved: in-review", "stale unit:
// intro", "2 error findings in translations/en-US/x.xlf").
struct Exclusion {
    std::string article_id;
    std::string locale;
    std::vector<std::string> reasons;
};

struct BundleDescription {
    std::string tool_version;
    std::optional<std::string> source_revision; // git commit of the content
    std::string source_locale;
    std::vector<std::string> locales;
    std::map<std::string, std::vector<std::string>> fallback_locales; // locale -> chain
};

// Collects a bundle's articles and exclusions and writes its files (docs/formats/
// bundle.md): <locale>/<id>.json per article, <locale>/index.json per locale, and
// manifest.json with the counts, exclusions, fallbacks and the SHA-256 of every file.
class BundleBuilder {
public:
    explicit BundleBuilder(BundleDescription description);

    void add_article(const Article& article, const ArticleExportInfo& info);
    void exclude(Exclusion exclusion);

    // Every file, sorted by path, manifest.json included.
    BundleFiles finish() const;

private:
    struct Entry {
        nlohmann::json article;
        std::string locale;
        std::string id;
    };
    BundleDescription description_;
    std::vector<Entry> entries_;
    std::vector<Exclusion> excluded_;
};

} // namespace medloc
