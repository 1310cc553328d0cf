#include "core/sha256.h"

#include <memory>
#include <stdexcept>
#include <vector>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace medloc {

namespace {

std::string hex_of(const unsigned char* bytes, std::size_t length) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * length);
    for (std::size_t i = 0; i < length; ++i) {
        hex.push_back(kHex[bytes[i] >> 4]);
        hex.push_back(kHex[bytes[i] & 0x0F]);
    }
    return hex;
}

// The algorithms fetched once for the process: OpenSSL 3 looks a digest or MAC up by name
// on every one-shot call otherwise, which costs more than hashing a small file.
const EVP_MD* sha256_algorithm() {
    static EVP_MD* const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (algorithm == nullptr)
        throw std::runtime_error("SHA-256 is not available from OpenSSL");
    return algorithm;
}

EVP_MAC* hmac_algorithm() {
    static EVP_MAC* const algorithm = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (algorithm == nullptr)
        throw std::runtime_error("HMAC is not available from OpenSSL");
    return algorithm;
}

struct MacContextFree {
    void operator()(EVP_MAC_CTX* context) const { EVP_MAC_CTX_free(context); }
};

} // namespace

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, sha256_algorithm(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return hex_of(digest, length);
}

std::string hmac_sha256_hex(std::string_view key, std::initializer_list<std::string_view> pieces) {
    const std::unique_ptr<EVP_MAC_CTX, MacContextFree> context(EVP_MAC_CTX_new(hmac_algorithm()));
    char digest_name[] = "SHA256";
    const OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest_name, 0),
        OSSL_PARAM_construct_end()};
    bool done = context != nullptr &&
                EVP_MAC_init(context.get(), reinterpret_cast<const unsigned char*>(key.data()),
                             key.size(), parameters) == 1;
    for (const std::string_view piece : pieces)
        done = done &&
               EVP_MAC_update(context.get(), reinterpret_cast<const unsigned char*>(piece.data()),
                              piece.size()) == 1;
    unsigned char digest[EVP_MAX_MD_SIZE];
    std::size_t length = 0;
    if (!done || EVP_MAC_final(context.get(), digest, &length, sizeof digest) != 1)
        throw std::runtime_error("HMAC-SHA-256 failed");
    return hex_of(digest, length);
}

std::string hmac_sha256_hex(std::string_view key, std::string_view message) {
    return hmac_sha256_hex(key, {message});
}

std::string random_hex(std::size_t count) {
    std::vector<unsigned char> bytes(count);
    if (RAND_bytes(bytes.data(), static_cast<int>(count)) != 1)
        throw std::runtime_error("no random bytes from the operating system");
    return hex_of(bytes.data(), count);
}

bool equal_in_constant_time(std::string_view a, std::string_view b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace medloc
