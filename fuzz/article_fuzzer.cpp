// Article loader, position map and every rule that needs no dictionary; then, for a valid
// article, its bundle form written as an archive and read back.
// Properties: every finding and every text position lies inside the file; a finding of the
// bidirectional-control rules flags exactly one such control; what medloc writes reads
// back to the same files, and its verifier accepts them. The loader's limits (attributes
// per element, nesting) hold for any input.

#include "checks/check_context.h"
#include "checks/rule_registry.h"
#include "checks/schema/load_issue_findings.h"
#include "export/article_json.h"
#include "export/bundle_archive.h"
#include "export/bundle_builder.h"
#include "export/bundle_verifier.h"
#include "fuzz_support.h"
#include "loading/article.h"
#include "loading/document_loader.h"
#include "text/printable.h"
#include "text/utf8.h"

namespace {

using namespace medloc;

const XmlSchema& article_schema() {
    static const XmlSchema schema = [] {
        initialise_secure_xml();
        auto compiled = XmlSchema::compile(fuzz::source_dir() + "/schemas/article.xsd");
        fuzz::require(compiled.ok(), "schemas/article.xsd compiles");
        return std::move(compiled).value();
    }();
    return schema;
}

void check_bundle_round_trip(const Article& article) {
    BundleBuilder builder({"fuzz", std::nullopt, article.locale, {article.locale}, {}});
    builder.add_article(article, {article.locale, "sha256:0", {}});
    const BundleFiles files = builder.finish();
    auto archive = build_archive(files, ArchiveFormat::tar_gz, 946684800);
    fuzz::require(archive.ok(), "a bundle of a valid article can be archived");
    const std::string& bytes = archive.value();
    fuzz::MemoryFile file(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    auto read = read_archive(file.path());
    fuzz::require(read.ok(), "medloc reads the archive it wrote");
    fuzz::require(read.value().size() == files.size(), "the same number of files");
    for (std::size_t i = 0; i < files.size(); ++i)
        fuzz::require(read.value()[i].path == files[i].path &&
                          read.value()[i].content == files[i].content,
                      "the same files, byte for byte");
    fuzz::require(verify_bundle(read.value()).empty(), "the verifier accepts medloc's bundle");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string content(reinterpret_cast<const char*>(data), size);
    ReadLimits limits;
    LoadedDocument loaded =
        load_xml_text("fuzz.xml", content, {&article_schema(), false, limits, "articles"});
    for (const Finding& finding : findings_for(loaded.issues, "fuzz.xml", "fuzz"))
        fuzz::require_inside(content, finding.position, "a loading finding's position");
    if (!loaded.ok())
        return 0;
    const Article article = build_article(loaded.source, *loaded.tree);
    for (const Block& block : article.blocks) {
        const std::string& text = block.text.text();
        for (std::size_t i = 0; i <= text.size(); ++i)
            fuzz::require(block.text.source_offset(i) <= content.size(),
                          "a text byte maps into the file");
    }
    const RuleServices services; // no dictionary, no termbase
    CheckContext context(services);
    FindingList findings;
    FindingSink sink(findings);
    for (const auto& rule : builtin_rules().rules())
        rule->check(article, context, sink);
    sink.flush();
    for (const Finding& finding : findings) {
        fuzz::require_inside(content, finding.position, "a rule finding's position");
        // The bidirectional-control rules flag the control itself, never another character.
        if (finding.rule_id == "typography.bidi-control" ||
            finding.rule_id == "medical.bidi-control-in-dose") {
            const utf8::Decoded control = utf8::decode(finding.flagged_text, 0);
            fuzz::require(control.length == finding.flagged_text.size() &&
                              is_bidi_control(control.code_point),
                          "a bidi finding flags one bidirectional control");
        }
    }
    check_bundle_round_trip(article);
    return 0;
}
