#include "export/bundle_directory.h"

#include "core/file_read.h"
#include "core/json_fields.h"
#include "core/untrusted_json.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <sstream>
#include <unistd.h>

namespace medloc {

namespace fs = std::filesystem;

namespace {

std::string system_error(const std::string& what) {
    return what + ": " + std::strerror(errno);
}

Status write_synced(const fs::path& path, const std::string& content) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error{system_error("cannot create " + path.string())};
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            Error error{system_error("cannot write " + path.string())};
            ::close(fd);
            return error;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        Error error{system_error("cannot flush " + path.string())};
        ::close(fd);
        return error;
    }
    if (::close(fd) != 0)
        return Error{system_error("cannot close " + path.string())};
    return ok_status();
}

void sync_directory(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

std::string random_suffix() {
    std::random_device device;
    std::ostringstream out;
    out << std::hex << device() << device();
    return out.str();
}

// Hidden siblings of `out` that a publish uses: ".NAME.new-…" (being written) and
// ".NAME.old-…" (the previous bundle, between the two renames of the fallback path).
std::string sibling_prefix(const fs::path& out, std::string_view kind) {
    return "." + out.filename().string() + "." + std::string(kind) + "-";
}

void recover(const fs::path& out) {
    std::error_code ec;
    const fs::path parent = out.parent_path().empty() ? fs::path(".") : out.parent_path();
    const std::string fresh = sibling_prefix(out, "new");
    const std::string previous = sibling_prefix(out, "old");
    std::vector<fs::path> olds;
    for (const auto& entry : fs::directory_iterator(parent, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(fresh))
            fs::remove_all(entry.path(), ec);
        else if (name.starts_with(previous))
            olds.push_back(entry.path());
    }
    for (const fs::path& old : olds) {
        // Killed between the two renames: the previous bundle comes back.
        if (!fs::exists(out, ec))
            fs::rename(old, out, ec);
        else
            fs::remove_all(old, ec);
    }
}

} // namespace

bool is_bundle_manifest(std::string_view bytes) {
    const auto manifest = parse_untrusted_json<nlohmann::json>(bytes);
    return manifest && text_field(manifest.value(), "format") == "medloc-bundle";
}

Status check_bundle_directory_target(const std::string& out) {
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(out, ec);
    if (ec || !fs::exists(status))
        return ok_status();
    const std::string refused = "refusing to replace " + out + ": ";
    if (fs::is_symlink(status))
        return Error{refused + "it is a symbolic link; give the bundle directory itself"};
    if (!fs::is_directory(status))
        return Error{refused + "it is not a directory"};
    if (fs::is_empty(out, ec) && !ec)
        return ok_status();
    auto manifest =
        read_regular_file((fs::path(out) / "manifest.json").string(), JsonLimits{}.max_bytes);
    if (manifest && is_bundle_manifest(manifest.value()))
        return ok_status();
    return Error{refused +
                 "it is not empty and holds no medloc bundle (manifest.json); medloc export "
                 "replaces only a bundle it wrote, an empty directory or nothing"};
}

bool is_safe_bundle_path(const std::string& path) {
    if (path.empty() || path.front() == '/')
        return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        const std::string_view part(path.data() + start, end - start);
        if (part.empty() || part.front() == '.')
            return false;
        for (char c : part)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_'))
                return false;
        start = end + 1;
    }
    return true;
}

