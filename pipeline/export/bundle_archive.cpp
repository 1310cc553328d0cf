#include "export/bundle_archive.h"

#include "core/atomic_file.h"
#include "core/file_read.h"
#include "export/bundle_directory.h"

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <filesystem>
#include <memory>

namespace medloc {

namespace {

struct ArchiveDeleter {
    void operator()(archive* a) const { archive_write_free(a); }
};
struct ReaderDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};
struct EntryDeleter {
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};

la_ssize_t append_to_string(archive*, void* client, const void* buffer, size_t length) {
    static_cast<std::string*>(client)->append(static_cast<const char*>(buffer), length);
    return static_cast<la_ssize_t>(length);
}

Error archive_error(archive* a, const std::string& what) {
    const char* message = archive_error_string(a);
    return Error{what + ": " + (message ? message : "libarchive error")};
}

} // namespace

std::optional<ArchiveFormat> parse_archive_format(std::string_view name) {
    if (name == "tar.gz" || name == "tgz")
        return ArchiveFormat::tar_gz;
    if (name == "zip")
        return ArchiveFormat::zip;
    return std::nullopt;
}

Result<std::string> build_archive(const BundleFiles& files, ArchiveFormat format,
                                  std::int64_t timestamp) {
    std::unique_ptr<archive, ArchiveDeleter> writer(archive_write_new());
    archive* a = writer.get();
    if (format == ArchiveFormat::tar_gz) {
        // pax only where ustar cannot hold a name; no gzip time stamp, no file name.
        if (archive_write_set_format_pax_restricted(a) != ARCHIVE_OK ||
            archive_write_add_filter_gzip(a) != ARCHIVE_OK ||
            archive_write_set_filter_option(a, "gzip", "timestamp", nullptr) < ARCHIVE_WARN)
            return archive_error(a, "cannot set up a tar.gz archive");
    } else if (archive_write_set_format_zip(a) != ARCHIVE_OK) {
        return archive_error(a, "cannot set up a zip archive");
    }
    std::string bytes;
    if (archive_write_open(a, &bytes, nullptr, append_to_string, nullptr) != ARCHIVE_OK)
        return archive_error(a, "cannot open the archive");
    BundleFiles sorted = files;
    std::sort(sorted.begin(), sorted.end(),
              [](const BundleFile& x, const BundleFile& y) { return x.path < y.path; });
    for (const BundleFile& file : sorted) {
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        archive_entry_set_pathname(entry.get(), file.path.c_str());
        archive_entry_set_size(entry.get(), static_cast<la_int64_t>(file.content.size()));
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        archive_entry_set_mtime(entry.get(), static_cast<time_t>(timestamp), 0);
        if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
            return archive_error(a, "cannot add " + file.path);
        if (archive_write_data(a, file.content.data(), file.content.size()) !=
            static_cast<la_ssize_t>(file.content.size()))
            return archive_error(a, "cannot write " + file.path);
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        return archive_error(a, "cannot finish the archive");
    return bytes;
}

namespace {

// Whether the archive at `path` holds a manifest.json of a medloc bundle.
bool holds_bundle_manifest(const std::string& path) {
    auto file = open_regular_file(path);
    if (!file)
        return false;
    std::unique_ptr<archive, ReaderDeleter> reader(archive_read_new());
    archive* a = reader.get();
    archive_read_support_filter_gzip(a);
    archive_read_support_filter_none(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_zip(a);
    if (archive_read_open_fd(a, file.value().get(), 1 << 16) != ARCHIVE_OK)
        return false;
    archive_entry* entry = nullptr;
    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
        const char* name = archive_entry_pathname(entry);
        if (name == nullptr || std::string_view(name) != "manifest.json")
            continue;
        std::string content;
        char buffer[1 << 16];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0) {
            content.append(buffer, static_cast<std::size_t>(n));
            if (content.size() > kMaxBundleEntryBytes)
                return false;
        }
        return n == 0 && is_bundle_manifest(content);
    }
    return false;
}

} // namespace

Status check_bundle_archive_target(const std::string& out) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(out, ec);
    if (ec || !fs::exists(status))
        return ok_status();
    const std::string refused = "refusing to replace " + out + ": ";
    if (fs::is_symlink(status))
        return Error{refused + "it is a symbolic link; give the archive itself"};
    if (!fs::is_regular_file(status))
        return Error{refused + "it is not a regular file"};
    if (fs::file_size(out, ec) == 0 && !ec)
        return ok_status();
    if (holds_bundle_manifest(out))
        return ok_status();
    return Error{refused + "it is not a medloc bundle archive; medloc export replaces only an "
                           "archive it wrote, an empty file or nothing"};
}

Status publish_bundle_archive(const std::string& out, std::string_view bytes) {
    if (Status allowed = check_bundle_archive_target(out); !allowed)
        return allowed;
    return write_file_atomically(out, bytes);
}

Result<BundleFiles> read_archive(const std::string& path) {
    std::unique_ptr<archive, ReaderDeleter> reader(archive_read_new());
    archive* a = reader.get();
    archive_read_support_filter_gzip(a);
    archive_read_support_filter_none(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_zip(a);
    // Only a regular file: a FIFO or a device named as a bundle would block or have effects.
    auto file = open_regular_file(path);
    if (!file)
        return Error{"cannot open " + path + ": " + file.error().message};
    if (archive_read_open_fd(a, file.value().get(), 1 << 16) != ARCHIVE_OK)
        return archive_error(a, "cannot open " + path);
    BundleFiles files;
    BundleReadBudget budget;
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
        const char* name = archive_entry_pathname(entry);
        const std::string entry_path = name ? name : "";
        if (archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        if (archive_entry_filetype(entry) != AE_IFREG)
            return Error{path + ": entry '" + entry_path + "' is not a regular file"};
        if (!is_safe_bundle_path(entry_path))
            return Error{path + ": unsafe entry path '" + entry_path + "'"};
        if (Status counted = budget.add(entry_path); !counted)
            return Error{path + ": " + counted.error().message};
        if (archive_entry_size(entry) > static_cast<la_int64_t>(kMaxBundleEntryBytes))
            return Error{path + ": entry '" + entry_path + "' is larger than 256 MiB"};
        std::string content;
        char buffer[1 << 16];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0) {
            content.append(buffer, static_cast<std::size_t>(n));
            if (content.size() > kMaxBundleEntryBytes)
                return Error{path + ": entry '" + entry_path + "' is larger than 256 MiB"};
        }
        if (n < 0)
            return archive_error(a, path + ": cannot read '" + entry_path + "'");
        if (Status counted = budget.add_bytes(entry_path, content.size()); !counted)
            return Error{path + ": " + counted.error().message};
        files.push_back({entry_path, std::move(content)});
    }
    if (status != ARCHIVE_EOF)
        return archive_error(a, "cannot read " + path);
    std::sort(files.begin(), files.end(),
              [](const BundleFile& x, const BundleFile& y) { return x.path < y.path; });
    return files;
}

} // namespace medloc
