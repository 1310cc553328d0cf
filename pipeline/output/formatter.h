#pragma once

#include "core/finding.h"
#include "core/result.h"
#include "core/rule_info.h"

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// What every output format views: the sorted findings of one run and its counts.
struct Report {
    const std::vector<Finding>& findings;
    int files = 0;
    // Every file checked, in order, for formats with one entry per file (JUnit).
    const std::vector<std::string>* checked_files = nullptr;
    // The rule catalogue, for formats that describe the rules (SARIF).
    const std::vector<RuleInfo>* rules = nullptr;
};

struct FormatOptions {
    bool color = false;
    // SARIF: the absolute directory that relative file paths are relative to (%SRCROOT%),
    // and the absolute URL of the rule pages (output.rules-url; empty: no helpUri).
    std::string source_root;
    std::string rules_url;
    // Text and GitHub output: the last line in the reader's language (empty: English);
    // `localize`, when set, gives each finding's message in that language.
    std::string summary;
    std::function<std::string(const Finding&)> localize;
};

class Formatter {
public:
    virtual ~Formatter() = default;
    virtual void write(const Report& report, std::ostream& out) const = 0;
};

// "text", "json", "sarif", "junit" or "github"; an unknown name is an error that lists the known
// ones.
Result<std::unique_ptr<Formatter>> make_formatter(std::string_view name,
                                                  const FormatOptions& options);

std::vector<std::string_view> formatter_names();

} // namespace medloc
