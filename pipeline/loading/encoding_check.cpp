#include "loading/encoding_check.h"

#include "text/utf8.h"

#include <cctype>
#include <cstdio>
#include <regex>

#include <unicode/ucnv.h>

namespace medloc {

namespace {

std::string hex_byte(unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
    return buffer;
}

std::string lower(std::string text) {
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

} // namespace

std::optional<std::string> declared_encoding(std::string_view content) {
    std::string_view head = content.substr(0, 200);
    if (head.starts_with(utf8::kByteOrderMark))
        head.remove_prefix(utf8::kByteOrderMark.size());
    static const std::regex declared(R"(^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["'])");
    std::match_results<std::string_view::const_iterator> match;
    if (head.starts_with("<?xml") && std::regex_search(head.begin(), head.end(), match, declared))
        return match[1].str();
    return std::nullopt;
}

ConvertedText convert_to_utf8(std::string_view content, const std::string& encoding) {
    ConvertedText result;
    UErrorCode status = U_ZERO_ERROR;
    UConverter* from = ucnv_open(encoding.c_str(), &status);
    if (U_FAILURE(status)) {
        result.error = "unknown encoding '" + encoding + "'";
        return result;
    }
    ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    UConverter* to = ucnv_open("UTF-8", &status);
    result.text.resize(content.size() * 4 + 16);
    char* target = result.text.data();
    const char* source = content.data();
    ucnv_convertEx(to, from, &target, result.text.data() + result.text.size(), &source,
                   content.data() + content.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                   &status);
    ucnv_close(from);
    ucnv_close(to);
    if (U_FAILURE(status)) {
        result.error = "the bytes are not valid " + encoding + " (" + u_errorName(status) + ")";
        result.text.clear();
        return result;
    }
    result.text.resize(static_cast<std::size_t>(target - result.text.data()));
    return result;
}

std::optional<EncodingProblem> find_encoding_problem(std::string_view content) {
    if (content.starts_with("\xFF\xFE") || content.starts_with("\xFE\xFF"))
        return EncodingProblem{0, "file is UTF-16 (or UTF-32); save it as UTF-8"};
    if (const std::size_t nul = content.find('\0'); nul != std::string_view::npos)
        return EncodingProblem{nul, "file contains NUL bytes: it is binary, not UTF-8 text"};
    if (const auto invalid = utf8::first_invalid(content)) {
        return EncodingProblem{*invalid,
                               "file is not valid UTF-8: byte " +
                                   hex_byte(static_cast<unsigned char>(content[*invalid])) +
                                   " cannot start or continue a character here; save it as UTF-8"};
    }
    std::string_view head = content.substr(0, 200);
    if (head.starts_with(utf8::kByteOrderMark))
        head.remove_prefix(utf8::kByteOrderMark.size());
    if (head.starts_with("<?xml")) {
        static const std::regex declared(
            R"(^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["'])");
        std::match_results<std::string_view::const_iterator> match;
        if (std::regex_search(head.begin(), head.end(), match, declared)) {
            const std::string name = lower(match[1].str());
            if (name != "utf-8" && name != "utf8") {
                const std::size_t offset = static_cast<std::size_t>(match.position(1)) +
                                           static_cast<std::size_t>(head.data() - content.data());
                return EncodingProblem{offset, "the XML declaration names encoding '" +
                                                   match[1].str() +
                                                   "'; medloc content must be UTF-8"};
            }
        }
    }
    return std::nullopt;
}

} // namespace medloc
