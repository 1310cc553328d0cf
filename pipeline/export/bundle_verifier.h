#pragma once

#include "core/result.h"
#include "export/bundle.h"
#include "export/bundle_signature.h"

#include <cstddef>
#include <string>
#include <vector>

namespace medloc {

// Checks a bundle as an app would trust it: manifest.json present and of a known format,
// every listed file present with its size and SHA-256, no file that the manifest does not
// list, and every index and article file of the form docs/formats/bundle.md describes
// (the checks of schemas/bundle-*.schema.json). Returns one line per problem; empty when
// the bundle is sound.
std::vector<std::string> verify_bundle(const BundleFiles& files);

struct [[nodiscard]] BundleCheck {
    std::size_t files = 0;             // in the bundle
    std::vector<std::string> problems; // verify_bundle's, then the signature's
};

// Reads the bundle at `path` (a directory, or a .tar.gz or .zip archive) and verifies it;
// with `public_key`, its signature too (verify_bundle_signature). An Error: the bundle
// cannot be read.
[[nodiscard]] Result<BundleCheck> verify_bundle_at(const std::string& path,
                                                   const Ed25519Key* public_key);

// What `medloc verify` prints of a bundle: a line per problem, then the files and whether
// the bundle is sound (and signed by which key, with `public_key`) or how many problems it
// has.
[[nodiscard]] std::string bundle_check_text(const std::string& path, const BundleCheck& check,
                                            const Ed25519Key* public_key);

} // namespace medloc
