#include "loading/encoding_check.h"

#include "text/utf8.h"

#include <cctype>
#include <cstdio>

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

namespace {

struct Declaration {
    std::string name;
    std::size_t offset = 0; // of the name, in the content
};

bool is_declaration_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_encoding_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
}

// The encoding an XML declaration at the start of `content` names: `encoding`, white space,
// '=', white space and a quoted name, before the declaration's '>'. A plain scan of the first
// 200 bytes (no pattern matching on content).
std::optional<Declaration> find_declaration(std::string_view content) {
    std::string_view head = content.substr(0, 200);
    std::size_t base = 0;
    if (head.starts_with(utf8::kByteOrderMark)) {
        head.remove_prefix(utf8::kByteOrderMark.size());
        base = utf8::kByteOrderMark.size();
    }
    if (!head.starts_with("<?xml"))
        return std::nullopt;
    head = head.substr(0, head.find('>'));
    constexpr std::string_view kKeyword = "encoding";
    for (std::size_t at = head.find(kKeyword); at != std::string_view::npos;
         at = head.find(kKeyword, at + 1)) {
        std::size_t i = at + kKeyword.size();
        while (i < head.size() && is_declaration_space(head[i]))
            ++i;
        if (i >= head.size() || head[i] != '=')
            continue;
        ++i;
        while (i < head.size() && is_declaration_space(head[i]))
            ++i;
        if (i >= head.size() || (head[i] != '"' && head[i] != '\''))
            continue;
        const char quote = head[i++];
        const std::size_t begin = i;
        while (i < head.size() && is_encoding_name_char(head[i]))
            ++i;
        if (i == begin || i >= head.size() || head[i] != quote)
            continue;
        return Declaration{std::string(head.substr(begin, i - begin)), base + begin};
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> declared_encoding(std::string_view content) {
    if (auto declaration = find_declaration(content))
        return std::move(declaration->name);
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
    if (const auto declaration = find_declaration(content)) {
        const std::string name = lower(declaration->name);
        if (name != "utf-8" && name != "utf8")
            return EncodingProblem{declaration->offset, "the XML declaration names encoding '" +
                                                            declaration->name +
                                                            "'; medloc content must be UTF-8"};
    }
    return std::nullopt;
}

} // namespace medloc
