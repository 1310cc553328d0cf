#include "cli/command.h"
#include "cli/project_options.h"
#include "project/approvals.h"

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
    if (!config)
        return fail(terminal, "medloc", config.error());
    ApprovalRequest request{given["reviewer"].as<std::string>(), std::nullopt,
                            given["paths"].as<std::vector<std::string>>()};
    if (given.count("date"))
        request.date = given["date"].as<std::string>();
    auto record = approval_record_for(config.value().settings(), request);
    if (!record)
        return fail(terminal, "medloc approve", record.error());
    auto prepared = prepare_approvals(config.value(), record.value(), request.paths);
    if (!prepared)
        return fail(terminal, "medloc", prepared.error());
    for (const std::string& refusal : prepared.value().refusals)
        terminal.err << refusal << '\n';
    if (!prepared.value().refusals.empty()) {
        terminal.err << "medloc approve: nothing written\n";
        return kExitUsage;
    }
    const ApprovalWrites writes = write_approvals(prepared.value());
    const ApprovalRecord& approval = record.value();
    for (const ApprovalWritten& file : writes.files)
        terminal.out << file.path << (file.unchanged ? ": already approved by " : ": approved by ")
                     << approval.reviewer << " on " << approval.date
                     << (file.unchanged   ? ", unchanged"
                         : file.was_stale ? " (the previous approval was stale)"
                                          : "")
                     << '\n';
    if (writes.error) {
        terminal.err << "medloc approve: " << *writes.error << '\n';
        return kExitUsage;
    }
    return kExitClean;
}

} // namespace medloc
