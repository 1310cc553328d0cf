# Writes OUTPUT, a C++ source that holds every docs/rules/<id>.md of PAGES_DIR as bytes,
# for output/rule_pages.h: the binary carries its rules' documentation and needs no file
# at run time, and what it shows always matches its build. Run by the build (cmake -P).
file(GLOB pages LIST_DIRECTORIES false "${PAGES_DIR}/*.md")
list(SORT pages)
set(body "")
set(table "")
set(index 0)
foreach(page IN LISTS pages)
  get_filename_component(name "${page}" NAME_WE)
  get_filename_component(file_name "${page}" NAME)
  string(REGEX REPLACE "\\.md$" "" rule_id "${file_name}")
  file(READ "${page}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND body "constexpr char kPage${index}[] = {${bytes}'\\0'};\n")
  string(APPEND table "    {\"${rule_id}\", {kPage${index}, ${size}}},\n")
  math(EXPR index "${index} + 1")
endforeach()
set(content "// Generated from docs/rules/*.md by cmake/embed_rule_pages.cmake: do not edit.
#include \"output/rule_pages.h\"

#include <algorithm>
#include <array>
#include <utility>

namespace medloc {

namespace {

${body}
constexpr std::array<std::pair<std::string_view, std::string_view>, ${index}> kPages = {{
${table}}};

} // namespace

std::optional<std::string_view> rule_page(std::string_view rule_id) {
    const auto* it = std::find_if(kPages.begin(), kPages.end(),
                                  [&](const auto& page) { return page.first == rule_id; });
    if (it == kPages.end())
        return std::nullopt;
    return it->second;
}

} // namespace medloc
")
# Rewritten only when it changes, so that a build without edits recompiles nothing.
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" previous)
  if(previous STREQUAL content)
    return()
  endif()
endif()
file(WRITE "${OUTPUT}" "${content}")
