#include "project/approvals.h"

#include "core/atomic_file.h"
#include "core/calendar_date.h"
#include "loading/xml_schema.h"
#include "project/project_setup.h"

#include <filesystem>

namespace medloc {

Result<ApprovalRecord> approval_record_for(const Settings& settings,
                                           const ApprovalRequest& request) {
    ApprovalRecord record;
    record.reviewer = request.reviewer;
    const auto today = settings.today.value_or(today_utc());
    record.date = request.date ? *request.date : format_iso_date(today);
    if (Status allowed = approval_allowed(record, settings.reviewers, today); !allowed)
        return allowed.error();
    for (const std::string& path : request.paths) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec))
            return Error{path + ": not an article file (approve names each file it approves)"};
    }
    return record;
}

Result<PreparedApprovals> prepare_approvals(const Config& config, const ApprovalRecord& record,
                                            const std::vector<std::string>& paths) {
    auto schema = compile_article_schema(config);
    if (!schema)
        return schema.error();
    ReadLimits limits;
    limits.max_bytes = config.settings().max_file_size;
    PreparedApprovals prepared;
    for (const std::string& path : paths) {
        auto approval = prepare_approval(path, schema.value(), limits, record);
        if (approval)
            prepared.approvals.push_back(std::move(approval).value());
        else
            prepared.refusals.push_back(approval.error().message);
    }
    return prepared;
}

ApprovalWrites write_approvals(const PreparedApprovals& prepared) {
    ApprovalWrites writes;
    for (const PreparedApproval& approval : prepared.approvals) {
        if (!approval.unchanged) {
            if (Status written = write_file_atomically(approval.path, approval.content); !written) {
                writes.error = written.error().message;
                break;
            }
        }
        writes.files.push_back(
            {approval.path, approval.unchanged, approval.before == ApprovalState::stale});
    }
    return writes;
}

} // namespace medloc
