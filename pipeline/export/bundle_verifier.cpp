#include "export/bundle_verifier.h"

#include "core/json_fields.h"
#include "core/sha256.h"
#include "core/untrusted_json.h"
#include "core/wording.h"
#include "export/bundle_archive.h"
#include "export/bundle_directory.h"
#include "export/bundle_signature.h"
#include "text/printable.h"

#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

using json = nlohmann::json;

class Problems {
public:
    void add(const std::string& where, const std::string& what) {
        lines_.push_back(where + ": " + what);
    }
    std::vector<std::string> take() { return std::move(lines_); }

private:
    std::vector<std::string> lines_;
};

// A content tree: strings, and inline elements with a "type" and their own content.
bool valid_content(const json& content, int depth = 0) {
    if (!content.is_array() || depth > 64)
        return false;
    for (const json& item : content) {
        if (item.is_string())
            continue;
        if (!has_text_field(item, "type") || !item.contains("content") ||
            !valid_content(item["content"], depth + 1))
            return false;
        for (const auto& [key, value] : item.items())
            if (key != "content" && !value.is_string())
                return false;
    }
    return true;
}

bool valid_block(const json& block) {
    return has_text_field(block, "id") && has_text_field(block, "kind") &&
           block.contains("content") && valid_content(block["content"]);
}

void check_article(const std::string& path, const std::string& locale, const std::string& id,
                   const json& article, Problems& problems) {
    if (!article.is_object() || text_field(article, "format") != "medloc-article" ||
        !article.contains("format_version") || article["format_version"] != kBundleFormatVersion) {
        problems.add(path, "not a medloc article of format version 1");
        return;
    }
    for (const char* key :
         {"id", "locale", "source_locale", "source_hash", "audience", "specialty"})
        if (!has_text_field(article, key))
            problems.add(path, std::string("'") + key + "' missing or not a string");
    if (has_text_field(article, "id") && article["id"] != id)
        problems.add(path,
                     "id '" + article["id"].get<std::string>() + "' differs from the file name");
    if (has_text_field(article, "locale") && article["locale"] != locale)
        problems.add(path, "locale '" + article["locale"].get<std::string>() +
                               "' differs from its folder");
    if (!article.contains("revision") || !article["revision"].is_number_integer())
        problems.add(path, "'revision' missing or not an integer");
    if (!article.contains("review") || !has_text_field(article["review"], "status"))
        problems.add(path, "'review' missing or without a status");
    for (const char* key : {"title", "question"})
        if (!article.contains(key) || !valid_block(article[key]))
            problems.add(path, std::string("'") + key + "' missing or not a block");
    if (!article.contains("blocks") || !article["blocks"].is_array()) {
        problems.add(path, "'blocks' missing or not an array");
    } else {
        for (const json& block : article["blocks"])
            if (!valid_block(block)) {
                problems.add(path, "a block is not {id, kind, content}");
                break;
            }
    }
    if (!article.contains("fallback_blocks") || !article["fallback_blocks"].is_object())
        problems.add(path, "'fallback_blocks' missing or not an object");
}

void check_index(const std::string& path, const std::string& locale, const json& index,
                 const std::set<std::string>& present, Problems& problems) {
    if (!index.is_object() || text_field(index, "format") != "medloc-index" ||
        !index.contains("format_version") || index["format_version"] != kBundleFormatVersion ||
        text_field(index, "locale") != locale || !index.contains("articles") ||
        !index["articles"].is_array()) {
        problems.add(path, "not a medloc index of format version 1 for " + locale);
        return;
    }
    for (const json& entry : index["articles"]) {
        if (!has_text_field(entry, "id") || !has_text_field(entry, "path") ||
            !has_text_field(entry, "title") || !has_text_field(entry, "question")) {
            problems.add(path, "an entry lacks id, path, title or question");
            continue;
        }
        if (!present.contains(entry["path"].get<std::string>()))
            problems.add(path, "lists " + entry["path"].get<std::string>() + ", which is absent");
    }
}

} // namespace

