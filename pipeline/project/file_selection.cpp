#include "project/file_selection.h"

#include "engine/file_discovery.h"
#include "project/changed_files.h"
#include "project/shards.h"

#include <algorithm>
#include <filesystem>

namespace medloc {

Result<FileSelection> select_check_files(const Config& config,
                                         const FileSelectionRequest& request) {
    FileSelection selection;
    const Settings& settings = config.settings();
    std::vector<std::string> inputs = request.inputs;
    const bool explicit_inputs = !inputs.empty();
    if (!explicit_inputs)
        inputs.push_back(settings.paths.content);
    // "-": one article or XLIFF file on standard input, checked after the files.
    const auto dash = std::remove(inputs.begin(), inputs.end(), std::string("-"));
    selection.read_stdin = dash != inputs.end();
    inputs.erase(dash, inputs.end());
    std::error_code ec;
    if (request.changed_since && !explicit_inputs &&
        std::filesystem::is_directory(settings.paths.translations, ec))
        inputs.push_back(settings.paths.translations);
    if (!inputs.empty()) {
        auto files = request.content_rules ? discover_files(inputs, {".xml", ".xlf", ".xliff"})
                                           : discover_files(inputs, {".xml"});
        if (!files)
            return Error{files.error()};
        selection.files = std::move(files).value();
    }
    std::sort(selection.files.begin(), selection.files.end());
    selection.files.erase(std::unique(selection.files.begin(), selection.files.end()),
                          selection.files.end());
    if (request.changed_since) {
        auto changed = files_changed_since(config, *request.changed_since, selection.files);
        if (!changed)
            return Error{changed.error()};
        selection.files = std::move(changed).value();
    }
    if (request.shard) {
        auto share = parse_shard(*request.shard);
        if (!share)
            return Error{share.error()};
        selection.shard_index = share.value().index;
        selection.files = files_in_shard(selection.files, share.value());
    }
    return selection;
}

} // namespace medloc
