#include "export/bundle_signature.h"

#include "core/json_fields.h"
#include "core/sha256.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace medloc {

// Outside the anonymous namespace: Ed25519Key::Handle, a class with linkage, holds one.
namespace signature_detail {
struct PkeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
} // namespace signature_detail

namespace {

using signature_detail::PkeyFree;

using json = nlohmann::json;

constexpr std::size_t kMaxKeyFileBytes = 64 * 1024;
constexpr int kSignatureFormatVersion = 1;
constexpr std::size_t kSignatureBytes = 64;

struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct MdContextFree {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

Result<std::string> read_key_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{"cannot read the key file " + path};
    std::string text(kMaxKeyFileBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxKeyFileBytes)
        return Error{path + " is too large to be a PEM key"};
    return text;
}

// OpenSSL asks for a passphrase through this: there is none, and none is asked for.
int no_passphrase(char*, int, int, void*) {
    return -1;
}

std::string base64(std::string_view bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(bytes.data()),
                                  static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::optional<std::string> from_base64(std::string_view text) {
    if (text.empty() || text.size() % 4 != 0 || text.size() > 4096)
        return std::nullopt;
    for (const char c : text)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '/' && c != '=')
            return std::nullopt;
    std::string out(text.size() / 4 * 3, '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(text.data()),
                                  static_cast<int>(text.size()));
    if (n < 0)
        return std::nullopt;
    std::size_t padding = 0;
    if (text.ends_with("=="))
        padding = 2;
    else if (text.ends_with("="))
        padding = 1;
    out.resize(static_cast<std::size_t>(n) - padding);
    return out;
}

Result<std::string> raw_public_key(EVP_PKEY* key) {
    std::string raw(32, '\0');
    std::size_t length = raw.size();
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &length) !=
            1 ||
        length != 32)
        return Error{"cannot read the public key"};
    return raw;
}

std::string entry_line(const BundleFile& file) {
    return sha256_hex(file.content) + " " + std::to_string(file.content.size()) + " " + file.path +
           "\n";
}

std::string statement_header() {
    return std::string(kSignatureFormat) + " " + std::to_string(kSignatureFormatVersion) + "\n";
}

struct Listed {
    std::string sha256;
    std::string size;
};

// The statement's entries by path; nullopt when it is not of the form medloc writes.
std::optional<std::map<std::string, Listed>> parse_statement(const std::string& statement) {
    if (!statement.starts_with(statement_header()) || !statement.ends_with('\n'))
        return std::nullopt;
    std::map<std::string, Listed> entries;
    std::istringstream lines(statement.substr(statement_header().size()));
    for (std::string line; std::getline(lines, line);) {
        const std::size_t first = line.find(' ');
        const std::size_t second =
            first == std::string::npos ? std::string::npos : line.find(' ', first + 1);
        if (second == std::string::npos || first != 64 || second + 1 >= line.size())
            return std::nullopt;
        if (!entries
                 .emplace(line.substr(second + 1),
                          Listed{line.substr(0, first), line.substr(first + 1, second - first - 1)})
                 .second)
            return std::nullopt; // a path listed twice
    }
    return entries;
}

} // namespace

struct Ed25519Key::Handle {
    std::unique_ptr<EVP_PKEY, signature_detail::PkeyFree> key;
    bool is_private = false;
};

Ed25519Key::Ed25519Key(std::unique_ptr<Handle> handle, std::string key_id)
    : handle_(std::move(handle)), key_id_(std::move(key_id)) {}
Ed25519Key::~Ed25519Key() = default;
Ed25519Key::Ed25519Key(Ed25519Key&&) noexcept = default;
Ed25519Key& Ed25519Key::operator=(Ed25519Key&&) noexcept = default;

namespace {

Result<Ed25519Key> load_key(const std::string& path, bool is_private,
                            const std::function<Result<Ed25519Key>(EVP_PKEY*)>& make) {
    auto text = read_key_file(path);
    if (!text)
        return text.error();
    std::unique_ptr<BIO, BioFree> bio(
        BIO_new_mem_buf(text.value().data(), static_cast<int>(text.value().size())));
    if (!bio)
        return Error{"out of memory reading " + path};
    EVP_PKEY* key = is_private ? PEM_read_bio_PrivateKey(bio.get(), nullptr, no_passphrase, nullptr)
                               : PEM_read_bio_PUBKEY(bio.get(), nullptr, no_passphrase, nullptr);
    if (key == nullptr)
        return Error{path + " is not a PEM " +
                     std::string(is_private ? "private key (not encrypted)" : "public key")};
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return Error{path + " is not an Ed25519 key (openssl genpkey -algorithm ed25519)"};
    }
    return make(key);
}

} // namespace

Result<Ed25519Key> Ed25519Key::load_private(const std::string& path) {
    return load_key(path, true, [](EVP_PKEY* key) -> Result<Ed25519Key> {
        auto handle = std::make_unique<Handle>();
        handle->key.reset(key);
        handle->is_private = true;
        auto raw = raw_public_key(key);
        if (!raw)
            return raw.error();
        return Ed25519Key(std::move(handle), "sha256:" + sha256_hex(raw.value()));
    });
}

