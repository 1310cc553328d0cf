#include "output/junit_formatter.h"

#include "core/markup_escape.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>
#include <tuple>

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

// Text set aside until the end: a temporary file, or memory when none can be made.
struct JunitFormatter::Spool {
    std::FILE* file = std::tmpfile();
    std::string memory;

    ~Spool() {
        if (file != nullptr)
            std::fclose(file);
    }
    void write(std::string_view text) {
        if (file != nullptr && std::fwrite(text.data(), 1, text.size(), file) == text.size())
            return;
        if (file != nullptr) // a full disk: what is set aside moves to memory
            to_memory();
        memory += text;
    }
    void to_memory() {
        std::string kept;
        std::rewind(file);
        char buffer[65536];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
            kept.append(buffer, n);
        std::fclose(file);
        file = nullptr;
        memory = std::move(kept) + memory;
    }
    void copy_to(std::ostream& out) {
        if (file != nullptr) {
            if (std::fflush(file) != 0)
                to_memory();
            else
                std::rewind(file);
        }
        if (file != nullptr) {
            char buffer[65536];
            for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
                out.write(buffer, static_cast<std::streamsize>(n));
        }
        out << memory;
    }
};

JunitFormatter::JunitFormatter() = default;
JunitFormatter::~JunitFormatter() = default;

void JunitFormatter::begin(const ReportStart& start, std::ostream&) {
    static const std::vector<std::string> kNone;
    checked_ = start.checked_files != nullptr ? start.checked_files : &kNone;
    by_name_.resize(checked_->size());
    for (std::size_t i = 0; i < by_name_.size(); ++i)
        by_name_[i] = i;
    std::sort(by_name_.begin(), by_name_.end(), [&](std::size_t a, std::size_t b) {
        return std::tie((*checked_)[a], a) < std::tie((*checked_)[b], b);
    });
    next_checked_ = 0;
    passed_.clear();
    any_passed_ = false;
    early_.clear();
    group_file_.clear();
    group_.clear();
    listed_ = std::make_unique<Spool>();
    unlisted_ = std::make_unique<Spool>();
    cases_ = 0;
    failures_ = 0;
}

std::pair<std::size_t, std::size_t> JunitFormatter::occurrences(const std::string& file) const {
    const auto first = std::lower_bound(
        by_name_.begin(), by_name_.end(), file,
        [&](std::size_t index, const std::string& name) { return (*checked_)[index] < name; });
    auto last = first;
    while (last != by_name_.end() && (*checked_)[*last] == file)
        ++last;
    return {static_cast<std::size_t>(first - by_name_.begin()),
            static_cast<std::size_t>(last - by_name_.begin())};
}

void JunitFormatter::add(std::span<const Finding> findings, std::ostream&) {
    for (const Finding& finding : findings) {
        if (!group_.empty() && finding.file != group_file_)
            close_group();
        group_file_ = finding.file;
        group_.push_back(finding);
    }
}

// The findings of a file are all in: its test case is written when its turn comes among
// the checked files, and every checked file before it can have no more findings.
void JunitFormatter::close_group() {
    std::vector<Finding> findings = std::move(group_);
    group_.clear();
    passed_ = group_file_;
    any_passed_ = true;
    const auto [first, last] = occurrences(group_file_);
    if (first == last)
        write_case(*unlisted_, group_file_, findings);
    else
        early_[group_file_] = std::move(findings);
    write_checked(false);
}

void JunitFormatter::write_checked(bool all) {
    static const std::vector<Finding> kNone;
    while (next_checked_ < checked_->size()) {
        const std::string& file = (*checked_)[next_checked_];
        if (const auto early = early_.find(file); early != early_.end()) {
            write_case(*listed_, file, early->second);
            const auto [first, last] = occurrences(file);
            if (by_name_[last - 1] <= next_checked_) // its last place in the list
                early_.erase(early);
        } else if (all || (any_passed_ && file <= passed_)) {
            write_case(*listed_, file, kNone);
        } else {
            break;
        }
        ++next_checked_;
    }
}

void JunitFormatter::write_case(Spool& spool, const std::string& file,
                                const std::vector<Finding>& findings) {
    ++cases_;
    std::string errors;
    std::string others;
    int error_count = 0;
    const Finding* first_error = nullptr;
    for (const Finding& finding : findings) {
        if (finding.severity == Severity::error) {
            errors += finding_line(finding) + "\n";
            ++error_count;
            if (first_error == nullptr)
                first_error = &finding;
        } else {
            others += finding_line(finding) + "\n";
        }
    }
    // No `file` attribute: the Jenkins JUnit schema does not allow one on a test case, and
    // the name is the path already (GitLab shows it).
    std::string text = "    <testcase classname=\"medloc\" name=\"" + escape_xml(file) + "\"";
    if (error_count == 0 && others.empty()) {
        spool.write(text + "/>\n");
        return;
    }
    text += ">\n";
    if (error_count > 0) {
        ++failures_;
        text += "      <failure type=\"" + escape_xml(first_error->rule_id) + "\" message=\"" +
                std::to_string(error_count) + (error_count == 1 ? " error: " : " errors, first: ") +
                escape_xml(first_error->message) + "\">" + escape_xml(errors) + "</failure>\n";
    }
    if (!others.empty())
        text += "      <system-out>" + escape_xml(others) + "</system-out>\n";
    text += "    </testcase>\n";
    spool.write(text);
}

void JunitFormatter::end(const ReportTotals&, std::ostream& out) {
    if (!group_.empty())
        close_group();
    write_checked(true);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<testsuites name=\"medloc\" tests=\"" << cases_ << "\" failures=\"" << failures_
        << "\" errors=\"0\">\n"
        << "  <testsuite name=\"medloc\" tests=\"" << cases_ << "\" failures=\"" << failures_
        << "\" errors=\"0\" skipped=\"0\">\n";
    listed_->copy_to(out);
    unlisted_->copy_to(out);
    out << "  </testsuite>\n</testsuites>\n";
    listed_.reset();
    unlisted_.reset();
}

} // namespace medloc
