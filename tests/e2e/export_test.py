#!/usr/bin/env python3
"""End-to-end tests of `medloc export` and `medloc verify` with the real binary.

Works on a copy of the repository's project (content, translations, terminology,
schemas, medloc.ini) in a temporary directory outside git, and checks:
  - the bundle of the sample corpus equals the golden bundle in
    tests/fixtures/bundle-golden, byte for byte (MEDLOC_UPDATE_GOLDEN=1 re-records it);
  - every file of it is valid against schemas/bundle-*.schema.json (python3-jsonschema);
  - two exports, and two archives of each format written a second apart, are identical;
    SOURCE_DATE_EPOCH changes the archive times;
  - `medloc verify` accepts the bundle and its archives, and rejects one flipped byte, a
    missing file, an unlisted file and an archive entry that escapes the bundle;
  - a unit made stale takes its article out of the locale, into the manifest's exclusions;
  - locales.fallbacks fills a locale's missing blocks from another locale, unit by unit,
    and the manifest says which;
  - a locale that would escape the output directory is rejected before anything is written;
  - --out naming the project, content/, a file or an archive medloc did not write is refused
    (exit 2, untouched); verify refuses archives with a name twice and bundles with links;
  - a run killed at random moments leaves the previous bundle or the new one, never a mix,
    and the next run succeeds.
"""
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time

from e2e_support import REPO, argument_parser, check, copy_project, finish

GOLDEN = os.path.join(REPO, "tests", "fixtures", "bundle-golden")


def run(binary, project, *args, env=None):
    return subprocess.run([binary, *args], cwd=project, capture_output=True, text=True,
                          env=env, timeout=120)


def read_tree(directory):
    files = {}
    for root, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, directory)] = f.read()
    return files


def test_golden_and_schemas(binary, project, work):
    out = os.path.join(work, "bundle")
    result = run(binary, project, "export", "--out", out)
    check(result.returncode == 0, f"export failed: {result.stderr}")
    bundle = read_tree(out)
    if os.environ.get("MEDLOC_UPDATE_GOLDEN") == "1":
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(out, GOLDEN)
        print("golden bundle re-recorded")
    golden = read_tree(GOLDEN)
    check(sorted(bundle) == sorted(golden),
          f"bundle files differ from the golden bundle: {sorted(set(bundle) ^ set(golden))}")
    for path in sorted(set(bundle) & set(golden)):
        check(bundle[path] == golden[path], f"{path} differs from the golden bundle")
    manifest = json.loads(bundle["manifest.json"])
    check(manifest["source_revision"] is None, "a project outside git has no source revision")
    check(manifest["locales"]["en-US"]["articles"] == 1 and
          "en-US/fievre-enfant.json" in bundle, "the translated article is in en-US")
    excluded = {(e["locale"], e["article"]) for e in manifest["excluded"]}
    check(("fr-FR", "fausse-couche-8-semaines") in excluded,
          "the seed article (in review, with errors) is excluded")

    import jsonschema
    schemas = {}
    for name in ("article", "index", "manifest"):
        with open(os.path.join(REPO, "schemas", f"bundle-{name}.schema.json")) as f:
            schemas[name] = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schemas[name])
    for path, content in bundle.items():
        kind = "manifest" if path == "manifest.json" else (
            "index" if path.endswith("/index.json") else "article")
        try:
            jsonschema.validate(json.loads(content), schemas[kind],
                                cls=jsonschema.Draft202012Validator)
        except jsonschema.ValidationError as error:
            check(False, f"{path} is not valid against bundle-{kind}.schema.json: {error.message}")
    return out