Result<Ed25519Key> Ed25519Key::load_public(const std::string& path) {
    return load_key(path, false, [](EVP_PKEY* key) -> Result<Ed25519Key> {
        auto handle = std::make_unique<Handle>();
        handle->key.reset(key);
        auto raw = raw_public_key(key);
        if (!raw)
            return raw.error();
        return Ed25519Key(std::move(handle), "sha256:" + sha256_hex(raw.value()));
    });
}

Result<std::string> Ed25519Key::sign(std::string_view message) const {
    if (!handle_->is_private)
        return Error{"a public key cannot sign"};
    std::unique_ptr<EVP_MD_CTX, MdContextFree> context(EVP_MD_CTX_new());
    std::string signature(kSignatureBytes, '\0');
    std::size_t length = signature.size();
    // Ed25519 hashes the message itself: no digest is named.
    if (!context ||
        EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, handle_->key.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.data()),
                       message.size()) != 1 ||
        length != kSignatureBytes)
        return Error{"signing failed"};
    return signature;
}

bool Ed25519Key::verify(std::string_view message, std::string_view signature) const {
    std::unique_ptr<EVP_MD_CTX, MdContextFree> context(EVP_MD_CTX_new());
    return context && signature.size() == kSignatureBytes &&
           EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, handle_->key.get()) ==
               1 &&
           EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                            signature.size(),
                            reinterpret_cast<const unsigned char*>(message.data()),
                            message.size()) == 1;
}

std::string signature_statement(const BundleFiles& files) {
    std::vector<const BundleFile*> listed;
    for (const BundleFile& file : files)
        if (file.path != kSignatureFile)
            listed.push_back(&file);
    std::sort(listed.begin(), listed.end(),
              [](const BundleFile* a, const BundleFile* b) { return a->path < b->path; });
    std::string statement = statement_header();
    for (const BundleFile* file : listed)
        statement += entry_line(*file);
    return statement;
}

Result<BundleFile> sign_bundle(const BundleFiles& files, const Ed25519Key& key) {
    const std::string statement = signature_statement(files);
    auto signature = key.sign(statement);
    if (!signature)
        return signature.error();
    const json document = {{"format", std::string(kSignatureFormat)},
                           {"format_version", kSignatureFormatVersion},
                           {"algorithm", "ed25519"},
                           {"key_id", key.key_id()},
                           {"signature", base64(signature.value())},
                           {"statement", statement}};
    return BundleFile{std::string(kSignatureFile),
                      document.dump(2, ' ', false, json::error_handler_t::strict) + "\n"};
}

std::vector<std::string> verify_bundle_signature(const BundleFiles& files,
                                                 const Ed25519Key& public_key) {
    const std::string where(kSignatureFile);
    const BundleFile* signature_file = nullptr;
    for (const BundleFile& file : files)
        if (file.path == kSignatureFile)
            signature_file = &file;
    if (signature_file == nullptr)
        return {where + ": missing: the bundle is not signed"};
    const json document = json::parse(signature_file->content, nullptr, false);
    if (document.is_discarded() || !document.is_object() ||
        text_field(document, "format") != kSignatureFormat ||
        !document.contains("format_version") ||
        document["format_version"] != kSignatureFormatVersion ||
        text_field(document, "algorithm") != "ed25519" || !has_text_field(document, "signature") ||
        !has_text_field(document, "statement"))
        return {where + ": not a medloc bundle signature of format version 1 (Ed25519)"};
    const std::string statement = document["statement"].get<std::string>();
    const auto signature = from_base64(document["signature"].get<std::string>());
    if (!signature || !public_key.verify(statement, *signature)) {
        const std::string signer = text_field(document, "key_id");
        if (!signer.empty() && signer != public_key.key_id())
            return {where + ": signed by another key (" + signer + "), not by " +
                    public_key.key_id()};
        return {where + ": the signature does not match its statement: not signed by " +
                public_key.key_id() + ", or altered"};
    }
    const auto listed = parse_statement(statement);
    if (!listed)
        return {where + ": the signed statement is not of the form medloc writes"};
    std::vector<std::string> problems;
    std::set<std::string> present;
    for (const BundleFile& file : files) {
        if (file.path == kSignatureFile)
            continue;
        present.insert(file.path);
        const auto entry = listed->find(file.path);
        if (entry == listed->end())
            problems.push_back(file.path + ": added after the bundle was signed");
        else if (entry->second.sha256 != sha256_hex(file.content) ||
                 entry->second.size != std::to_string(file.content.size()))
            problems.push_back(file.path + ": changed after the bundle was signed");
    }
    for (const auto& [path, entry] : *listed)
        if (!present.contains(path))
            problems.push_back(path + ": removed after the bundle was signed");
    std::sort(problems.begin(), problems.end());
    return problems;
}

} // namespace medloc
