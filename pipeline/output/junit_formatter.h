#pragma once

#include "output/formatter.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace medloc {

// JUnit XML as CI systems read it: one test case per checked file, failed when the file has
// error findings (each listed), with warnings and infos as its output. The counts open the
// document, so the test cases wait in a temporary file (in memory when none can be made)
// until the end; the findings of one file wait in memory until the next file's come.
class JunitFormatter final : public Formatter {
public:
    JunitFormatter();
    ~JunitFormatter() override;
    void begin(const ReportStart& start, std::ostream& out) override;
    void add(std::span<const Finding> findings, std::ostream& out) override;
    void end(const ReportTotals& totals, std::ostream& out) override;

private:
    struct Spool;

    void close_group();
    void write_case(Spool& spool, const std::string& file, const std::vector<Finding>& findings);
    // Writes the checked files up to the first one the findings may still reach.
    void write_checked(bool all);
    // Where `file` is among the checked files: the indices of its occurrences, ascending.
    std::pair<std::size_t, std::size_t> occurrences(const std::string& file) const;

    const std::vector<std::string>* checked_ = nullptr;
    std::vector<std::size_t> by_name_; // indices into *checked_, by file name then index
    std::size_t next_checked_ = 0;     // the first checked file not written
    std::string passed_;               // every file before this one has all its findings
    bool any_passed_ = false;
    // Findings of checked files that come before their place in the list (standard input
    // is last there, wherever its name sorts).
    std::map<std::string, std::vector<Finding>> early_;
    std::string group_file_; // the file whose findings are coming
    std::vector<Finding> group_;
    std::unique_ptr<Spool> listed_;   // the test cases of the checked files, in their order
    std::unique_ptr<Spool> unlisted_; // then those of files only findings name (the termbase)
    std::size_t cases_ = 0;
    std::size_t failures_ = 0;
};

} // namespace medloc
