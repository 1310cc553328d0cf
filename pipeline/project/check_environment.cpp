#include "project/check_environment.h"

#include "config/data_files.h"
#include "core/build_identity.h"
#include "core/calendar_date.h"
#include "core/sha256.h"
#include "core/version.h"
#include "engine/result_cache.h"
#include "spelling/dictionary_locator.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>
#include <vector>

namespace medloc {

namespace {

namespace fs = std::filesystem;

// Every regular file under `folder`, subfolders included (schemas/xliff-2.0/...), sorted;
// none when it does not exist.
std::vector<fs::path> files_in(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec))
            files.push_back(it->path());
    std::sort(files.begin(), files.end());
    return files;
}

// Settings that only change how results are shown or how fast they come.
bool changes_findings(const std::string& key) {
    return !key.starts_with("output.") && !key.starts_with("cache.") && key != "run.jobs";
}

} // namespace

std::optional<std::string> check_environment_hash(const Config& config, bool content_rules) {
    std::ostringstream key;
    key << "medloc " << tool_version() << '\n';
    // A rebuilt medloc may check differently under the same version: its build id tells
    // (the same for the same sources and compiler, so CI jobs that build it share a cache).
    if (auto build_id = executable_build_id()) {
        key << "build-id " << *build_id << '\n';
    } else {
        std::error_code ec;
        const fs::path executable = fs::read_symlink("/proc/self/exe", ec);
        const auto executable_size = fs::file_size("/proc/self/exe", ec);
        const auto executable_time = fs::last_write_time("/proc/self/exe", ec);
        if (ec)
            return std::nullopt;
        key << "executable " << executable.string() << ' ' << executable_size << ' '
            << executable_time.time_since_epoch().count() << '\n';
    }
    // The shared libraries (ICU and its data, libxml2, Hunspell, SQLite, the C++ library) by
    // build id: an upgraded package may check differently.
    key << loaded_libraries_identity();
    key << "content-rules " << content_rules << '\n';
    for (const auto& [name, setting] : config.values())
        if (changes_findings(name))
            key << "setting " << name << '=' << setting.value << '\n';
    if (!config.settings().today)
        key << "today " << format_iso_date(today_utc()) << '\n';

    std::error_code ec;
    std::vector<fs::path> inputs;
    if (auto schema = find_schema(config, "article.xsd"))
        for (fs::path& file : files_in(fs::path(schema.value()).parent_path()))
            inputs.push_back(std::move(file));
    for (const std::string& folder : installed_data_folders("terminology"))
        for (fs::path& file : files_in(folder))
            inputs.push_back(std::move(file));
    for (fs::path& file : files_in(config.settings().paths.terminology))
        inputs.push_back(std::move(file));
    if (const std::string& termbase = config.settings().paths.termbase; !termbase.empty()) {
        if (fs::is_regular_file(termbase, ec))
            inputs.push_back(termbase);
    }
    for (const fs::path& input : inputs) {
        const auto hash =
            file_content_hash(input.string(), std::numeric_limits<std::uintmax_t>::max());
        if (!hash)
            return std::nullopt;
        key << "file " << input.string() << ' ' << *hash << '\n';
    }

    // The dictionaries of the project's locales by their bytes (their identity, whatever
    // machine or package installed them); the others, which only text in another language
    // reads, by path, size and time.
    const Settings& settings = config.settings();
    const std::string& search_path = settings.dictionary_path;
    std::vector<std::string> locales = settings.locales.targets;
    locales.push_back(settings.locales.source);
    std::vector<fs::path> hashed;
    for (const std::string& locale : locales) {
        auto found = locate_dictionary(locale, search_path);
        if (!found)
            continue;
        for (const std::string& file : {found.value().aff, found.value().dic}) {
            const fs::path real = fs::weakly_canonical(file, ec);
            if (ec || std::find(hashed.begin(), hashed.end(), real) != hashed.end())
                continue;
            const auto hash =
                file_content_hash(real.string(), std::numeric_limits<std::uintmax_t>::max());
            if (!hash)
                return std::nullopt;
            key << "dictionary " << file << ' ' << *hash << '\n';
            hashed.push_back(real);
        }
    }
    std::istringstream folders(search_path);
    for (std::string folder; std::getline(folders, folder, ':');) {
        for (const fs::path& file : files_in(folder)) {
            if (file.extension() != ".aff" && file.extension() != ".dic")
                continue;
            const auto size = fs::file_size(file, ec);
            const auto time = fs::last_write_time(file, ec);
            key << "dictionary " << file.string() << ' ' << size << ' '
                << time.time_since_epoch().count() << '\n';
        }
    }
    return sha256_hex(key.str());
}

Result<std::unique_ptr<ResultCache>> open_result_cache(const Config& config, bool content_rules,
                                                       std::vector<std::string>& warnings) {
    const std::string& path = config.settings().cache_path;
    if (path.empty())
        return std::unique_ptr<ResultCache>();
    // A path that holds something else than a medloc cache stops the run: the cache would
    // discard it as damaged.
    if (Status allowed = ResultCache::check_path(path); !allowed)
        return allowed.error();
    const auto environment = check_environment_hash(config, content_rules);
    if (!environment)
        return std::unique_ptr<ResultCache>();
    auto key = result_cache_key(path);
    if (!key) {
        warnings.push_back("no result cache: " + key.error().message);
        return std::unique_ptr<ResultCache>();
    }
    std::string note;
    auto cache = ResultCache::open(path, *environment, key.value(), note);
    if (!note.empty())
        warnings.push_back(note);
    if (!cache) {
        warnings.push_back("no result cache: " + cache.error().message);
        return std::unique_ptr<ResultCache>();
    }
    return std::move(cache).value();
}

std::optional<std::string> save_result_cache(ResultCache* cache) {
    if (cache == nullptr)
        return std::nullopt;
    if (Status saved = cache->commit(); !saved)
        return saved.error().message;
    return std::nullopt;
}

} // namespace medloc
