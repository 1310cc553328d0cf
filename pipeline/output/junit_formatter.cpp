#include "output/junit_formatter.h"

#include "core/markup_escape.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace medloc {

namespace {

// Text and attribute values; characters XML 1.0 cannot hold are dropped.
std::string escape_xml(std::string_view text) {
    std::string kept;
    kept.reserve(text.size());
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t')
            kept += c;
    return escape_markup(kept, "&<>\"");
}

std::string finding_line(const Finding& finding) {
    std::ostringstream line;
    line << finding.file;
    if (finding.position.line > 0)
        line << ':' << finding.position.line << ':' << finding.position.column;
    line << ": " << to_string(finding.severity) << ": " << finding.message << " ["
         << finding.rule_id << "]";
    return line.str();
}

} // namespace

void JunitFormatter::write(const Report& report, std::ostream& out) const {
    // Files in the order checked, then any file that only a finding names (the termbase).
    std::vector<std::string> files;
    std::map<std::string, std::vector<const Finding*>> by_file;
    if (report.checked_files != nullptr)
        files = *report.checked_files;
    for (const Finding& finding : report.findings) {
        if (!by_file.contains(finding.file) &&
            std::find(files.begin(), files.end(), finding.file) == files.end())
            files.push_back(finding.file);
        by_file[finding.file].push_back(&finding);
    }
    int failures = 0;
    for (const std::string& file : files)
        for (const Finding* finding : by_file[file])
            if (finding->severity == Severity::error) {
                ++failures;
                break;
            }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<testsuites name=\"medloc\" tests=\"" << files.size() << "\" failures=\"" << failures
        << "\" errors=\"0\">\n"
        << "  <testsuite name=\"medloc\" tests=\"" << files.size() << "\" failures=\"" << failures
        << "\" errors=\"0\" skipped=\"0\">\n";
    for (const std::string& file : files) {
        const auto& findings = by_file[file];
        std::string errors;
        std::string others;
        int error_count = 0;
        for (const Finding* finding : findings) {
            if (finding->severity == Severity::error) {
                errors += finding_line(*finding) + "\n";
                ++error_count;
            } else {
                others += finding_line(*finding) + "\n";
            }
        }
        // No `file` attribute: the Jenkins JUnit schema does not allow one on a test case,
        // and the name is the path already (GitLab shows it).
        out << "    <testcase classname=\"medloc\" name=\"" << escape_xml(file) << "\"";
        if (error_count == 0 && others.empty()) {
            out << "/>\n";
            continue;
        }
        out << ">\n";
        if (error_count > 0) {
            const Finding& first =
                **std::find_if(findings.begin(), findings.end(),
                               [](const Finding* f) { return f->severity == Severity::error; });
            out << "      <failure type=\"" << escape_xml(first.rule_id) << "\" message=\""
                << error_count << (error_count == 1 ? " error: " : " errors, first: ")
                << escape_xml(first.message) << "\">" << escape_xml(errors) << "</failure>\n";
        }
        if (!others.empty())
            out << "      <system-out>" << escape_xml(others) << "</system-out>\n";
        out << "    </testcase>\n";
    }
    out << "  </testsuite>\n</testsuites>\n";
}

} // namespace medloc