def test_reproducible(binary, project, work, first):
    second = os.path.join(work, "bundle-again")
    run(binary, project, "export", "--out", second)
    check(read_tree(first) == read_tree(second), "two exports differ")
    for fmt in ("tar.gz", "zip"):
        a = os.path.join(work, f"a.{fmt}")
        b = os.path.join(work, f"b.{fmt}")
        run(binary, project, "export", "--out", a, "--archive", fmt)
        time.sleep(1.1)
        run(binary, project, "export", "--out", b, "--archive", fmt)
        with open(a, "rb") as fa, open(b, "rb") as fb:
            check(fa.read() == fb.read(), f"two {fmt} archives differ")
        env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
        c = os.path.join(work, f"c.{fmt}")
        run(binary, project, "export", "--out", c, "--archive", fmt, env=env)
        with open(a, "rb") as fa, open(c, "rb") as fc:
            check(fa.read() != fc.read(), f"SOURCE_DATE_EPOCH does not change the {fmt} archive")
        result = run(binary, project, "verify", a)
        check(result.returncode == 0, f"verify rejects the {fmt} archive: {result.stdout}")
    with tarfile.open(os.path.join(work, "a.tar.gz")) as archive:
        member = archive.getmember("manifest.json")
        check(member.mtime == 946684800 and member.uid == 0 and member.mode == 0o644,
              "tar entries have fixed time, owner and mode")


def test_verify_rejects(binary, project, work, bundle):
    result = run(binary, project, "verify", bundle)
    check(result.returncode == 0 and "sound" in result.stdout, f"verify: {result.stdout}")

    def damaged(name, change):
        copy = os.path.join(work, name)
        shutil.copytree(bundle, copy)
        change(copy)
        return run(binary, project, "verify", copy)

    def flip_byte(copy):
        path = os.path.join(copy, "en-US", "fievre-enfant.json")
        with open(path, "r+b") as f:
            data = bytearray(f.read())
            data[100] ^= 0x01
            f.seek(0)
            f.write(data)

    result = damaged("flipped", flip_byte)
    check(result.returncode == 1 and "en-US/fievre-enfant.json: SHA-256 differs" in result.stdout,
          f"one flipped byte: {result.returncode} {result.stdout}")
    result = damaged("missing", lambda c: os.remove(os.path.join(c, "fr-FR", "migraine.json"))
                     if os.path.exists(os.path.join(c, "fr-FR", "migraine.json"))
                     else os.remove(os.path.join(c, "fr-FR", "index.json")))
    check(result.returncode == 1 and "absent" in result.stdout, f"missing file: {result.stdout}")

    def add_file(copy):
        with open(os.path.join(copy, "fr-FR", "extra.json"), "w") as f:
            f.write("{}")
    result = damaged("extra", add_file)
    check(result.returncode == 1 and "fr-FR/extra.json: not listed" in result.stdout,
          f"unlisted file: {result.stdout}")

    evil = os.path.join(work, "evil.tar")
    with tarfile.open(evil, "w") as archive:
        data = b"{}"
        info = tarfile.TarInfo("../escape.json")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    result = run(binary, project, "verify", evil)
    check(result.returncode == 2 and "unsafe entry path" in result.stderr,
          f"escaping archive entry: {result.returncode} {result.stderr}")

    # The same name twice in an archive: extractors disagree on which copy wins, so the
    # bundle verify checked need not be the one an app unpacks.
    doubled = os.path.join(work, "doubled.tar")
    with tarfile.open(doubled, "w") as archive:
        for root, _, names in os.walk(bundle):
            for name in sorted(names):
                path = os.path.join(root, name)
                archive.add(path, os.path.relpath(path, bundle))
        data = b'{"format": "medloc-bundle", "format_version": 1, "files": []}'
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    result = run(binary, project, "verify", doubled)
    check(result.returncode == 2 and "there twice" in result.stderr,
          f"an entry name given twice: {result.returncode} {result.stderr}")

    # A folder inside the bundle that is a link: its files were never read, the bundle
    # called sound. Any link makes the bundle unsound.
    def linked_folder(copy):
        outside = os.path.join(work, "outside-the-bundle")
        os.makedirs(outside, exist_ok=True)
        with open(os.path.join(outside, "secret.json"), "w") as f:
            f.write("{}")
        os.symlink(outside, os.path.join(copy, "de-DE"))
    result = damaged("linked-folder", linked_folder)
    check(result.returncode == 2 and "is a symbolic link" in result.stderr,
          f"a linked folder in a bundle: {result.returncode} {result.stdout} {result.stderr}")


