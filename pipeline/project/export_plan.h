#pragma once

#include "core/finding.h"
#include "core/result.h"
#include "engine/result_cache.h"
#include "export/bundle_archive.h"
#include "export/bundle_builder.h"
#include "export/bundle_signature.h"
#include "project/project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

// The locales a bundle holds: the request's (--locale), or the source locale and every
// target locale. An Error names a locale that cannot name a bundle folder.
[[nodiscard]] Result<std::vector<std::string>>
export_locales(const Project& project, const std::optional<std::vector<std::string>>& requested);

struct ExportRequest {
    std::vector<std::string> locales;
    ResultCache* cache = nullptr; // the project's result cache, when the command uses one
};

// What `medloc export` writes, decided before anything is written.
struct ExportPlan {
    BundleFiles files;               // every file of the bundle, sorted, manifest.json included
    std::vector<Exclusion> excluded; // in article then locale order
    int exported = 0;                // articles in the bundle, over all locales
    std::vector<Finding> problems;   // files that could not be read, for the command to show
};

// One line per article left out of a locale ("fr-FR/id: excluded: its first reason"), with
// how many more reasons manifest.json gives: what `medloc export` prints.
[[nodiscard]] std::string exclusions_text(const ExportPlan& plan);

// Checks every source article and every XLIFF file the export may read (with the result
// cache), then decides per article and locale with decide_publishing (publishing/) and
// builds the bundle in memory. An Error (a failed run, a configuration error such as a
// missing dictionary) means nothing may be exported on the run's word.
[[nodiscard]] Result<ExportPlan> plan_export(const Project& project, const ExportRequest& request);

struct ExportTarget {
    std::string out;                       // the bundle folder, or the archive file
    std::optional<ArchiveFormat> archive;  // none: a folder
    std::optional<Ed25519Key> signing_key; // none: not signed
    std::int64_t archive_timestamp = 0;
};

// Refuses, before anything is checked, a target that is neither empty nor medloc's own.
[[nodiscard]] Status check_export_target(const ExportTarget& target);

struct ExportTargetRequest {
    std::string out;
    std::optional<std::string> archive;          // "tar.gz" or "zip"; none: a folder
    std::optional<std::string> signing_key_path; // an Ed25519 private key (PEM)
};

// The target a request names: its archive format, its signing key loaded, the archive time
// stamp from the environment; checked with check_export_target. Errors are usage errors
// (exit 2), and nothing is touched.
[[nodiscard]] Result<ExportTarget> export_target(const ExportTargetRequest& request);

// Signs the plan's files when asked (signature.json) and publishes them atomically.
[[nodiscard]] Status write_export(ExportPlan& plan, const ExportTarget& target);

// The line `medloc export` prints once the bundle is written: the articles in how many
// locales, the exclusions and the files written to where.
[[nodiscard]] std::string export_summary(const ExportPlan& plan, std::size_t locales,
                                         const ExportTarget& target);

// The time stamp of archive entries: SOURCE_DATE_EPOCH when set (reproducible-builds.org),
// else a fixed date, never the clock.
std::int64_t archive_timestamp_from_environment();

} // namespace medloc
