#include "cli/command.h"
#include "cli/project_options.h"
#include "core/wording.h"
#include "export/bundle_archive.h"
#include "export/bundle_directory.h"
#include "export/bundle_signature.h"
#include "export/bundle_verifier.h"
#include "text/printable.h"

#include <filesystem>
#include <optional>

namespace medloc {

namespace po = boost::program_options;

int run_verify_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "public-key", po::value<std::string>(),
        "the publisher's Ed25519 public key (PEM): the bundle must be signed with its private key");
    auto parsed = parse_command_line(arguments, options, "paths", terminal, "verify");
    if (!parsed)
        return kExitUsage;
    if (parsed->count("help") || !parsed->count("paths"))
        return print_usage(
            terminal, parsed->count("help") > 0,
            "Usage: medloc verify [--public-key PUB.pem] BUNDLE...\n\n"
            "Checks bundles written by medloc export (directories or .tar.gz/.zip archives):\n"
            "every file listed in manifest.json present with its size and SHA-256, no\n"
            "unlisted file, and every index and article of the documented form. With\n"
            "--public-key, the bundle must carry a signature.json made with the matching\n"
            "private key (medloc export --sign), and every file must be as it was signed: a file\n"
            "changed, added or removed since is named, whatever the manifest says.\n"
            "Exit status: 0 sound, 1 a difference found, 2 a bundle or the key cannot be read.",
            options);
    std::optional<Ed25519Key> public_key;
    if (parsed->count("public-key")) {
        auto key = Ed25519Key::load_public((*parsed)["public-key"].as<std::string>());
        if (!key) {
            terminal.err << "medloc verify: " << key.error().message << '\n';
            return kExitUsage;
        }
        public_key.emplace(std::move(key).value());
    }
    int status = kExitClean;
    for (const std::string& bundle : (*parsed)["paths"].as<std::vector<std::string>>()) {
        std::error_code ec;
        auto files = std::filesystem::is_directory(bundle, ec) ? read_bundle_directory(bundle)
                                                               : read_archive(bundle);
        if (!files) {
            terminal.err << "medloc verify: " << files.error().message << '\n';
            status = kExitUsage;
            continue;
        }
        std::vector<std::string> problems = verify_bundle(files.value());
        if (public_key)
            for (std::string& problem : verify_bundle_signature(files.value(), *public_key))
                problems.push_back(std::move(problem));
        for (const std::string& problem : problems)
            terminal.out << printable(bundle) << ": " << printable(problem) << '\n';
        terminal.out << "medloc verify: " << printable(bundle) << ": "
                     << counted(static_cast<long long>(files.value().size()), "file") << ", "
                     << (problems.empty()
                             ? (public_key ? "sound, signed by " + public_key->key_id()
                                           : std::string("sound"))
                             : counted(static_cast<long long>(problems.size()), "problem"))
                     << '\n';
        if (!problems.empty() && status == kExitClean)
            status = kExitErrorFindings;
    }
    return status;
}

} // namespace medloc
