#include "cli/command.h"
#include "cli/project_options.h"
#include "export/bundle_verifier.h"

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
        if (!key)
            return fail(terminal, "medloc verify", key.error());
        public_key.emplace(std::move(key).value());
    }
    int status = kExitClean;
    for (const std::string& bundle : (*parsed)["paths"].as<std::vector<std::string>>()) {
        auto checked = verify_bundle_at(bundle, public_key ? &*public_key : nullptr);
        if (!checked) {
            terminal.err << "medloc verify: " << checked.error().message << '\n';
            status = kExitUsage;
            continue;
        }
        const BundleCheck& check = checked.value();
        terminal.out << bundle_check_text(bundle, check, public_key ? &*public_key : nullptr);
        if (!check.problems.empty() && status == kExitClean)
            status = kExitErrorFindings;
    }
    return status;
}

} // namespace medloc
