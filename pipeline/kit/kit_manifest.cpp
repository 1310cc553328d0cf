#include "kit/kit_manifest.h"

#include "core/json_fields.h"
#include "core/sha256.h"

#include <chrono>
#include <set>

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

using Json = nlohmann::ordered_json;

constexpr int kFormatVersion = 1;

Json words_json(const QuoteWords& words) {
    return {{"units", words.units},
            {"new", words.new_words},
            {"stale", words.stale_words},
            {"review", words.review_words},
            {"repeated", words.repeated_words},
            {"total", words.total()}};
}

Json manifest_body(const KitManifest& manifest) {
    Json json;
    json["format"] = "medloc-kit";
    json["format_version"] = kFormatVersion;
    json["kit_id"] = manifest.kit_id;
    json["created"] = manifest.created;
    json["source_revision"] =
        manifest.source_revision ? Json(*manifest.source_revision) : Json(nullptr);
    json["source_locale"] = manifest.source_locale;
    json["target_locales"] = manifest.target_locales;
    json["xliff_version"] = manifest.xliff_version;
    json["scope"] = manifest.scope;
    json["words"] = Json::object();
    for (const auto& [locale, words] : manifest.words)
        json["words"][locale] = words_json(words);
    json["files"] = Json::array();
    for (const KitFile& file : manifest.files)
        json["files"].push_back(
            {{"path", file.path}, {"locale", file.locale}, {"article", file.article}});
    json["units"] = Json::array();
    for (const KitUnit& unit : manifest.units) {
        Json data = Json::array();
        for (const auto& [id, tag] : unit.original_data)
            data.push_back(Json::array({id, tag}));
        json["units"].push_back({{"locale", unit.locale},
                                 {"article", unit.article},
                                 {"article_path", unit.article_path},
                                 {"unit", unit.unit},
                                 {"kind", unit.kind},
                                 {"status", to_string(unit.status)},
                                 {"words", unit.words},
                                 {"repeated", unit.repeated},
                                 {"source_hash", unit.source_hash},
                                 {"block_hash", unit.block_hash},
                                 {"previous_target_hash", unit.previous_target_hash},
                                 {"source", unit.source},
                                 {"original_data", data}});
    }
    json["context"] = Json::array();
    for (const KitContextUnit& unit : manifest.context)
        json["context"].push_back(
            {{"locale", unit.locale}, {"article", unit.article}, {"unit", unit.unit}});
    return json;
}

bool is_hash(const std::string& text) {
    return text.size() == 71 && text.starts_with("sha256:") &&
           text.find_first_not_of("0123456789abcdef", 7) == std::string::npos;
}

class FieldReader {
public:
    explicit FieldReader(std::string& error) : error_(error) {}

    std::string text(const Json& object, const char* key, const std::string& where) {
        if (!has_text_field(object, key))
            fail(where + ": '" + key + "' missing or not a string");
        return text_field(object, key);
    }

    std::vector<std::string> texts(const Json& object, const char* key, const std::string& where) {
        std::vector<std::string> values;
        const auto it = object.find(key);
        if (it == object.end() || !it->is_array()) {
            fail(where + ": '" + key + "' missing or not an array");
            return values;
        }
        for (const Json& item : *it) {
            if (!item.is_string()) {
                fail(where + ": '" + key + "' holds something else than strings");
                return values;
            }
            values.push_back(item.get<std::string>());
        }
        return values;
    }

    long number(const Json& object, const char* key, const std::string& where) {
        const auto it = object.find(key);
        if (it == object.end() || !it->is_number_integer() || it->get<long long>() < 0) {
            fail(where + ": '" + key + "' missing or not a whole number");
            return 0;
        }
        return static_cast<long>(it->get<long long>());
    }

    const Json* array(const Json& object, const char* key, const std::string& where) {
        const auto it = object.find(key);
        if (it == object.end() || !it->is_array()) {
            fail(where + ": '" + key + "' missing or not an array");
            return nullptr;
        }
        return &*it;
    }

    void fail(std::string message) {
        if (error_.empty())
            error_ = std::move(message);
    }

private:
    std::string& error_;
};

// A unit's words in its bucket (repetitions already marked).
void add_quote_words(QuoteWords& counts, const KitUnit& unit) {
    ++counts.units;
    if (unit.repeated)
        counts.repeated_words += unit.words;
    else if (unit.status == KitUnitStatus::missing)
        counts.new_words += unit.words;
    else if (unit.status == KitUnitStatus::stale)
        counts.stale_words += unit.words;
    else
        counts.review_words += unit.words;
}

} // namespace

std::string_view to_string(KitUnitStatus status) {
    switch (status) {
    case KitUnitStatus::missing:
        return "missing";
    case KitUnitStatus::stale:
        return "stale";
    case KitUnitStatus::current:
        return "current";
    }
    return "missing";
}

std::optional<KitUnitStatus> parse_kit_unit_status(std::string_view text) {
    if (text == "missing")
        return KitUnitStatus::missing;
    if (text == "stale")
        return KitUnitStatus::stale;
    if (text == "current")
        return KitUnitStatus::current;
    return std::nullopt;
}

const KitUnit* KitManifest::find(std::string_view locale, std::string_view article,
                                 std::string_view unit) const {
    for (const KitUnit& candidate : units)
        if (candidate.locale == locale && candidate.article == article && candidate.unit == unit)
            return &candidate;
    return nullptr;
}

