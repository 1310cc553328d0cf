#pragma once

#include "checks/check_context.h"
#include "core/result.h"
#include "core/rule_options.h"
#include "core/severity_policy.h"
#include "kit/kit_archive.h"
#include "kit/kit_manifest.h"
#include "loading/source_file.h"
#include "loading/xml_schema.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace medloc {

// The scopes of `kit create --scope`: which units go into a kit.
struct KitScope {
    bool missing = true;  // no target yet
    bool stale = true;    // a target made for an older source
    bool current = false; // translated and current: sent for revision (--scope all)
};

// "missing", "stale", "all" or a comma-separated list of them.
Result<KitScope> parse_kit_scope(std::string_view text);

struct KitCreateRequest {
    std::vector<std::string> article_paths; // source articles, in this order
    const XmlSchema* article_schema = nullptr;
    ReadLimits limits;
    std::string source_locale;
    std::vector<std::string> locales; // target locales
    std::string translations_dir;     // translations/<locale>/<id>.xlf
    KitScope scope;
    std::string xliff_version = "2.1";      // or "1.2"
    const RuleServices* services = nullptr; // termbase and stemming, for the glossary
    RuleOptions rule_options;               // the conventions note says what they ask
    SeverityPolicy severities;              // and leaves out what is switched off
    std::int64_t created = 0;               // Unix time
    std::optional<std::string> source_revision;
};

struct KitCreated {
    KitManifest manifest;
    std::vector<KitEntry> entries;     // the kit's files, kit.json included
    std::vector<std::string> warnings; // articles or XLIFF files that could not be read
};

// Builds a kit in memory: per article and locale, the units the scope selects as one XLIFF
// file (2.1 or 1.2) with approved neighbours as locked context (translate="no"), the termbase
// subset that occurs in those units (TBX and CSV), the conventions note and kit.json.
Result<KitCreated> create_kit(const KitCreateRequest& request);

// Writes the kit as a zip at `out` (entries sorted, every time `timestamp`: the same kit gives
// the same bytes) and its manifest at `record_dir`/<kit-id>.json, both atomically. `out` must
// be absent, empty or a kit medloc wrote: anything else is never replaced.
Status publish_kit(const KitCreated& kit, const std::string& out, const std::string& record_dir,
                   std::int64_t timestamp);

// The kit creation time: SOURCE_DATE_EPOCH when set (reproducible kits), else the clock.
std::int64_t kit_creation_time();

// The conventions note of a kit (Markdown, English then French).
std::string conventions_note(const std::vector<std::string>& locales,
                             const RuleOptions& rule_options, const SeverityPolicy& severities);

// XLIFF 2 inline markup medloc writes (<pc>, <ph/>) as XLIFF 1.2 (<g>, <x/>).
std::string to_xliff12_markup(std::string_view xliff2_markup);

} // namespace medloc
