#pragma once

#include "config/config.h"
#include "core/result.h"
#include "output/json_report_reader.h"
#include "project/report_output.h"

#include <string>
#include <vector>

namespace medloc {

struct Shard {
    int index = 1; // 1-based
    int count = 1;
};

// "K/N" with 1 <= K <= N <= 1000.
Result<Shard> parse_shard(const std::string& text);

// The files of one shard: an article and its translations share the article id (the file
// name without extension), and the id's SHA-256 decides the shard, so the split is the
// same on every machine and keeps an article with its XLIFF files.
std::vector<std::string> files_in_shard(const std::vector<std::string>& files, const Shard& shard);

// Reads the JSON reports of shard runs and joins them: findings sorted as one run sorts
// them, checked files in path order, counts summed. Reports that overlap (a file checked
// in two of them: the same shard given twice) are an error, not findings counted twice.
Result<ReadReport> merge_shard_reports(const std::vector<std::string>& paths);

// `merge-results`: the joined reports written as one report in the configured format, as
// an unsharded run writes it (report_output.h).
[[nodiscard]] Result<FindingCounts> write_merged_report(const Config& config,
                                                        const std::vector<std::string>& paths,
                                                        StandardOutput standard_output);

} // namespace medloc
