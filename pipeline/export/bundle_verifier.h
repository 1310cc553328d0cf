#pragma once

#include "export/bundle.h"

#include <string>
#include <vector>

namespace medloc {

// Checks a bundle as an app would trust it: manifest.json present and of a known format,
// every listed file present with its size and SHA-256, no file that the manifest does not
// list, and every index and article file of the form docs/formats/bundle.md describes
// (the checks of schemas/bundle-*.schema.json). Returns one line per problem; empty when
// the bundle is sound.
std::vector<std::string> verify_bundle(const BundleFiles& files);

} // namespace medloc
