#include "approval/approval_record.h"
#include "cli/command.h"
#include "cli/project_options.h"
#include "config/data_files.h"
#include "core/atomic_file.h"
#include "core/calendar_date.h"
#include "loading/xml_parser.h"

#include <filesystem>

namespace medloc {

namespace po = boost::program_options;

int run_approve_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description options = project_options();
    options.add_options()("reviewer", po::value<std::string>(),
                          "who approves: a name (medloc.ini's review.reviewers may list them)")(
        "date", po::value<std::string>(), "day of the review, YYYY-MM-DD (default: today)");
    auto parsed = parse_command_line(arguments, options, "paths", terminal, "approve");
    if (!parsed)
        return kExitUsage;
    const po::variables_map& given = *parsed;
    if (given.count("help") || !given.count("paths") || !given.count("reviewer"))
        return print_usage(
            terminal, given.count("help") > 0,
            "Usage: medloc approve --reviewer NAME [--date YYYY-MM-DD] ARTICLE...\n\n"
            "Records the medical approval of each article in its review element: status\n"
            "approved, the reviewer, the date (default: today, or medical.today) and the digest\n"
            "of what the reviewer read, every block's text and inline markup\n"
            "(docs/formats/approval.md). Any later edit of that content makes the approval\n"
            "stale (medical.review-stale) and takes the article out of exports. Only the review\n"
            "element changes; each file is replaced atomically. An article that is not valid is\n"
            "refused, and then nothing is written.\n"
            "Exit status: 0 recorded, 2 error.",
            options);
    auto config = load_project_config(given);
    if (!config) {
        terminal.err << "medloc: " << config.error().message << '\n';
        return kExitUsage;
    }
    const Settings& settings = config.value().settings();
    ApprovalRecord record;
    record.reviewer = given["reviewer"].as<std::string>();
    const auto today = settings.today.value_or(today_utc());
    record.date = given.count("date") ? given["date"].as<std::string>() : format_iso_date(today);
    if (Status allowed = approval_allowed(record, settings.reviewers, today); !allowed) {
        terminal.err << "medloc approve: " << allowed.error().message << '\n';
        return kExitUsage;
    }
    for (const std::string& path : given["paths"].as<std::vector<std::string>>()) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) {
            terminal.err << "medloc approve: " << path
                         << ": not an article file (approve names each file it approves)\n";
            return kExitUsage;
        }
    }

    initialise_secure_xml();
    auto schema_path = find_schema(config.value(), "article.xsd");
    if (!schema_path) {
        terminal.err << "medloc: " << schema_path.error().message << '\n';
        return kExitUsage;
    }
    auto schema = XmlSchema::compile(schema_path.value());
    if (!schema) {
        terminal.err << "medloc: " << schema.error().message << '\n';
        return kExitUsage;
    }
    ReadLimits limits;
    limits.max_bytes = settings.max_file_size;
    // Every article is read and checked before any is written: one refused, none written.
    std::vector<PreparedApproval> prepared;
    bool refused = false;
    for (const std::string& path : given["paths"].as<std::vector<std::string>>()) {
        auto approval = prepare_approval(path, schema.value(), limits, record);
        if (!approval) {
            terminal.err << approval.error().message << '\n';
            refused = true;
            continue;
        }
        prepared.push_back(std::move(approval).value());
    }
    if (refused) {
        terminal.err << "medloc approve: nothing written\n";
        return kExitUsage;
    }
    for (const PreparedApproval& approval : prepared) {
        if (approval.unchanged) {
            terminal.out << approval.path << ": already approved by " << record.reviewer << " on "
                         << record.date << ", unchanged\n";
            continue;
        }
        if (Status written = write_file_atomically(approval.path, approval.content); !written) {
            terminal.err << "medloc approve: " << written.error().message << '\n';
            return kExitUsage;
        }
        terminal.out << approval.path << ": approved by " << record.reviewer << " on "
                     << record.date
                     << (approval.before == ApprovalState::stale
                             ? " (the previous approval was stale)"
                             : "")
                     << '\n';
    }
    return kExitClean;
}

} // namespace medloc
