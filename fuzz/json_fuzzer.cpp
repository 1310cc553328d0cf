// The readers of JSON that medloc did not write in this run: shard reports (merge-results),
// baselines (check --baseline), bundle manifests (verify_bundle). Result-cache rows are
// findings_fuzzer's.
// Properties: reading never crashes, whatever the nesting or the types; nesting beyond the
// limit is always refused; a report that reads is written back by the JSON formatter and
// reads again to the same findings; merging a report with itself is refused.

#include "core/untrusted_json.h"
#include "engine/baseline.h"
#include "export/bundle_verifier.h"
#include "fuzz_support.h"
#include "output/formatter.h"
#include "output/json_report_reader.h"
#include "project/shards.h"

#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace medloc;
    const std::string text(reinterpret_cast<const char*>(data), size);

    const JsonLimits limits{1u << 20, 16};
    const auto parsed = parse_untrusted_json<nlohmann::ordered_json>(text, limits);
    if (json_nesting_depth(text, limits.max_depth + 1) > limits.max_depth)
        fuzz::require(!parsed.ok(), "nesting beyond the limit is refused");

    auto report = read_json_report(text, "fuzz.json");
    if (report) {
        std::ostringstream written;
        auto formatter = make_formatter("json", {});
        fuzz::require(formatter.ok(), "the JSON formatter exists");
        Report again{report.value().findings, report.value().files};
        again.checked_files = &report.value().checked_files;
        formatter.value()->write(again, written);
        auto reread = read_json_report(written.str(), "written.json");
        fuzz::require(reread.ok(), "what the formatter writes reads back");
        fuzz::require(reread.value().findings.size() == report.value().findings.size() &&
                          reread.value().files == report.value().files,
                      "the same findings and count");
        fuzz::MemoryFile file(data, size);
        const auto twice = merge_shard_reports({file.path(), file.path()});
        const bool holds_files =
            !report.value().checked_files.empty() || !report.value().findings.empty();
        fuzz::require(!holds_files || !twice.ok(), "a report given twice is refused");
    }

    fuzz::MemoryFile file(data, size);
    (void)read_baseline(file.path());
    (void)verify_bundle({{"manifest.json", text}});
    return 0;
}
