#pragma once

#include "core/result.h"
#include "export/bundle.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// The signed statement of a bundle (docs/formats/bundle.md, "Signature"): signature.json
// at its root holds an Ed25519 signature of a statement that lists the SHA-256 and size of
// every other file, manifest.json included. A verifier with the publisher's public key
// finds any file changed, added or removed since the signing, by name, even when whoever
// changed it recomputed the manifest's checksums.
inline constexpr std::string_view kSignatureFile = "signature.json";
inline constexpr std::string_view kSignatureFormat = "medloc-bundle-signature";

// An Ed25519 key read from a PEM file (OpenSSL: `openssl genpkey -algorithm ed25519` for
// the private key, `openssl pkey -in KEY -pubout` for the public one).
class Ed25519Key {
public:
    // A private key, PKCS #8 PEM, not encrypted (medloc never prompts for a passphrase).
    static Result<Ed25519Key> load_private(const std::string& path);
    // A public key, SubjectPublicKeyInfo PEM ("BEGIN PUBLIC KEY").
    static Result<Ed25519Key> load_public(const std::string& path);

    ~Ed25519Key();
    Ed25519Key(Ed25519Key&&) noexcept;
    Ed25519Key& operator=(Ed25519Key&&) noexcept;

    // "sha256:" and the SHA-256 of the raw 32-byte public key: names the key in messages.
    const std::string& key_id() const { return key_id_; }

    Result<std::string> sign(std::string_view message) const; // 64 bytes
    bool verify(std::string_view message, std::string_view signature) const;

private:
    struct Handle;
    explicit Ed25519Key(std::unique_ptr<Handle> handle, std::string key_id);
    std::unique_ptr<Handle> handle_;
    std::string key_id_;
};

// The statement signed for `files` (signature.json itself left out): a version line, then
// "<sha256> <size> <path>" per file in path order, each line ending in a line feed.
std::string signature_statement(const BundleFiles& files);

// signature.json for `files`, signed with `key` (a private key).
Result<BundleFile> sign_bundle(const BundleFiles& files, const Ed25519Key& key);

// Checks a bundle's signature.json with the publisher's public key: present, of the known
// form, signed by that key, and every file as the statement lists it. One line per
// problem, each starting with the file it is about; empty when all holds.
std::vector<std::string> verify_bundle_signature(const BundleFiles& files,
                                                 const Ed25519Key& public_key);

} // namespace medloc
