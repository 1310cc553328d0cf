#include "cli/check_environment.h"

#include "config/data_files.h"
#include "core/calendar_date.h"
#include "core/sha256.h"
#include "core/version.h"
#include "engine/result_cache.h"

#include <algorithm>
#include <cstring>
#include <elf.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <link.h>
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

// The GNU build id the linker wrote into the running executable, in hexadecimal.
int find_build_id(dl_phdr_info* info, std::size_t, void* found) {
    if (info->dlpi_name != nullptr && info->dlpi_name[0] != '\0')
        return 0; // a shared library; the executable comes first with an empty name
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr)& header = info->dlpi_phdr[i];
        if (header.p_type != PT_NOTE)
            continue;
        const auto* bytes =
            reinterpret_cast<const unsigned char*>(info->dlpi_addr + header.p_vaddr);
        std::size_t offset = 0;
        while (offset + sizeof(ElfW(Nhdr)) <= header.p_memsz) {
            ElfW(Nhdr) note;
            std::memcpy(&note, bytes + offset, sizeof note);
            const std::size_t name_at = offset + sizeof note;
            const std::size_t desc_at = name_at + ((note.n_namesz + 3) & ~3u);
            const std::size_t next = desc_at + ((note.n_descsz + 3) & ~3u);
            if (next > header.p_memsz)
                break;
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
                std::memcmp(bytes + name_at, "GNU", 4) == 0) {
                static constexpr char kHex[] = "0123456789abcdef";
                auto& hex = *static_cast<std::string*>(found);
                for (std::size_t k = 0; k < note.n_descsz; ++k) {
                    hex += kHex[bytes[desc_at + k] >> 4];
                    hex += kHex[bytes[desc_at + k] & 15];
                }
                return 1;
            }
            offset = next;
        }
    }
    return 1;
}

std::optional<std::string> executable_build_id() {
    std::string hex;
    dl_iterate_phdr(find_build_id, &hex);
    if (hex.empty())
        return std::nullopt;
    return hex;
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

    // Dictionaries are large and change only with their packages: their size and time tell.
    std::istringstream search_path(config.settings().dictionary_path);
    for (std::string folder; std::getline(search_path, folder, ':');) {
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

std::unique_ptr<ResultCache> open_result_cache(const Config& config, bool content_rules,
                                               Terminal& terminal) {
    const std::string& path = config.settings().cache_path;
    if (path.empty())
        return nullptr;
    const auto environment = check_environment_hash(config, content_rules);
    if (!environment)
        return nullptr;
    std::string note;
    auto cache = ResultCache::open(path, *environment, note);
    if (!note.empty())
        terminal.err << "medloc: warning: " << note << '\n';
    if (!cache) {
        terminal.err << "medloc: warning: no result cache: " << cache.error().message << '\n';
        return nullptr;
    }
    return std::move(cache).value();
}

void save_result_cache(ResultCache* cache, Terminal& terminal) {
    if (cache == nullptr)
        return;
    if (Status saved = cache->commit(); !saved)
        terminal.err << "medloc: warning: " << saved.error().message << '\n';
}

} // namespace medloc
