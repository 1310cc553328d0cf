#pragma once

#include "core/result.h"
#include "engine/file_checker.h"
#include "kit/kit_create.h"
#include "kit/kit_import.h"
#include "project/project.h"

#include <optional>
#include <string>

namespace medloc {

// `kit create`'s request from the project: its articles and target locales, the settings
// (size limit, source locale, translations folder, rule options, severities), the compiled
// schema and services, the creation time and the commit of paths.content. Errors are usage
// errors: no target locale, a scope or an XLIFF version that does not parse.
[[nodiscard]] Result<KitCreateRequest> kit_create_request(const Project& project,
                                                          const std::string& scope,
                                                          const std::string& xliff_version);

struct KitReturn {
    std::string path;                         // the returned kit: an archive or a folder
    std::optional<std::string> manifest_path; // kit.json given apart
    bool force = false;                       // replace newer final targets
};

// `kit import`'s request: every article of paths.content (the return is matched against
// them, whatever inputs the command named), the project's settings and schema, and
// `checker`, which must outlive the request. An Error: paths.content cannot be read.
[[nodiscard]] Result<KitImportRequest>
kit_import_request(const Project& project, const FileChecker& checker, const KitReturn& kit);

} // namespace medloc
