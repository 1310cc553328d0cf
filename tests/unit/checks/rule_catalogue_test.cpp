// Every registered rule must have a documentation page and a fixture folder with a true
// positive that triggers it and a near miss that does not. Adding a rule without them
// fails here.
#include "checks/rule_registry.h"
#include "checks/terminology/terminology_service.h"
#include "checks/usage/usage_service.h"
#include "engine/file_checker.h"
#include "language/messages.h"
#include "loading/xml_parser.h"
#include "spelling/speller.h"
#include "terminology/tbx_reader.h"
#include "test_support.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include <gtest/gtest.h>

namespace medloc {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> fixtures(const fs::path& folder, const std::string& prefix) {
    std::vector<fs::path> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().filename().string().starts_with(prefix))
            found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    return found;
}

class RuleCatalogue : public ::testing::Test {
protected:
    void SetUp() override {
        schema_.emplace(testing::article_schema());
        spelling_ = testing::project_spelling_service();
        services_.spelling = spelling_.get();
        usage_ = testing::project_usage_service(spelling_.get());
        services_.usage = usage_.get();
    }

    // A rule folder may hold its own termbase.tbx (the terminology rules need one).
    std::vector<Finding> findings_in(const fs::path& path) const {
        RuleServices services = services_;
        std::unique_ptr<TerminologyService> terminology;
        const fs::path termbase = path.parent_path() / "termbase.tbx";
        if (fs::exists(termbase)) {
            TermbaseLoad load = load_termbase(termbase.string(), nullptr, {});
            EXPECT_TRUE(load.issues.empty()) << termbase;
            terminology =
                std::make_unique<TerminologyService>(std::move(*load.termbase), spelling_.get());
            services.terminology = terminology.get();
        }
        const SeverityPolicy policy;
        const FileChecker checker(*schema_, builtin_rules(), policy, {}, services);
        FileResult checked = checker.check_file(path.string());
        EXPECT_TRUE(checked.configuration_errors.empty()) << path;
        return checked.findings.to_vector();
    }

    int findings_of(const std::string& rule_id, const fs::path& path) const {
        int count = 0;
        for (const Finding& finding : findings_in(path))
            count += finding.rule_id == rule_id;
        return count;
    }

    std::optional<XmlSchema> schema_;
    std::unique_ptr<SpellingService> spelling_;
    std::unique_ptr<UsageService> usage_;
    RuleServices services_;
};

TEST_F(RuleCatalogue, IdsAreFamilyDotNameInLowerCase) {
    for (const RuleInfo& info : builtin_rules().infos()) {
        const std::string id(info.id);
        EXPECT_NE(id.find('.'), std::string::npos) << id;
        EXPECT_EQ(id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-."), std::string::npos)
            << id;
        EXPECT_FALSE(info.summary.empty()) << id;
    }
}

TEST_F(RuleCatalogue, EveryRuleHasADocumentationPage) {
    for (const RuleInfo& info : builtin_rules().infos()) {
        const fs::path page = testing::source_dir() / "docs/rules" / (std::string(info.id) + ".md");
        ASSERT_TRUE(fs::is_regular_file(page)) << "missing " << page;
        const std::string text = testing::read_text(page);
        EXPECT_NE(text.find("# " + std::string(info.id)), std::string::npos) << page;
        EXPECT_NE(text.find("Default severity: " + std::string(to_string(info.default_severity))),
                  std::string::npos)
            << page;
        // A rule's options are documented on its page: key and default.
        for (const SettingSpec& spec : builtin_rules().options_of(info.id)) {
            EXPECT_NE(text.find("`" + std::string(spec.key) + "`"), std::string::npos)
                << page << " does not document the option " << spec.key;
            EXPECT_NE(text.find("`" + std::string(spec.default_value) + "`"), std::string::npos)
                << page << " does not give the default of " << spec.key;
        }
    }
}

TEST_F(RuleCatalogue, EveryRuleHasATruePositiveAndANearMiss) {
    for (const RuleInfo& info : builtin_rules().infos()) {
        const std::string id(info.id);
        const fs::path folder = testing::source_dir() / "tests/fixtures/rules" / id;
        const auto positives = fixtures(folder, "true-positive");
        const auto near_misses = fixtures(folder, "near-miss");
        ASSERT_FALSE(positives.empty()) << "no true positive for " << id << " in " << folder;
        ASSERT_FALSE(near_misses.empty()) << "no near miss for " << id << " in " << folder;
        for (const fs::path& positive : positives)
            EXPECT_GT(findings_of(id, positive), 0) << id << " silent on " << positive;
        for (const fs::path& near_miss : near_misses)
            EXPECT_EQ(findings_of(id, near_miss), 0) << id << " fires on " << near_miss;
    }
}

// Every finding of every rule's fixtures has a message of the catalogue: its English is
// the finding's message exactly, and its French formats without falling back to English
// and differs from it (every French pattern has words of its own, so a French message equal
// to the English one is a fallback or a copy). A rule that builds its message by hand
// cannot compile (FindingSink reports catalogue messages only); one that names an id the
// catalogue lacks, or arguments its patterns do not take, fails here.
TEST_F(RuleCatalogue, EveryFindingMessageIsInTheCatalogue) {
    std::set<std::string_view> known;
    for (const CatalogueEntry& entry : message_catalogue())
        known.insert(entry.id);
    std::set<std::string> rules_seen;
    for (const auto& folder :
         fs::directory_iterator(testing::source_dir() / "tests/fixtures/rules")) {
        if (!folder.is_directory())
            continue;
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(folder.path())) {
            const std::string name = entry.path().filename().string();
            if (name.starts_with("true-positive") || name.starts_with("near-miss"))
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files)
            for (const Finding& finding : findings_in(file)) {
                rules_seen.insert(finding.rule_id);
                const std::string where = finding.rule_id + " in " + file.string();
                ASSERT_TRUE(known.contains(finding.message_id))
                    << where << ": no catalogue message for '" << finding.message << "'";
                // A message belongs to its rule: its id begins with the rule's
                // (medical.error-prone-unit.u, translation.stale-unit).
                EXPECT_TRUE(finding.message_id.starts_with(finding.rule_id))
                    << where << ": message " << finding.message_id;
                const auto english =
                    try_format_message(finding.message_id, finding.message_arguments, "en");
                const auto french =
                    try_format_message(finding.message_id, finding.message_arguments, "fr");
                ASSERT_TRUE(english && french)
                    << where << ": " << finding.message_id << " does not format with its arguments";
                EXPECT_EQ(*english, finding.message) << where;
                EXPECT_EQ(localized_message(finding, "fr"), *french) << where;
                EXPECT_NE(*french, finding.message) << where;
                EXPECT_EQ(french->find('{'), std::string::npos) << where << ": " << *french;
            }
    }
    // Not vacuous: the fixtures made every rule speak.
    for (const RuleInfo& info : builtin_rules().infos()) {
        EXPECT_TRUE(rules_seen.contains(std::string(info.id))) << "no finding of " << info.id;
    }
}

TEST_F(RuleCatalogue, EveryDocumentationPageBelongsToARule) {
    std::set<std::string> ids;
    for (const RuleInfo& info : builtin_rules().infos())
        ids.emplace(info.id);
    for (const auto& entry : fs::directory_iterator(testing::source_dir() / "docs/rules")) {
        const std::string name = entry.path().stem().string();
        if (entry.path().extension() == ".md" && name != "README") {
            EXPECT_TRUE(ids.contains(name)) << "page for unknown rule " << entry.path();
        }
    }
}

} // namespace
} // namespace medloc