std::vector<std::string> verify_bundle(const BundleFiles& files) {
    Problems problems;
    std::map<std::string, const BundleFile*> by_path;
    for (const BundleFile& file : files)
        by_path[file.path] = &file;
    auto manifest_file = by_path.find("manifest.json");
    if (manifest_file == by_path.end()) {
        problems.add("manifest.json", "missing");
        return problems.take();
    }
    auto parsed_manifest = parse_untrusted_json<json>(manifest_file->second->content);
    if (!parsed_manifest) {
        problems.add("manifest.json", "not a medloc bundle manifest of format version 1 (" +
                                          parsed_manifest.error().message + ")");
        return problems.take();
    }
    const json& manifest = parsed_manifest.value();
    if (!manifest.is_object() || text_field(manifest, "format") != "medloc-bundle" ||
        !manifest.contains("format_version") ||
        manifest["format_version"] != kBundleFormatVersion || !manifest.contains("files") ||
        !manifest["files"].is_array()) {
        problems.add("manifest.json", "not a medloc bundle manifest of format version 1");
        return problems.take();
    }
    std::set<std::string> listed;
    for (const json& entry : manifest["files"]) {
        if (!has_text_field(entry, "path") || !has_text_field(entry, "sha256") ||
            !entry.contains("size") || !entry["size"].is_number_unsigned()) {
            problems.add("manifest.json", "a file entry lacks path, sha256 or size");
            continue;
        }
        const std::string path = entry["path"];
        listed.insert(path);
        auto found = by_path.find(path);
        if (found == by_path.end()) {
            problems.add(path, "listed in the manifest but absent");
            continue;
        }
        const std::string& content = found->second->content;
        if (entry["size"].get<std::size_t>() != content.size())
            problems.add(path, "size " + std::to_string(content.size()) +
                                   " differs from the manifest's " +
                                   std::to_string(entry["size"].get<std::size_t>()));
        else if (sha256_hex(content) != entry["sha256"].get<std::string>())
            problems.add(path, "SHA-256 differs from the manifest's");
    }
    std::set<std::string> present;
    for (const BundleFile& file : files)
        present.insert(file.path);
    for (const BundleFile& file : files) {
        // The signature covers the manifest, not the other way round: verify_bundle_signature.
        if (file.path == "manifest.json" || file.path == kSignatureFile)
            continue;
        if (!listed.contains(file.path))
            problems.add(file.path, "not listed in the manifest");
        const std::size_t slash = file.path.find('/');
        if (slash == std::string::npos || file.path.find('/', slash + 1) != std::string::npos ||
            !file.path.ends_with(".json")) {
            problems.add(file.path, "not <locale>/<name>.json");
            continue;
        }
        const std::string locale = file.path.substr(0, slash);
        const std::string name = file.path.substr(slash + 1, file.path.size() - slash - 6);
        auto parsed = parse_untrusted_json<json>(file.content);
        if (!parsed) {
            problems.add(file.path, parsed.error().message);
            continue;
        }
        const json& value = parsed.value();
        if (name == "index")
            check_index(file.path, locale, value, present, problems);
        else
            check_article(file.path, locale, name, value, problems);
    }
    return problems.take();
}

Result<BundleCheck> verify_bundle_at(const std::string& path, const Ed25519Key* public_key) {
    std::error_code ec;
    auto files =
        std::filesystem::is_directory(path, ec) ? read_bundle_directory(path) : read_archive(path);
    if (!files)
        return files.error();
    BundleCheck check{files.value().size(), verify_bundle(files.value())};
    if (public_key)
        for (std::string& problem : verify_bundle_signature(files.value(), *public_key))
            check.problems.push_back(std::move(problem));
    return check;
}

std::string bundle_check_text(const std::string& path, const BundleCheck& check,
                              const Ed25519Key* public_key) {
    std::string text;
    for (const std::string& problem : check.problems)
        text += printable(path) + ": " + printable(problem) + '\n';
    text += "medloc verify: " + printable(path) + ": " +
            counted(static_cast<long long>(check.files), "file") + ", " +
            (check.problems.empty()
                 ? (public_key ? "sound, signed by " + public_key->key_id() : std::string("sound"))
                 : counted(static_cast<long long>(check.problems.size()), "problem")) +
            '\n';
    return text;
}

} // namespace medloc
