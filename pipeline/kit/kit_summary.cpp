#include "kit/kit_summary.h"

#include "core/string_output.h"
#include "core/wording.h"

#include <ostream>

namespace medloc {

std::string kit_created_summary(const KitManifest& manifest, const std::string& out,
                                const KitScope& scope) {
    return render_to_string([&](std::ostream& text) {
        text << "medloc kit: " << manifest.kit_id << " written to " << out << ": "
             << counted(static_cast<long long>(manifest.files.size()), "file") << ", "
             << counted(static_cast<long long>(manifest.units.size()), "unit") << ", "
             << counted(static_cast<long long>(manifest.context.size()), "context unit") << '\n';
        for (const std::string& locale : manifest.target_locales) {
            const auto found = manifest.words.find(locale);
            const QuoteWords words = found == manifest.words.end() ? QuoteWords{} : found->second;
            text << locale << ": " << counted(words.units, "unit") << ", " << words.total()
                 << " words: " << words.new_words << " new, " << words.stale_words << " stale, "
                 << words.repeated_words << " repeated";
            if (scope.current)
                text << ", " << words.review_words << " to review";
            text << '\n';
        }
    });
}

std::string kit_import_summary(const KitImportResult& result) {
    return render_to_string([&](std::ostream& text) {
        for (const ImportedUnit& unit : result.units) {
            text << unit.locale << ' ' << unit.article << '/' << unit.unit << ": "
                 << to_string(unit.outcome);
            if (!unit.reason.empty() && unit.outcome != ImportOutcome::imported)
                text << " (" << unit.reason << ")";
            if (!unit.returned_file.empty() && unit.outcome == ImportOutcome::rejected)
                text << " [" << unit.returned_file << ":" << unit.line << "]";
            text << '\n';
            for (const Finding& finding : unit.findings)
                if (finding.severity != Severity::error)
                    text << "  " << to_string(finding.severity) << ": " << finding.message << " ["
                         << finding.rule_id << "]\n";
        }
        text << "medloc kit import: " << result.kit_id << ": "
             << result.count(ImportOutcome::imported) << " imported, "
             << result.count(ImportOutcome::imported_stale) << " imported as stale, "
             << result.count(ImportOutcome::rejected) << " rejected, "
             << result.count(ImportOutcome::conflicting) << " conflicting, "
             << result.count(ImportOutcome::unchanged) << " unchanged, "
             << result.count(ImportOutcome::untranslated) << " untranslated, "
             << result.count(ImportOutcome::not_returned) << " not returned; "
             << result.written.size() << " files written\n";
    });
}

} // namespace medloc
