// XLIFF reader (2.x and 1.2) with the OASIS schemas and the XLIFF 2 processing
// requirements, the bilingual view and the translation rules.
// Property: every issue and every finding lies inside the file.

#include "checks/check_context.h"
#include "checks/rule_registry.h"
#include "fuzz_support.h"
#include "loading/xml_parser.h"
#include "translation/bilingual.h"
#include "translation/xliff_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace medloc;
    static const auto compile = [](const char* relative) {
        initialise_secure_xml();
        auto compiled = XmlSchema::compile(fuzz::source_dir() + "/schemas/" + relative, 1);
        fuzz::require(compiled.ok(), "the XLIFF schemas compile");
        return std::move(compiled).value();
    };
    static const XmlSchema version_2_0 = compile("xliff-2.0/xliff-modules.xsd");
    static const XmlSchema version_2_2 = compile("xliff-2.2/xliff-modules.xsd");
    const std::string content(reinterpret_cast<const char*>(data), size);
    fuzz::MemoryFile file(data, size);
    XliffLoad load = load_xliff(file.path(), ReadLimits{}, {&version_2_0, &version_2_2});
    for (const LoadIssue& issue : load.issues)
        fuzz::require_inside(content, issue.position, "an XLIFF issue's position");
    if (!load.document)
        return 0;
    const BilingualDocument bilingual = make_bilingual(std::move(*load.document));
    const RuleServices services;
    CheckContext context(services);
    FindingList findings;
    FindingSink sink(findings);
    for (const auto& rule : builtin_rules().rules()) {
        rule->check_bilingual(bilingual, context, sink);
        rule->check(bilingual.target, context, sink);
    }
    sink.flush();
    for (const Finding& finding : findings)
        fuzz::require_inside(content, finding.position, "a translation finding's position");
    return 0;
}