Status publish_bundle_directory(const std::string& out_path, const BundleFiles& files) {
    for (const BundleFile& file : files)
        if (!is_safe_bundle_path(file.path))
            return Error{"unsafe path in the bundle, nothing written: '" + file.path + "'"};
    const fs::path out = fs::path(out_path).lexically_normal();
    if (out.filename().empty() || out.filename() == "." || out.filename() == "..")
        return Error{"cannot publish a bundle as '" + out_path + "': name a directory"};
    if (Status allowed = check_bundle_directory_target(out.string()); !allowed)
        return allowed;
    std::error_code ec;
    const fs::path parent = out.parent_path().empty() ? fs::path(".") : out.parent_path();
    fs::create_directories(parent, ec);
    if (ec)
        return Error{"cannot create " + parent.string() + ": " + ec.message()};
    recover(out);

    const fs::path fresh = parent / (sibling_prefix(out, "new") + random_suffix());
    auto fail = [&](Error error) -> Status {
        std::error_code ignored;
        fs::remove_all(fresh, ignored);
        return error;
    };
    if (!fs::create_directory(fresh, ec))
        return Error{"cannot create " + fresh.string() + ": " + ec.message()};
    for (const BundleFile& file : files) {
        const fs::path target = fresh / file.path;
        fs::create_directories(target.parent_path(), ec);
        if (ec)
            return fail(
                Error{"cannot create " + target.parent_path().string() + ": " + ec.message()});
        if (Status written = write_synced(target, file.content); !written)
            return fail(written.error());
    }
    for (const auto& entry : fs::recursive_directory_iterator(fresh, ec))
        if (entry.is_directory())
            sync_directory(entry.path());
    sync_directory(fresh);

    if (!fs::exists(out, ec)) {
        if (std::rename(fresh.c_str(), out.c_str()) != 0)
            return fail(Error{system_error("cannot rename " + fresh.string() + " to " + out_path)});
    } else if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0) {
        fs::remove_all(fresh, ec); // now the previous bundle
    } else {
        // A file system without exchange: two renames; recover() closes the gap.
        const fs::path old = parent / (sibling_prefix(out, "old") + random_suffix());
        if (std::rename(out.c_str(), old.c_str()) != 0)
            return fail(Error{system_error("cannot move the previous bundle " + out_path)});
        if (std::rename(fresh.c_str(), out.c_str()) != 0) {
            const Error error{system_error("cannot rename " + fresh.string() + " to " + out_path)};
            std::rename(old.c_str(), out.c_str());
            return fail(error);
        }
        fs::remove_all(old, ec);
    }
    sync_directory(parent);
    return ok_status();
}

Result<BundleFiles> read_bundle_directory(const std::string& directory) {
    std::error_code ec;
    // The bundle itself may be named through a link (the user's choice); what is inside it
    // may not.
    if (!fs::is_directory(directory, ec))
        return Error{directory + " is not a directory"};
    BundleFiles files;
    BundleReadBudget budget;
    for (auto it = fs::recursive_directory_iterator(directory, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec)
            return Error{"cannot read " + directory + ": " + ec.message()};
        // Lexically: a link is named as it is, not as what it points to.
        const std::string relative = it->path().lexically_relative(directory).generic_string();
        // A bundle is plain folders and files: a symbolic link (to a folder or a file) would
        // make what an app reads depend on what lies outside it, whatever the manifest says.
        const fs::file_status status = it->symlink_status(ec);
        if (ec)
            return Error{"cannot read " + it->path().string() + ": " + ec.message()};
        if (fs::is_symlink(status))
            return Error{directory + ": '" + relative +
                         "' is a symbolic link; a bundle holds "
                         "only folders and regular files"};
        if (fs::is_directory(status))
            continue;
        if (!is_safe_bundle_path(relative))
            return Error{directory + ": unsafe file name '" + relative + "'"};
        if (!fs::is_regular_file(status))
            return Error{directory + ": '" + relative + "' is not a regular file"};
        if (Status counted = budget.add(relative); !counted)
            return Error{directory + ": " + counted.error().message};
        auto content = read_regular_file(it->path().string(), kMaxBundleEntryBytes);
        if (!content)
            return Error{directory + ": '" + relative + "': " + content.error().message};
        if (Status counted = budget.add_bytes(relative, content.value().size()); !counted)
            return Error{directory + ": " + counted.error().message};
        files.push_back({relative, std::move(content).value()});
    }
    std::sort(files.begin(), files.end(),
              [](const BundleFile& a, const BundleFile& b) { return a.path < b.path; });
    return files;
}

} // namespace medloc
