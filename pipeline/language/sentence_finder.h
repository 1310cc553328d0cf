#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace medloc {

// The sentence (ICU sentence segmentation for the locale) that holds the byte at `offset`
// of `text`: its byte range [first, second), trailing white space excluded. An offset past
// the end gives the last sentence.
std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t offset,
                                                    const std::string& locale);

} // namespace medloc
