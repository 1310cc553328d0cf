#pragma once

#include "checks/check_context.h"
#include "checks/rule_registry.h"
#include "checks/terminology/terminology_service.h"
#include "checks/usage/usage_service.h"
#include "config/config.h"
#include "core/finding.h"
#include "core/result.h"
#include "engine/file_checker.h"
#include "loading/xml_schema.h"
#include "spelling/speller.h"

#include <memory>
#include <optional>
#include <ostream>
#include <vector>

namespace medloc {

// Everything a `check` needs besides the files: the compiled article schema, the spelling
// and terminology services, and the findings on the termbase itself. Built once per run.
struct ProjectSetup {
    RuleRegistry rules; // the catalogue with this run's rule options
    std::optional<XmlSchema> article_schema;
    std::optional<XmlSchema> xliff_2_0_schema; // OASIS core and modules, XLIFF 2.0 and 2.1
    std::optional<XmlSchema> xliff_2_2_schema;
    std::unique_ptr<SpellingService> spelling;
    std::unique_ptr<TerminologyService> terminology;
    std::unique_ptr<UsageService> usage; // calques and false friends (terminology/*.usage)
    RuleServices services;
    std::vector<Finding> termbase_findings; // problems of the termbase file, with positions
    std::string termbase_path;              // empty when the project has no termbase
};

// A configuration request that knows the built-in rules: their ids (for rules.<id> keys)
// and the options they declare (RuleRegistry::option_specs).
ConfigRequest rules_config_request();

// The options of a FileChecker for this setup: file size limit, the XLIFF schemas, and
// whether content rules run (`validate` runs the schema stage only).
FileCheckerOptions checker_options(const Config& config, const ProjectSetup& setup,
                                   bool content_rules);

// The checker every command runs files through: this setup's schema, rules and services,
// the project's severities and checker_options.
FileChecker make_file_checker(const Config& config, const ProjectSetup& setup, bool content_rules);

// run.jobs, where 0 means one job per core; at most max_parallel_jobs() (engine/parallel_run).
int jobs_from(const Config& config);

// The project's schemas/article.xsd (or the installed one), compiled with secure XML
// initialised; an error when it is missing or does not compile (a configuration error).
[[nodiscard]] Result<XmlSchema> compile_article_schema(const Config& config);

// Errors here are configuration errors (exit 2): schema not found, unreadable word list or
// usage file, a --termbase that does not exist. A termbase that exists but is broken gives
// findings.
[[nodiscard]] Result<std::unique_ptr<ProjectSetup>> prepare_project(const Config& config,
                                                                    bool content_rules);

// Says once, on stderr, that some findings of the run have fewer suggestions because the
// spelling suggestion budget (limits.suggest-seconds, limits.suggest-seconds-per-file) was
// spent; silent otherwise.
void note_suggestion_budget(const Config& config, const ProjectSetup& setup, std::ostream& err);

// The termbase of the project, loaded and validated; used by `check` and `terms`.
struct [[nodiscard]] LoadedTermbase {
    std::optional<Termbase> termbase;
    std::vector<Finding> findings;
    std::string path; // empty when there is none
};
Result<LoadedTermbase> load_project_termbase(const Config& config);

} // namespace medloc
