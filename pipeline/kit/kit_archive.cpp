#include "kit/kit_archive.h"

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

namespace medloc {

namespace {

namespace fs = std::filesystem;

struct ReaderDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};

// Counts what has been read against the limits, and the names seen (case folded: two
// names that differ only in case are one file on many systems).
class Budget {
public:
    Budget(const std::string& kit, const KitReadLimits& limits) : kit_(kit), limits_(limits) {}

    Status add_entry(const std::string& name) {
        if (++entries_ > limits_.max_entries)
            return Error{kit_ + ": more than " + std::to_string(limits_.max_entries) +
                         " entries, refused"};
        if (!is_safe_entry_name(name))
            return Error{kit_ + ": unsafe entry name '" + printable(name) +
                         "' (absolute, '..', or not plain text), refused"};
        std::string folded = name;
        std::transform(folded.begin(), folded.end(), folded.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (auto [it, fresh] = names_.emplace(folded, name); !fresh)
            return Error{kit_ + ": entry '" + name + "' is there twice" +
                         (it->second != name ? " (as '" + it->second + "')" : std::string()) +
                         ", refused"};
        return ok_status();
    }

    Status add_bytes(const std::string& name, std::uint64_t entry_bytes, std::uint64_t more) {
        if (entry_bytes > limits_.max_entry_bytes)
            return Error{kit_ + ": entry '" + name + "' is larger than " +
                         std::to_string(limits_.max_entry_bytes) + " bytes, refused"};
        total_ += more;
        if (total_ > limits_.max_total_bytes)
            return Error{kit_ + ": its entries hold more than " +
                         std::to_string(limits_.max_total_bytes) + " bytes, refused"};
        return ok_status();
    }

    static std::string printable(const std::string& name) {
        std::string out;
        for (unsigned char c : name)
            out += c < 0x20 || c == 0x7f ? '?' : static_cast<char>(c);
        return out;
    }

private:
    const std::string& kit_;
    const KitReadLimits& limits_;
    std::size_t entries_ = 0;
    std::uint64_t total_ = 0;
    std::map<std::string, std::string> names_;
};

Result<std::vector<KitEntry>> read_archive_file(const std::string& path,
                                                const KitReadLimits& limits) {
    std::unique_ptr<archive, ReaderDeleter> reader(archive_read_new());
    archive* a = reader.get();
    archive_read_support_filter_gzip(a);
    archive_read_support_filter_none(a);
    archive_read_support_format_tar(a);
    // Zip through its central directory only: a zip cut before it is truncated, whatever the
    // local entries before the cut say (the streaming reader would take them).
    archive_read_support_format_zip_seekable(a);
    if (archive_read_open_filename(a, path.c_str(), 1 << 16) != ARCHIVE_OK) {
        const char* message = archive_error_string(a);
        return Error{path + ": not a zip or tar archive (" + (message ? message : "unreadable") +
                     "), refused"};
    }
    Budget budget(path, limits);
    std::vector<KitEntry> entries;
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
        const char* raw = archive_entry_pathname(entry);
        std::string name = raw ? raw : "";
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR) {
            while (name.ends_with('/'))
                name.pop_back();
            if (name.empty())
                continue;
            if (Status counted = budget.add_entry(name + "/"); !counted)
                return counted.error();
            continue;
        }
        if (Status counted = budget.add_entry(name); !counted)
            return counted.error();
        if (type != AE_IFREG || archive_entry_hardlink(entry) != nullptr)
            return Error{path + ": entry '" + name +
                         "' is not a regular file (a link or a device), refused"};
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > 0)
            if (Status fits = budget.add_bytes(
                    name, static_cast<std::uint64_t>(archive_entry_size(entry)), 0);
                !fits)
                return fits.error();
        // The header's size is not trusted: the bytes are counted as they come.
        std::string content;
        char buffer[1 << 16];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0) {
            content.append(buffer, static_cast<std::size_t>(n));
            if (Status fits = budget.add_bytes(name, content.size(), static_cast<std::uint64_t>(n));
                !fits)
                return fits.error();
        }
        if (n < 0) {
            const char* message = archive_error_string(a);
            return Error{path + ": entry '" + name + "' cannot be read (" +
                         (message ? message : "damaged") + "), refused"};
        }
        entries.push_back({std::move(name), std::move(content)});
    }
    if (status != ARCHIVE_EOF) {
        const char* message = archive_error_string(a);
        return Error{path + ": damaged or truncated archive (" +
                     (message ? message : "unreadable") + "), refused"};
    }
    return entries;
}

Result<std::vector<KitEntry>> read_directory(const std::string& path, const KitReadLimits& limits) {
    Budget budget(path, limits);
    std::vector<KitEntry> entries;
    std::error_code ec;
    fs::recursive_directory_iterator it(path, fs::directory_options::none, ec), end;
    if (ec)
        return Error{"cannot read directory " + path + ": " + ec.message()};
    for (; it != end; it.increment(ec)) {
        if (ec)
            return Error{"cannot read directory " + path + ": " + ec.message()};
        const fs::path relative = it->path().lexically_relative(path);
        std::string name = relative.generic_string();
        const fs::file_status status = it->symlink_status(ec);
        if (fs::is_directory(status)) {
            if (Status counted = budget.add_entry(name + "/"); !counted)
                return counted.error();
            continue;
        }
        if (Status counted = budget.add_entry(name); !counted)
            return counted.error();
        if (!fs::is_regular_file(status))
            return Error{path + ": '" + name +
                         "' is not a regular file (a link or a device), refused"};
        const std::uintmax_t size = fs::file_size(it->path(), ec);
        if (ec)
            return Error{path + ": cannot read '" + name + "': " + ec.message()};
        if (Status fits = budget.add_bytes(name, size, size); !fits)
            return fits.error();
        std::ifstream in(it->path(), std::ios::binary);
        std::string content(static_cast<std::size_t>(size), '\0');
        if (!in.read(content.data(), static_cast<std::streamsize>(size)) ||
            in.peek() != std::ifstream::traits_type::eof())
            return Error{path + ": '" + name + "' changed while it was read, refused"};
        entries.push_back({std::move(name), std::move(content)});
    }
    return entries;
}

} // namespace

bool is_safe_entry_name(const std::string& path) {
    std::string name = path;
    if (name.ends_with('/'))
        name.pop_back();
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos)
        return false;
    if (name.size() >= 2 && name[1] == ':')
        return false; // C:...
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7f)
            return false;
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t stop = name.find('/', start);
        if (stop == std::string::npos)
            stop = name.size();
        const std::string_view part(name.data() + start, stop - start);
        if (part.empty() || part == "." || part == "..")
            return false;
        start = stop + 1;
    }
    return true;
}

Result<std::vector<KitEntry>> read_returned_kit(const std::string& path,
                                                const KitReadLimits& limits) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return Error{"no such file or directory: " + path};
    auto entries =
        fs::is_directory(status) ? read_directory(path, limits)
        : fs::is_regular_file(status)
            ? read_archive_file(path, limits)
            : Result<std::vector<KitEntry>>(Error{path + ": not a file or a directory, refused"});
    if (!entries)
        return entries;
    std::sort(entries.value().begin(), entries.value().end(),
              [](const KitEntry& x, const KitEntry& y) { return x.path < y.path; });
    return entries;
}

} // namespace medloc
