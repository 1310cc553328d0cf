#pragma once

#include "core/finding.h"
#include "core/result.h"
#include "engine/file_checker.h"
#include "kit/kit_archive.h"
#include "kit/unit_decision.h"
#include "loading/source_file.h"
#include "loading/xml_schema.h"

#include <optional>
#include <string>
#include <vector>

namespace medloc {

struct KitImportRequest {
    std::string returned_path;                // a zip/tar archive or a directory
    std::optional<std::string> manifest_path; // kit.json given apart (--manifest)
    std::string record_dir;                   // where kit create recorded its manifests
    std::vector<std::string> article_paths;   // every source article of the project
    const XmlSchema* article_schema = nullptr;
    ReadLimits limits;
    KitReadLimits archive_limits;
    std::string translations_dir; // translations/<locale>/<id>.xlf
    std::string source_locale;
    const FileChecker* checker = nullptr; // the project's rules, content rules included
    bool force = false;
};

struct ImportedUnit {
    std::string locale;
    std::string article;
    std::string unit;
    ImportOutcome outcome = ImportOutcome::rejected;
    std::string reason;
    std::string returned_file;     // the entry it came back in ("" when not returned)
    int line = 0;                  // of the unit in that entry
    std::vector<Finding> findings; // of the check: errors and warnings (no position)
};

struct KitImportResult {
    std::string kit_id;
    std::vector<ImportedUnit> units;  // the kit's units in kit order, then unknown ones
    std::vector<std::string> ignored; // entries that are not XLIFF: "path: why"
    std::vector<std::string> notes;   // what the reader should know (no record of the kit)
    std::vector<std::string> written; // files replaced in translations/
    std::string write_error;          // a write failed: the files before it were written

    int count(ImportOutcome outcome) const;
};

// Reads what came back, matches every returned unit to the kit (by its ids, then by its
// source text), checks it and decides (unit_decision.h); then merges the accepted targets
// into translations/ (set_unit_targets), one atomic write per file. An Error means the
// return was refused and nothing was written: a damaged or hostile archive, no or an
// altered kit.json, a kit of another project, rules that cannot run.
Result<KitImportResult> import_kit(const KitImportRequest& request);

// The per-unit report as JSON (docs/formats/kit.md).
std::string import_report_json(const KitImportResult& result);

} // namespace medloc
