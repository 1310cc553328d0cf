// The settings table is the single source of keys, options and defaults: the README's
// table of settings must list every key of it with the same command-line option and
// default, and nothing else. (Rules' own options are on their pages: the catalogue test.)
#include "config/settings.h"
#include "test_support.h"

#include <map>
#include <sstream>

#include <gtest/gtest.h>

namespace medloc {
namespace {

struct ReadmeRow {
    std::string option;
    std::string default_value;
};

std::string without_backticks(std::string text) {
    std::erase(text, '`');
    const auto first = text.find_first_not_of(' ');
    const auto last = text.find_last_not_of(' ');
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

// Rows "| `key` | `--option` | default | meaning |" of the README's configuration table.
std::map<std::string, ReadmeRow> readme_rows() {
    std::map<std::string, ReadmeRow> rows;
    std::istringstream in(testing::read_text(testing::source_dir() / "README.md"));
    for (std::string line; std::getline(in, line);) {
        if (!line.starts_with("| `"))
            continue;
        std::vector<std::string> cells;
        std::istringstream row(line.substr(1));
        for (std::string cell; std::getline(row, cell, '|');)
            cells.push_back(without_backticks(cell));
        if (cells.size() < 4 || cells[0].find('.') == std::string::npos ||
            cells[0].starts_with("rules."))
            continue;
        rows[cells[0]] = {cells[1], cells[2]};
    }
    return rows;
}

TEST(SettingsTable, TheReadmeListsEverySettingWithItsOptionAndDefault) {
    const auto rows = readme_rows();
    std::map<std::string, SettingSpec> specs;
    for (const SettingSpec& spec : setting_specs())
        specs.emplace(std::string(spec.key), spec);
    for (const auto& [key, spec] : specs) {
        const auto row = rows.find(key);
        ASSERT_NE(row, rows.end()) << "README.md's settings table lacks " << key;
        EXPECT_EQ(row->second.option, spec.option.empty() ? "" : "--" + std::string(spec.option))
            << key;
        // An empty default is described in words (stdout, none, the source's...).
        if (!spec.default_value.empty()) {
            EXPECT_EQ(row->second.default_value, spec.default_value) << key;
        }
    }
    for (const auto& [key, row] : rows)
        EXPECT_TRUE(specs.contains(key)) << "README.md lists " << key << ", which is no setting";
}

} // namespace
} // namespace medloc
