#pragma once

#include "checks/check_context.h"
#include "checks/rule_registry.h"
#include "checks/terminology/terminology_service.h"
#include "checks/usage/usage_service.h"
#include "config/config.h"
#include "core/finding.h"
#include "core/result.h"
#include "engine/article_checker.h"
#include "loading/xml_schema.h"
#include "spelling/speller.h"

#include <memory>
#include <optional>
#include <ostream>
#include <vector>

namespace medloc {

// Everything a `check` needs besides the files: the compiled article schema, the spelling
// and terminology services, and the findings on the termbase itself. Built once per run.
struct CheckSetup {
    RuleRegistry rules; // the catalogue with this run's rule options
    std::optional<XmlSchema> article_schema;
    std::optional<XmlSchema> xliff_2_0_schema; // OASIS core and modules, XLIFF 2.0 and 2.1
    std::optional<XmlSchema> xliff_2_2_schema;
    std::unique_ptr<SpellingService> spelling;
    std::unique_ptr<TerminologyService> terminology;
    std::unique_ptr<UsageService> usage; // calques and false friends (terminology/*.usage)
    CheckServices services;
    std::vector<Finding> termbase_findings; // problems of the termbase file, with positions
    std::string termbase_path;              // empty when the project has no termbase
};

// The options of an ArticleChecker for this setup: file size limit, the XLIFF schemas, and
// whether content rules run (`validate` runs the schema stage only).
CheckOptions check_options(const Config& config, const CheckSetup& setup, bool content_rules);

// Errors here are configuration errors (exit 2): schema not found, unreadable word list or
// usage file, a --termbase that does not exist. A termbase that exists but is broken gives
// findings.
Result<std::unique_ptr<CheckSetup>> prepare_check(const Config& config, bool content_rules);

// Says once, on stderr, that some findings of the run have fewer suggestions because the
// spelling suggestion budget (limits.suggest-seconds, limits.suggest-seconds-per-file) was
// spent; silent otherwise.
void note_suggestion_budget(const Config& config, const CheckSetup& setup, std::ostream& err);

// The termbase of the project, loaded and validated; used by `check` and `terms`.
struct [[nodiscard]] LoadedTermbase {
    std::optional<Termbase> termbase;
    std::vector<Finding> findings;
    std::string path; // empty when there is none
};
Result<LoadedTermbase> load_project_termbase(const Config& config);

} // namespace medloc