def test_refuses_to_replace(binary, project, work):
    """--out names something that is not medloc's: exit 2 before anything is checked or
    written, and it is left exactly as it was."""
    def snapshot(path):
        if os.path.isfile(path):
            with open(path, "rb") as f:
                return f.read()
        return read_tree(path)

    notes = os.path.join(work, "notes.txt")
    with open(notes, "w") as f:
        f.write("my notes\n")
    foreign_zip = os.path.join(work, "photos.zip")
    shutil.make_archive(foreign_zip[:-4], "zip", os.path.join(project, "terminology"))
    for target, extra in ((project, []), (os.path.join(project, "content"), []),
                          (notes, []), (notes, ["--archive", "zip"]),
                          (foreign_zip, ["--archive", "zip"])):
        before = snapshot(target)
        result = run(binary, project, "export", "--out", target, *extra)
        check(result.returncode == 2 and "refusing to replace" in result.stderr,
              f"export --out {os.path.basename(target)} {extra}: exit {result.returncode} "
              f"{result.stderr}")
        check(snapshot(target) == before, f"{os.path.basename(target)} is untouched")
    leftovers = [n for n in os.listdir(project) if n.startswith(".project.")]
    check(not leftovers and os.path.isdir(os.path.join(project, "content")),
          f"nothing written beside the project: {leftovers}")
    empty = os.path.join(work, "empty-folder")
    os.makedirs(empty)
    check(run(binary, project, "export", "--out", empty).returncode == 0,
          "an empty folder takes a bundle")
    check(run(binary, project, "export", "--out", empty).returncode == 0,
          "a bundle medloc wrote is replaced")


def test_stale_unit(binary, project, work):
    xliff = os.path.join(project, "translations", "en-US", "fievre-enfant.xlf")
    with open(xliff, encoding="utf-8") as f:
        original = f.read()
    # The recorded hash of one unit no longer matches its source block: stale.
    marker = '<mda:meta type="source-hash">sha256:'
    at = original.index(marker, original.index('<unit id="intro">')) + len(marker)
    stale = original[:at] + ("0" if original[at] != "0" else "1") + original[at + 1:]
    with open(xliff, "w", encoding="utf-8") as f:
        f.write(stale)
    out = os.path.join(work, "bundle-stale")
    run(binary, project, "export", "--out", out)
    with open(xliff, "w", encoding="utf-8") as f:
        f.write(original)
    check(not os.path.exists(os.path.join(out, "en-US", "fievre-enfant.json")),
          "an article with a stale unit leaves the bundle")
    with open(os.path.join(out, "manifest.json")) as f:
        manifest = json.load(f)
    reasons = [r for e in manifest["excluded"]
               if e["locale"] == "en-US" and e["article"] == "fievre-enfant" for r in e["reasons"]]
    check(any(r.startswith("block intro: stale") for r in reasons),
          f"the manifest says the unit is stale: {reasons}")


