#include "core/build_identity.h"

#include <cstring>
#include <elf.h>
#include <filesystem>
#include <link.h>
#include <string_view>

namespace medloc {

namespace {

// The NT_GNU_BUILD_ID note among an object's program headers, in hexadecimal, or "".
std::string build_id_of(const dl_phdr_info* info) {
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
                std::string hex;
                for (std::size_t k = 0; k < note.n_descsz; ++k) {
                    hex += kHex[bytes[desc_at + k] >> 4];
                    hex += kHex[bytes[desc_at + k] & 15];
                }
                return hex;
            }
            offset = next;
        }
    }
    return "";
}

int find_executable_build_id(dl_phdr_info* info, std::size_t, void* found) {
    // The executable comes first, with an empty name.
    *static_cast<std::string*>(found) = build_id_of(info);
    return 1;
}

int describe_library(dl_phdr_info* info, std::size_t, void* lines) {
    // The executable (executable_build_id) has no name; the vDSO is the kernel's, which
    // changes nothing medloc computes.
    const std::string_view name = info->dlpi_name != nullptr ? info->dlpi_name : "";
    if (name.empty() || name.starts_with("linux-vdso") || name.starts_with("linux-gate"))
        return 0;
    std::string& out = *static_cast<std::string*>(lines);
    out += "library ";
    out += info->dlpi_name;
    if (const std::string id = build_id_of(info); !id.empty()) {
        out += " build-id " + id;
    } else {
        std::error_code ec;
        const auto size = std::filesystem::file_size(info->dlpi_name, ec);
        const auto time = std::filesystem::last_write_time(info->dlpi_name, ec);
        out +=
            " file " + std::to_string(size) + ' ' + std::to_string(time.time_since_epoch().count());
    }
    out += '\n';
    return 0;
}

} // namespace

std::optional<std::string> executable_build_id() {
    std::string hex;
    dl_iterate_phdr(find_executable_build_id, &hex);
    if (hex.empty())
        return std::nullopt;
    return hex;
}

std::string loaded_libraries_identity() {
    std::string lines;
    dl_iterate_phdr(describe_library, &lines);
    return lines;
}

} // namespace medloc