std::map<std::string, QuoteWords> count_quote_words(std::vector<KitUnit>& units,
                                                    const std::vector<std::string>& texts) {
    std::map<std::string, QuoteWords> words;
    std::set<std::pair<std::string, std::string>> seen; // locale, text
    for (std::size_t i = 0; i < units.size(); ++i) {
        KitUnit& unit = units[i];
        unit.repeated = !seen.emplace(unit.locale, i < texts.size() ? texts[i] : "").second;
        add_quote_words(words[unit.locale], unit);
    }
    return words;
}

std::string manifest_json(const KitManifest& manifest) {
    return manifest_body(manifest).dump(2) + "\n";
}

std::string make_kit_id(const KitManifest& manifest_without_id) {
    KitManifest copy = manifest_without_id;
    copy.kit_id.clear();
    const std::string digest = sha256_hex(manifest_json(copy)).substr(0, 12);
    std::string day = copy.created.substr(0, 10);
    std::erase(day, '-');
    return "kit-" + day + "-" + digest;
}

std::string format_utc(std::int64_t seconds) {
    using namespace std::chrono;
    const sys_seconds time{std::chrono::seconds{seconds}};
    const auto day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss clock{time - day};
    char text[96];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<long>(clock.hours().count()),
                  static_cast<long>(clock.minutes().count()),
                  static_cast<long>(clock.seconds().count()));
    return text;
}

Result<KitManifest> parse_manifest(std::string_view text) {
    const Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return Error{"kit.json is not JSON"};
    if (text_field(json, "format") != "medloc-kit" || !json.contains("format_version") ||
        json["format_version"] != kFormatVersion)
        return Error{"kit.json is not a medloc kit manifest of format version 1"};
    std::string error;
    FieldReader read(error);
    KitManifest manifest;
    manifest.kit_id = read.text(json, "kit_id", "kit.json");
    manifest.created = read.text(json, "created", "kit.json");
    if (has_text_field(json, "source_revision"))
        manifest.source_revision = text_field(json, "source_revision");
    manifest.source_locale = read.text(json, "source_locale", "kit.json");
    manifest.target_locales = read.texts(json, "target_locales", "kit.json");
    manifest.xliff_version = read.text(json, "xliff_version", "kit.json");
    manifest.scope = read.texts(json, "scope", "kit.json");
    if (const Json* files = read.array(json, "files", "kit.json"))
        for (const Json& file : *files)
            manifest.files.push_back({read.text(file, "path", "kit.json files"),
                                      read.text(file, "locale", "kit.json files"),
                                      read.text(file, "article", "kit.json files")});
    if (const Json* units = read.array(json, "units", "kit.json")) {
        for (const Json& item : *units) {
            KitUnit unit;
            unit.locale = read.text(item, "locale", "kit.json units");
            unit.article = read.text(item, "article", "kit.json units");
            const std::string where = "kit.json unit " + unit.article + "/" +
                                      text_field(item, "unit") + " (" + unit.locale + ")";
            unit.article_path = read.text(item, "article_path", where);
            unit.unit = read.text(item, "unit", where);
            unit.kind = read.text(item, "kind", where);
            if (auto status = parse_kit_unit_status(text_field(item, "status")))
                unit.status = *status;
            else
                read.fail(where + ": unknown status");
            unit.words = read.number(item, "words", where);
            unit.repeated = item.is_object() && item.contains("repeated") &&
                            item["repeated"].is_boolean() && item["repeated"].get<bool>();
            unit.source_hash = read.text(item, "source_hash", where);
            unit.block_hash = read.text(item, "block_hash", where);
            unit.previous_target_hash = read.text(item, "previous_target_hash", where);
            unit.source = read.text(item, "source", where);
            if (!is_hash(unit.source_hash) || !is_hash(unit.block_hash) ||
                (!unit.previous_target_hash.empty() && !is_hash(unit.previous_target_hash)))
                read.fail(where + ": a hash is not sha256:<64 hex digits>");
            if (const Json* data = read.array(item, "original_data", where))
                for (const Json& pair : *data) {
                    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() ||
                        !pair[1].is_string()) {
                        read.fail(where + ": original_data is not a list of [id, tag]");
                        break;
                    }
                    unit.original_data.emplace_back(pair[0].get<std::string>(),
                                                    pair[1].get<std::string>());
                }
            manifest.units.push_back(std::move(unit));
        }
    }
    if (const Json* context = read.array(json, "context", "kit.json"))
        for (const Json& item : *context)
            manifest.context.push_back({read.text(item, "locale", "kit.json context"),
                                        read.text(item, "article", "kit.json context"),
                                        read.text(item, "unit", "kit.json context")});
    // The id names the kit's record file: nothing but its own form.
    const std::string& id = manifest.kit_id;
    if (error.empty() && (id.size() != 25 || !id.starts_with("kit-") || id[12] != '-' ||
                          id.find_first_not_of("0123456789", 4) != 12 ||
                          id.find_first_not_of("0123456789abcdef", 13) != std::string::npos))
        read.fail("kit.json: kit_id '" + id + "' is not kit-YYYYMMDD-<12 hex digits>");
    if (!error.empty())
        return Error{error};
    // The counts are recomputed, never trusted.
    for (const KitUnit& unit : manifest.units)
        add_quote_words(manifest.words[unit.locale], unit);
    std::set<std::tuple<std::string, std::string, std::string>> keys;
    for (const KitUnit& unit : manifest.units)
        if (!keys.emplace(unit.locale, unit.article, unit.unit).second)
            return Error{"kit.json lists unit " + unit.article + "/" + unit.unit + " (" +
                         unit.locale + ") twice"};
    return manifest;
}

} // namespace medloc