def test_fallbacks(binary, project, work):
    source = os.path.join(project, "translations", "en-US", "fievre-enfant.xlf")
    british = os.path.join(project, "translations", "en-GB")
    os.makedirs(british)
    with open(source, encoding="utf-8") as f:
        text = f.read()
    text = text.replace('trgLang="en-US"', 'trgLang="en-GB"')
    text = text.replace("<target>Fever in children</target>", "<target>Fever in children (UK)</target>")
    # One unit not final in en-GB: it must come from en-US.
    at = text.index('<unit id="q">')
    text = text[:at] + text[at:].replace('state="final"', 'state="translated"', 1)
    with open(os.path.join(british, "fievre-enfant.xlf"), "w", encoding="utf-8") as f:
        f.write(text)
    out = os.path.join(work, "bundle-fallback")
    result = run(binary, project, "export", "--out", out, "--target-locales", "en-US,en-GB",
                 "--fallbacks", "en-GB:en-US")
    shutil.rmtree(british)
    check(result.returncode == 0, f"export with fallbacks: {result.stderr}")
    with open(os.path.join(out, "en-GB", "fievre-enfant.json"), encoding="utf-8") as f:
        article = json.load(f)
    check(article["title"]["content"] == ["Fever in children (UK)"], "en-GB keeps its own units")
    check(article["fallback_blocks"] == {"q": "en-US"},
          f"the unit not final in en-GB comes from en-US: {article['fallback_blocks']}")
    with open(os.path.join(out, "manifest.json")) as f:
        manifest = json.load(f)
    check({"article": "fievre-enfant", "locale": "en-GB", "block": "q", "from": "en-US"}
          in manifest["fallbacks"], "the manifest lists the fallback")
    check(manifest["locales"]["en-GB"]["fallback_locales"] == ["en-US"],
          "the manifest gives the fallback chain")
    excluded = {(e["locale"], e["article"]) for e in manifest["excluded"]}
    check(("en-GB", "migraine") in excluded, "never the source language silently")


def test_unsafe_locale(binary, project, work):
    out = os.path.join(work, "bundle-unsafe")
    result = run(binary, project, "export", "--out", out, "--locale", "../../escape")
    check(result.returncode == 2 and "cannot name a bundle folder" in result.stderr,
          f"unsafe locale: {result.returncode} {result.stderr}")
    check(not os.path.exists(out) and not os.path.exists(os.path.join(work, "escape")),
          "nothing written for an unsafe locale")


def test_killed_runs(binary, project, work, iterations):
    out = os.path.join(work, "bundle-killed")
    run(binary, project, "export", "--out", out)
    before = read_tree(out)
    # The next bundle differs: one article gets a new revision.
    path = os.path.join(project, "content", "gastro-enterite.xml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace('revision="1"', 'revision="2"', 1))
    after = None
    outcomes = {"previous": 0, "new": 0, "absent": 0}
    rng = random.Random(7)
    for _ in range(iterations):
        process = subprocess.Popen([binary, "export", "--out", out], cwd=project,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, 0.9))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if not os.path.exists(out):
            outcomes["absent"] += 1
        else:
            state = read_tree(out)
            outcomes["previous" if state == before else "new"] += 1
            if state != before:
                result = run(binary, project, "verify", out)
                check(result.returncode == 0, f"a killed run left a broken bundle: {result.stdout}")
                after = after or state
                check(state == after, "a killed run left a mix of two bundles")
        # Between the two renames of the fallback path the bundle may be absent for a
        # moment; the next run restores or replaces it.
    print(f"killed runs: {iterations}, bundle afterwards: {outcomes}")
    result = run(binary, project, "export", "--out", out)
    check(result.returncode == 0, "the run after the killed ones succeeds")
    check(run(binary, project, "verify", out).returncode == 0, "and its bundle is sound")
    leftovers = [n for n in os.listdir(work) if n.startswith(".bundle-killed.")]
    check(not leftovers, f"nothing left beside the bundle: {leftovers}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argument_parser()
    parser.add_argument("--kills", type=int, default=12)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work)
        bundle = test_golden_and_schemas(binary, project, work)
        test_reproducible(binary, project, work, bundle)
        test_verify_rejects(binary, project, work, bundle)
        test_stale_unit(binary, project, work)
        test_fallbacks(binary, project, work)
        test_unsafe_locale(binary, project, work)
        test_refuses_to_replace(binary, project, work)
        test_killed_runs(binary, project, work, args.kills)
    return finish("export")


if __name__ == "__main__":
    sys.exit(main())
