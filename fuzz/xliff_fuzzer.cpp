// XLIFF reader (2.x and 1.2), the bilingual view and the translation rules.
// Property: every issue and every finding lies inside the file.

#include "checks/check_context.h"
#include "checks/rule_registry.h"
#include "fuzz_support.h"
#include "loading/xml_parser.h"
#include "translation/bilingual.h"
#include "translation/xliff_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace medloc;
    static const bool initialised = (initialise_secure_xml(), true);
    (void)initialised;
    const std::string content(reinterpret_cast<const char*>(data), size);
    fuzz::MemoryFile file(data, size);
    XliffLoad load = load_xliff(file.path(), ReadLimits{});
    for (const LoadIssue& issue : load.issues)
        fuzz::require_inside(content, issue.position, "an XLIFF issue's position");
    if (!load.document)
        return 0;
    const BilingualDocument bilingual = make_bilingual(std::move(*load.document));
    const CheckServices services;
    CheckContext context(services);
    std::vector<Finding> findings;
    FindingSink sink(findings);
    for (const auto& rule : builtin_rules().rules()) {
        rule->check_bilingual(bilingual, context, sink);
        rule->check(bilingual.target, context, sink);
    }
    for (const Finding& finding : findings)
        fuzz::require_inside(content, finding.position, "a translation finding's position");
    return 0;
}
