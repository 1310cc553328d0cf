#pragma once

#include "core/result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace medloc {

// Why a unit is in a kit: it has no translation (missing), its translation was made for an
// older source (stale), or, with --scope all, it is translated and current (current:
// given for revision).
enum class KitUnitStatus { missing, stale, current };

std::string_view to_string(KitUnitStatus status);
std::optional<KitUnitStatus> parse_kit_unit_status(std::string_view text);

// One unit sent for translation.
struct KitUnit {
    std::string locale;
    std::string article;      // article id
    std::string article_path; // as the project names it (content/<id>.xml)
    std::string unit;         // block id = XLIFF unit id
    std::string kind;         // block kind (title, p, item...)
    KitUnitStatus status = KitUnitStatus::missing;
    long words = 0;        // ICU words of the source text
    bool repeated = false; // the same source text came earlier in the kit, in this locale
    // SHA-256 of the source's text as a reader sees it (inline codes left out, white space
    // collapsed): what identifies the unit in a returned file whatever tool rewrote it, and
    // shows whether the translator changed the source.
    std::string source_hash;
    std::string block_hash; // the block's source hash in the repository (extract's), then
    // The target the repository held when the kit was made (canonical markup's SHA-256),
    // empty when none: a later final target is someone else's newer work.
    std::string previous_target_hash;
    std::string source; // the source sent, as XLIFF 2 inline markup (<pc> codes)
    std::vector<std::pair<std::string, std::string>> original_data; // data id -> original tag
};

// An approved neighbour sent as locked context; never imported back.
struct KitContextUnit {
    std::string locale;
    std::string article;
    std::string unit;
};

// Word counts for quoting, per locale: each source text once (the first time it occurs in
// the kit, in kit order) in the bucket of its status; every later occurrence in `repeated`.
struct QuoteWords {
    int units = 0;
    long new_words = 0;    // missing units
    long stale_words = 0;  // units to update
    long review_words = 0; // current units sent for revision (--scope all)
    long repeated_words = 0;

    long total() const { return new_words + stale_words + review_words + repeated_words; }
    friend bool operator==(const QuoteWords&, const QuoteWords&) = default;
};

struct KitFile {
    std::string path; // in the kit: <locale>/<article>.xlf
    std::string locale;
    std::string article;
};

struct KitManifest {
    std::string kit_id;
    std::string created; // RFC 3339, UTC
    std::optional<std::string> source_revision;
    std::string source_locale;
    std::vector<std::string> target_locales;
    std::string xliff_version; // "2.1" or "1.2"
    std::vector<std::string> scope;
    std::map<std::string, QuoteWords> words; // by locale
    std::vector<KitFile> files;
    std::vector<KitUnit> units;
    std::vector<KitContextUnit> context;

    const KitUnit* find(std::string_view locale, std::string_view article,
                        std::string_view unit) const;
};

// Marks repetitions (`repeated`) and counts the words for quoting. `texts` holds each
// unit's source text as compared for repetitions (inline codes left out, white space
// collapsed), in kit order.
std::map<std::string, QuoteWords> count_quote_words(std::vector<KitUnit>& units,
                                                    const std::vector<std::string>& texts);

// The manifest as kit.json (stable key order, two-space indent, final line break).
std::string manifest_json(const KitManifest& manifest);

// Reads kit.json; the file is untrusted (it came back with the translations): every field is
// checked, a wrong one is an Error that names it.
Result<KitManifest> parse_manifest(std::string_view json);

// "kit-YYYYMMDD-" and the first 12 hex digits of the SHA-256 of the manifest written
// without its id: the same kit content at the same time gives the same id.
std::string make_kit_id(const KitManifest& manifest_without_id);

// RFC 3339 (UTC, seconds) of a Unix time.
std::string format_utc(std::int64_t seconds);

inline constexpr std::string_view kManifestName = "kit.json";

} // namespace medloc
