#pragma once

#include "loading/source_file.h"

#include <map>
#include <optional>
#include <string>

namespace medloc {

// Where a project keeps its source articles and their XLIFF files (paths.content and
// paths.translations).
struct ProjectLayout {
    std::string content;
    std::string translations;
};

// The source article of an XLIFF file laid out as <translations>/<locale>/<id>.xlf (or
// .xliff): <content>/<id>.xml, when that is a regular file. nullopt for a file elsewhere, an
// id medloc would not give an article, or no such article. Never reads the file; what the
// XLIFF says of its original (untrusted) is not followed.
std::optional<std::string> source_article_path(const std::string& xliff_path,
                                               const ProjectLayout& layout);

// The source hash of every block of the article at `path` as `medloc extract` records it in
// the block's unit, by block id; nullopt when the file cannot be read or is not well-formed.
std::optional<std::map<std::string, std::string>> block_source_hashes(const std::string& path,
                                                                      const ReadLimits& limits);

} // namespace medloc
