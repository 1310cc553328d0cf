#include "language/language_tag.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace medloc {

namespace {

bool all_of(std::string_view text, int (*test)(int)) {
    return std::all_of(text.begin(), text.end(),
                       [test](char c) { return test(static_cast<unsigned char>(c)) != 0; });
}

bool alpha(std::string_view s, std::size_t min, std::size_t max) {
    return s.size() >= min && s.size() <= max && all_of(s, std::isalpha);
}

bool alphanum(std::string_view s, std::size_t min, std::size_t max) {
    return s.size() >= min && s.size() <= max && all_of(s, std::isalnum);
}

bool is_variant(std::string_view s) {
    return alphanum(s, 5, 8) ||
           (s.size() == 4 && std::isdigit(static_cast<unsigned char>(s[0])) && alphanum(s, 4, 4));
}

// The irregular and regular grandfathered tags of RFC 5646, lower case.
constexpr std::array<std::string_view, 26> kGrandfathered = {
    "en-gb-oed", "i-ami",     "i-bnn",     "i-default",  "i-enochian",  "i-hak",  "i-klingon",
    "i-lux",     "i-mingo",   "i-navajo",  "i-pwn",      "i-tao",       "i-tay",  "i-tsu",
    "sgn-be-fr", "sgn-be-nl", "sgn-ch-de", "art-lojban", "cel-gaulish", "no-bok", "no-nyn",
    "zh-guoyu",  "zh-hakka",  "zh-min",    "zh-min-nan", "zh-xiang"};

std::vector<std::string_view> split(std::string_view tag) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t dash = tag.find('-', start);
        parts.push_back(tag.substr(start, dash == std::string_view::npos ? dash : dash - start));
        if (dash == std::string_view::npos)
            return parts;
        start = dash + 1;
    }
}

bool is_private_use(const std::vector<std::string_view>& parts, std::size_t at) {
    if (at >= parts.size() || parts[at].size() != 1 || std::tolower(parts[at][0]) != 'x' ||
        at + 1 == parts.size())
        return false;
    for (std::size_t i = at + 1; i < parts.size(); ++i)
        if (!alphanum(parts[i], 1, 8))
            return false;
    return true;
}

} // namespace

bool is_well_formed_language_tag(std::string_view tag) {
    std::string lower(tag);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::find(kGrandfathered.begin(), kGrandfathered.end(), lower) != kGrandfathered.end())
        return true;
    const std::vector<std::string_view> parts = split(tag);
    if (is_private_use(parts, 0))
        return true;
    std::size_t at = 0;
    // language: 2-3 letters with up to three extlangs, or 4 (reserved) or 5-8 letters.
    if (alpha(parts[at], 2, 3)) {
        ++at;
        for (int extlang = 0; extlang < 3 && at < parts.size() && alpha(parts[at], 3, 3); ++extlang)
            ++at;
    } else if (alpha(parts[at], 4, 8)) {
        ++at;
    } else {
        return false;
    }
    if (at < parts.size() && alpha(parts[at], 4, 4))
        ++at; // script
    if (at < parts.size() &&
        (alpha(parts[at], 2, 2) || (parts[at].size() == 3 && all_of(parts[at], std::isdigit))))
        ++at; // region
    std::vector<std::string> variants;
    while (at < parts.size() && is_variant(parts[at])) {
        std::string variant;
        for (char c : parts[at])
            variant += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (std::find(variants.begin(), variants.end(), variant) != variants.end())
            return false; // a repeated variant is not well-formed
        variants.push_back(std::move(variant));
        ++at;
    }
    std::string singletons;
    while (at < parts.size() && parts[at].size() == 1 &&
           std::isalnum(static_cast<unsigned char>(parts[at][0])) &&
           std::tolower(static_cast<unsigned char>(parts[at][0])) != 'x') {
        const char singleton =
            static_cast<char>(std::tolower(static_cast<unsigned char>(parts[at][0])));
        if (singletons.find(singleton) != std::string::npos)
            return false; // each extension singleton at most once
        singletons += singleton;
        ++at;
        std::size_t subtags = 0;
        while (at < parts.size() && alphanum(parts[at], 2, 8)) {
            ++at;
            ++subtags;
        }
        if (subtags == 0)
            return false;
    }
    if (at == parts.size())
        return true;
    return is_private_use(parts, at);
}

} // namespace medloc
