// A signed bundle: any file changed, added or removed after signing is named, even when
// the manifest's checksums were recomputed; another key's signature is refused.
#include "core/sha256.h"
#include "export/bundle_signature.h"
#include "test_support.h"

#include <algorithm>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace medloc {
namespace {

using json = nlohmann::json;

// A fresh Ed25519 key pair written as `openssl genpkey` and `openssl pkey -pubout` write
// them; returns the paths of the private and public PEM files.
std::pair<std::string, std::string> make_keys(const testing::TempDir& dir,
                                              const std::string& name) {
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    EXPECT_NE(key, nullptr);
    BIO* private_bio = BIO_new(BIO_s_mem());
    BIO* public_bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(private_bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    PEM_write_bio_PUBKEY(public_bio, key);
    const auto text = [](BIO* bio) {
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        return std::string(data, static_cast<std::size_t>(size));
    };
    const auto private_path = dir.write(name + ".pem", text(private_bio));
    const auto public_path = dir.write(name + ".pub.pem", text(public_bio));
    BIO_free(private_bio);
    BIO_free(public_bio);
    EVP_PKEY_free(key);
    return {private_path.string(), public_path.string()};
}

BundleFiles sample_files() {
    const std::string article = "{\"id\": \"a\"}\n";
    const json manifest = {
        {"files",
         {{{"path", "fr-FR/a.json"}, {"sha256", sha256_hex(article)}, {"size", article.size()}}}}};
    return {{"fr-FR/a.json", article}, {"manifest.json", manifest.dump(2) + "\n"}};
}

BundleFiles signed_with(const std::string& private_key, BundleFiles files) {
    auto key = Ed25519Key::load_private(private_key);
    EXPECT_TRUE(key) << (key ? "" : key.error().message);
    auto signature = sign_bundle(files, key.value());
    EXPECT_TRUE(signature);
    files.push_back(signature.value());
    return files;
}

class BundleSignature : public ::testing::Test {
protected:
    void SetUp() override {
        keys_ = make_keys(dir_, "publisher");
        other_ = make_keys(dir_, "other");
    }

    std::vector<std::string> verify(const BundleFiles& files, const std::string& public_key) {
        auto key = Ed25519Key::load_public(public_key);
        EXPECT_TRUE(key) << (key ? "" : key.error().message);
        return verify_bundle_signature(files, key.value());
    }

    testing::TempDir dir_;
    std::pair<std::string, std::string> keys_;
    std::pair<std::string, std::string> other_;
};

TEST_F(BundleSignature, AnUntouchedBundleVerifies) {
    const BundleFiles files = signed_with(keys_.first, sample_files());
    EXPECT_TRUE(verify(files, keys_.second).empty());
    const json signature = json::parse(files.back().content);
    EXPECT_EQ(signature["format"], "medloc-bundle-signature");
    EXPECT_EQ(signature["algorithm"], "ed25519");
    EXPECT_EQ(signature["statement"], signature_statement(files));
    EXPECT_TRUE(signature["statement"].get<std::string>().starts_with(
        "medloc-bundle-signature 1\n" + sha256_hex(files[0].content) + " " +
        std::to_string(files[0].content.size()) + " fr-FR/a.json\n"));
}

TEST_F(BundleSignature, ChangedAddedAndRemovedFilesAreNamedEvenWithARehashedManifest) {
    BundleFiles files = signed_with(keys_.first, sample_files());
    // The attacker changes the article and recomputes its checksum in the manifest.
    files[0].content = "{\"id\": \"a\", \"dose\": \"10 comprimés\"}\n";
    json manifest = json::parse(files[1].content);
    manifest["files"][0]["sha256"] = sha256_hex(files[0].content);
    manifest["files"][0]["size"] = files[0].content.size();
    files[1].content = manifest.dump(2) + "\n";
    files.push_back({"fr-FR/extra.json", "{}\n"});
    EXPECT_EQ(verify(files, keys_.second),
              (std::vector<std::string>{"fr-FR/a.json: changed after the bundle was signed",
                                        "fr-FR/extra.json: added after the bundle was signed",
                                        "manifest.json: changed after the bundle was signed"}));
    files.erase(files.begin());
    const auto problems = verify(files, keys_.second);
    EXPECT_NE(std::find(problems.begin(), problems.end(),
                        "fr-FR/a.json: removed after the bundle was signed"),
              problems.end());
}

TEST_F(BundleSignature, AnotherKeyOrAnAlteredSignatureFileIsRefused) {
    const BundleFiles files = signed_with(other_.first, sample_files());
    const auto problems = verify(files, keys_.second);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].starts_with("signature.json: signed by another key")) << problems[0];

    // The statement rewritten to match the tampered files: the signature no longer holds.
    BundleFiles tampered = signed_with(keys_.first, sample_files());
    json signature = json::parse(tampered.back().content);
    std::string statement = signature["statement"];
    statement[30] = statement[30] == 'a' ? 'b' : 'a';
    signature["statement"] = statement;
    tampered.back().content = signature.dump();
    const auto altered = verify(tampered, keys_.second);
    ASSERT_EQ(altered.size(), 1u);
    EXPECT_TRUE(altered[0].starts_with("signature.json: the signature does not match"))
        << altered[0];

    BundleFiles unsigned_files = sample_files();
    EXPECT_EQ(verify(unsigned_files, keys_.second),
              std::vector<std::string>{"signature.json: missing: the bundle is not signed"});
}

TEST_F(BundleSignature, KeysOfOtherKindsAreRefused) {
    EVP_PKEY* rsa = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048));
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, rsa, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const auto path = dir_.write("rsa.pem", std::string(data, static_cast<std::size_t>(size)));
    BIO_free(bio);
    EVP_PKEY_free(rsa);
    auto refused = Ed25519Key::load_private(path.string());
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("not an Ed25519 key"), std::string::npos);
    EXPECT_FALSE(Ed25519Key::load_private(dir_.write("junk.pem", "junk").string()));
    // A public key cannot sign; a private key file is not a public key.
    EXPECT_FALSE(Ed25519Key::load_public(keys_.first));
}

} // namespace
} // namespace medloc
