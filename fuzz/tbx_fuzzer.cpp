// TBX reader (2019 and 2008 forms) and the term matcher built from what it read.
// Property: every issue lies inside the file; matching a text built from the termbase's
// own terms finds ranges inside that text.

#include "fuzz_support.h"
#include "language/language_profile.h"
#include "language/word_tokenizer.h"
#include "loading/xml_parser.h"
#include "terminology/tbx_reader.h"
#include "terminology/term_matcher.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace medloc;
    static const XmlSchema schema = [] {
        initialise_secure_xml();
        auto compiled = XmlSchema::compile(fuzz::source_dir() + "/schemas/tbx-basic.xsd");
        fuzz::require(compiled.ok(), "schemas/tbx-basic.xsd compiles");
        return std::move(compiled).value();
    }();
    const std::string content(reinterpret_cast<const char*>(data), size);
    fuzz::MemoryFile file(data, size);
    TermbaseLoad load = load_termbase(file.path(), &schema, ReadLimits{});
    for (const LoadIssue& issue : load.issues)
        fuzz::require_inside(content, issue.position, "a termbase issue's position");
    if (!load.termbase)
        return 0;
    std::string text;
    for (const Concept& entry : load.termbase->concepts)
        for (const LanguageSection& section : entry.languages)
            for (const Term& term : section.terms)
                text += term.text + ". ";
    const TermMatcher matcher(*load.termbase, "fr-FR", [](const std::string& word) {
        return std::vector<std::string>{word};
    });
    WordTokenizer tokenizer("fr-FR");
    const std::vector<Token> tokens = tokenizer.tokenize(text);
    for (const TermMatch& match : matcher.match(text, tokens, profile_for("fr-FR")))
        fuzz::require(match.begin < match.end && match.end <= text.size(),
                      "a term match lies inside the text");
    return 0;
}
