#!/usr/bin/env python3
"""Signed bundles with the real binary, keys made by the openssl command as a publisher
would make them, and the app-side example docs/examples/verify-bundle.mjs run by Node:
  - `medloc export --sign` writes signature.json; `medloc verify --public-key` and the Node
    example accept the untouched bundle (directory and tar.gz);
  - an article changed and its checksum recomputed in the manifest: plain `medloc verify`
    cannot tell (the reason to sign), `verify --public-key` and the example exit 1 naming
    the article; a file added or removed is named too;
  - a bundle signed with another key, or not signed, fails;
  - a key that is not Ed25519, or missing, is exit 2 before anything is written.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

from e2e_support import REPO, argument_parser, check, copy_project, finish

EXAMPLE = os.path.join(REPO, "docs", "examples", "verify-bundle.mjs")
ARTICLE = "en-US/fievre-enfant.json"


def run(binary, project, *args):
    return subprocess.run([binary, *args], cwd=project, capture_output=True, text=True,
                          timeout=300)


def openssl(*args):
    result = subprocess.run(["openssl", *args], capture_output=True, text=True, timeout=60)
    check(result.returncode == 0, f"openssl {' '.join(args)}: {result.stderr}")


def node(bundle, public_key):
    return subprocess.run(["node", EXAMPLE, bundle, public_key], capture_output=True, text=True,
                          timeout=60)


def make_keys(work, name):
    private = os.path.join(work, name + ".pem")
    public = os.path.join(work, name + ".pub.pem")
    openssl("genpkey", "-algorithm", "ed25519", "-out", private)
    openssl("pkey", "-in", private, "-pubout", "-out", public)
    return private, public


def tamper_and_rehash(bundle):
    """What an attacker who can write the bundle does: change an article and recompute its
    SHA-256 and size in the manifest."""
    path = os.path.join(bundle, *ARTICLE.split("/"))
    with open(path, encoding="utf-8") as f:
        article = json.load(f)
    article["blocks"][0]["content"] = ["Prenez 10 comprimés par jour."]
    data = (json.dumps(article, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    with open(path, "wb") as f:
        f.write(data)
    manifest_path = os.path.join(bundle, "manifest.json")
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    for entry in manifest["files"]:
        if entry["path"] == ARTICLE:
            entry["sha256"] = hashlib.sha256(data).hexdigest()
            entry["size"] = len(data)
    with open(manifest_path, "w", encoding="utf-8") as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    for tool in ("openssl", "node"):
        if not check(shutil.which(tool) is not None,
                     f"{tool} is installed (scripts/install-deps.sh installs it)"):
            return finish("signed bundle")
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work)
        private, public = make_keys(work, "publisher")
        other_private, other_public = make_keys(work, "other")

        bundle = os.path.join(work, "bundle")
        result = run(binary, project, "export", "--out", bundle, "--sign", private)
        check(result.returncode == 0 and os.path.isfile(os.path.join(bundle, "signature.json")),
              f"signed export: {result.returncode} {result.stderr}")
        check(os.path.isfile(os.path.join(bundle, *ARTICLE.split("/"))),
              f"{ARTICLE} is in the bundle")
        result = run(binary, project, "verify", "--public-key", public, bundle)
        check(result.returncode == 0 and "sound, signed by sha256:" in result.stdout,
              f"an untouched bundle verifies: {result.returncode} {result.stdout}")
        result = node(bundle, public)
        check(result.returncode == 0 and result.stdout == "",
              f"the Node example accepts it: {result.returncode} {result.stdout} {result.stderr}")
        result = run(binary, project, "verify", bundle)
        check(result.returncode == 0, f"without a key, signature.json is accepted: {result.stdout}")

        archive = os.path.join(work, "bundle.tar.gz")
        run(binary, project, "export", "--out", archive, "--archive", "tar.gz", "--sign", private)
        result = run(binary, project, "verify", "--public-key", public, archive)
        check(result.returncode == 0, f"a signed archive verifies: {result.stdout}")

        # Tampered, checksums recomputed.
        tampered = os.path.join(work, "tampered")
        shutil.copytree(bundle, tampered)
        tamper_and_rehash(tampered)
        result = run(binary, project, "verify", tampered)
        check(result.returncode == 0,
              f"the re-hashed manifest fools the checksums alone: {result.stdout}")
        result = run(binary, project, "verify", "--public-key", public, tampered)
        check(result.returncode == 1 and
              f"{ARTICLE}: changed after the bundle was signed" in result.stdout and
              "manifest.json: changed after the bundle was signed" in result.stdout,
              f"the signature names the changed files: {result.returncode} {result.stdout}")
        result = node(tampered, public)
        check(result.returncode == 1 and f"{ARTICLE}: changed after signing" in result.stdout,
              f"the Node example names it: {result.returncode} {result.stdout} {result.stderr}")

        added = os.path.join(work, "added")
        shutil.copytree(bundle, added)
        with open(os.path.join(added, "en-US", "extra.json"), "w") as f:
            f.write("{}\n")
        os.remove(os.path.join(added, "fr-FR", "index.json"))
        result = run(binary, project, "verify", "--public-key", public, added)
        check(result.returncode == 1 and
              "en-US/extra.json: added after the bundle was signed" in result.stdout and
              "fr-FR/index.json: removed after the bundle was signed" in result.stdout,
              f"added and removed files are named: {result.stdout}")
        result = node(added, public)
        check(result.returncode == 1 and "en-US/extra.json: added after signing" in result.stdout
              and "fr-FR/index.json: removed after signing" in result.stdout,
              f"the Node example names them: {result.stdout} {result.stderr}")

        other = os.path.join(work, "other")
        run(binary, project, "export", "--out", other, "--sign", other_private)
        result = run(binary, project, "verify", "--public-key", public, other)
        check(result.returncode == 1 and "signature.json: signed by another key" in result.stdout,
              f"another key's bundle fails: {result.returncode} {result.stdout}")
        result = node(other, public)
        check(result.returncode == 1, f"the Node example refuses it: {result.stdout}")

        unsigned = os.path.join(work, "unsigned")
        run(binary, project, "export", "--out", unsigned)
        result = run(binary, project, "verify", "--public-key", public, unsigned)
        check(result.returncode == 1 and "signature.json: missing" in result.stdout,
              f"an unsigned bundle fails with a key: {result.stdout}")

        rsa = os.path.join(work, "rsa.pem")
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", rsa)
        refused = os.path.join(work, "refused")
        result = run(binary, project, "export", "--out", refused, "--sign", rsa)
        check(result.returncode == 2 and "not an Ed25519 key" in result.stderr and
              not os.path.exists(refused),
              f"an RSA key is refused, nothing written: {result.returncode} {result.stderr}")
        result = run(binary, project, "verify", "--public-key", os.path.join(work, "none.pem"),
                     bundle)
        check(result.returncode == 2, f"a missing public key is exit 2: {result.stderr}")
    return finish("signed bundle")


if __name__ == "__main__":
    sys.exit(main())
