#!/usr/bin/env python3
"""`medloc fix` with the real binary, on copies of real files:

  - the seed article (content/fausse-couche-8-semaines.xml): every typography finding
    gone, the spelling and terminology findings identical (rule, block, text, message,
    suggestions, line), only lines with typography findings changed, the element tree
    unchanged, and a second run a no-op;
  - --dry-run: the file untouched, and its unified diff, applied by patch(1) to the
    original, gives exactly what `fix` writes;
  - every typography rule with a fix: its true-positive fixture loses every finding of
    that rule;
  - an XLIFF file: its targets fixed, every source unchanged;
  - a read-only file's folder: exit 2, the file as it was.
"""
import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

from e2e_support import REPO, argument_parser, check, copy_project, finish, scratch_project

SEED = "content/fausse-couche-8-semaines.xml"
MECHANICAL = ("typography.",)


def medloc(binary, cwd, *args):
    return subprocess.run([binary, *args], cwd=cwd, capture_output=True, text=True, timeout=180)


def findings(binary, cwd, *paths):
    result = medloc(binary, cwd, "check", "--no-cache", "--today", "2026-11-24", "--format",
                    "json", *paths)
    check(result.returncode in (0, 1), f"check exit {result.returncode}: {result.stderr}")
    return json.loads(result.stdout)["findings"]


def key(finding):
    # Columns move when a fix earlier on the line changes its length; lines never move.
    return (finding["rule_id"], finding["file"], finding["line"], finding["block_id"],
            finding["flagged_text"], finding["message"], tuple(finding["suggestions"]))


def tree_shape(path):
    def shape(element):
        return (element.tag, sorted(element.attrib.items()), [shape(c) for c in element])
    return shape(ElementTree.parse(path).getroot())


def read(path):
    with open(path, "rb") as stream:
        return stream.read()


def test_seed(binary, project):
    path = os.path.join(project, SEED)
    original = read(path)
    before = findings(binary, project, SEED)
    typography = [f for f in before if f["rule_id"].startswith(MECHANICAL)]
    check(len(typography) >= 3, f"the seed has typography findings ({len(typography)})")
    check(all("fix" in f for f in typography if f["rule_id"] != "typography.decimal-point"),
          "typography findings carry fixes")
    check(not any("fix" in f for f in before if not f["rule_id"].startswith(MECHANICAL)),
          "no finding of another family carries a fix")

    dry = medloc(binary, project, "fix", "--dry-run", SEED)
    check(dry.returncode == 0, f"fix --dry-run exit {dry.returncode}: {dry.stderr}")
    check(read(path) == original, "--dry-run leaves the file as it was")
    check(dry.stdout.startswith(f"--- a/{SEED}\n+++ b/{SEED}\n@@ "), "a unified diff")

    done = medloc(binary, project, "fix", SEED)
    check(done.returncode == 0, f"fix exit {done.returncode}: {done.stderr}")
    fixed = read(path)
    check(fixed != original, "fix changed the seed")

    # The diff, applied by patch(1) to the original, gives what fix wrote.
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, "a.xml")
        with open(copy, "wb") as stream:
            stream.write(original)
        patched = subprocess.run(["patch", "-s", "-o", os.path.join(work, "b.xml"), copy],
                                 input=dry.stdout, capture_output=True, text=True)
        check(patched.returncode == 0, f"patch applies the diff: {patched.stderr}{patched.stdout}")
        if patched.returncode == 0:
            check(read(os.path.join(work, "b.xml")) == fixed,
                  "the dry-run diff is exactly what fix writes")

    after = findings(binary, project, SEED)
    left = [f for f in after if f["rule_id"].startswith(MECHANICAL)]
    check(not left, f"no typography finding left: {[(f['rule_id'], f['line']) for f in left]}")
    for family in ("spelling.", "terminology."):
        was = sorted(key(f) for f in before if f["rule_id"].startswith(family))
        now = sorted(key(f) for f in after if f["rule_id"].startswith(family))
        check(was, f"the seed has {family} findings")
        check(was == now, f"{family} findings identical after fix")
    was = sorted(key(f) for f in before if not f["rule_id"].startswith(MECHANICAL))
    now = sorted(key(f) for f in after if not f["rule_id"].startswith(MECHANICAL))
    check(was == now, "every other finding identical after fix")

    # Only bytes of lines with typography findings changed, and no markup.
    old_lines = original.split(b"\n")
    new_lines = fixed.split(b"\n")
    check(len(old_lines) == len(new_lines), "fix adds or removes no line")
    changed = {i + 1 for i, (a, b) in enumerate(zip(old_lines, new_lines)) if a != b}
    flagged = {f["line"] for f in typography}
    check(changed and changed <= flagged, f"changed lines {sorted(changed - flagged)} not flagged")
    check(tree_shape(path) == tree_shape_of_bytes(original), "elements and attributes unchanged")

    again = medloc(binary, project, "fix", SEED)
    check(again.returncode == 0 and read(path) == fixed, "a second run changes nothing")
    check(again.stdout.startswith("medloc fix: 0 fixes applied in 0 files"),
          f"a second run reports nothing to fix: {again.stdout!r}")


def tree_shape_of_bytes(content):
    with tempfile.NamedTemporaryFile(suffix=".xml") as stream:
        stream.write(content)
        stream.flush()
        return tree_shape(stream.name)


# Typography rules whose findings carry no fix, and why.
NOT_MECHANICAL = {
    "typography.bidi-control": "removing a control can change how right-to-left text reads: "
                               "the author decides",
}


def test_each_rule(binary, work):
    """Every fixture in one run of each command (a run per fixture costs a start of medloc
    each), judged file by file: each file is fixed on its own, as `fix` promises."""
    fixtures = os.path.join(REPO, "tests", "fixtures", "rules")
    rules = sorted(r for r in os.listdir(fixtures) if r.startswith("typography."))
    check(len(rules) >= 10, "typography rules found")
    cases = []  # (rule, name, path)
    for rule in rules:
        folder = os.path.join(work, rule)
        shutil.copytree(os.path.join(fixtures, rule), folder)
        cases += [(rule, name, os.path.join(folder, name)) for name in sorted(os.listdir(folder))
                  if name.startswith("true-positive")]
    cwd = scratch_project()

    def of_rule(found, rule, path):
        return [f for f in found if f["rule_id"] == rule and
                os.path.normpath(os.path.join(cwd, f["file"])) == path]

    originals = {path: read(path) for _, _, path in cases}
    found = findings(binary, cwd, *originals)
    fixed_cases = []  # (rule, name, path, findings before, fixable ones)
    for rule, name, path in cases:
        before = of_rule(found, rule, path)
        check(before, f"{rule}/{name}: reported before")
        fixable = [f for f in before if "fix" in f]
        if rule in NOT_MECHANICAL:
            check(not fixable, f"{rule}/{name}: no fix ({NOT_MECHANICAL[rule]})")
            continue
        check(fixable, f"{rule}/{name}: has a fix")
        fixed_cases.append((rule, name, path, before, fixable))
    paths = [path for _, _, path, _, _ in fixed_cases]
    result = medloc(binary, cwd, "fix", *paths)
    check(result.returncode == 0, f"fix exit {result.returncode}: {result.stderr}")
    check(f"in {len(paths)} files of {len(paths)}" in result.stdout,
          f"every fixture file changed: {result.stdout}")
    found = findings(binary, cwd, *paths)
    for rule, name, path, before, fixable in fixed_cases:
        after = of_rule(found, rule, path)
        check(len(after) == len(before) - len(fixable),
              f"{rule}/{name}: every fixable finding fixed ({len(after)} left of "
              f"{len(before)}, {len(fixable)} fixable)")
        check(read(path) != originals[path], f"{rule}/{name}: file changed")
    fixed = {path: read(path) for path in paths}
    again = medloc(binary, cwd, "fix", *paths)
    check(again.returncode == 0 and "0 fixes" in again.stdout,
          f"second run is a no-op: {again.stdout}")
    for rule, name, path, _, _ in fixed_cases:
        check(read(path) == fixed[path], f"{rule}/{name}: second run leaves the bytes")


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr-FR" trgLang="en-US">
  <file id="f1">
    <unit id="intro">
      <segment state="translated">
        <source>Attention : prenez 500mg...</source>
        <target>Take  500mg twice a day.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""


def test_xliff(binary, work):
    path = os.path.join(work, "exemple.xlf")
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(XLIFF)
    result = medloc(binary, scratch_project(), "fix", path)
    check(result.returncode == 0, f"fix on XLIFF exit {result.returncode}: {result.stderr}")
    text = read(path).decode("utf-8")
    check("<source>Attention : prenez 500mg...</source>" in text, "the XLIFF source is untouched")
    check("<target>Take 500\u00a0mg twice a day.</target>" in text,
          f"the XLIFF target is fixed: {text}")


def as_other_user():
    """Root writes anywhere: a read-only folder stops only another user."""
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.setgroups([])
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)


def test_read_only(binary, work, project):
    folder = os.path.join(project, "content", "read-only")
    os.makedirs(folder)
    path = os.path.join(folder, "a.xml")
    shutil.copy(os.path.join(REPO, "tests/fixtures/rules/typography.ellipsis/true-positive.xml"),
                path)
    original = read(path)
    os.chmod(path, 0o644)
    os.chmod(folder, 0o555)
    os.chmod(work, 0o755)  # the other user reaches the project...
    reachable = os.path.join(work, "medloc")  # ...and a binary (the build may be private)
    shutil.copy2(binary, reachable)
    os.chmod(reachable, 0o755)
    try:
        result = subprocess.run([reachable, "fix", path], cwd=project, capture_output=True,
                                text=True, timeout=120, preexec_fn=as_other_user)
    finally:
        os.chmod(folder, 0o755)
    check(result.returncode == 2 and "medloc" in result.stderr,
          f"read-only folder: exit 2 with a message, not {result.returncode} {result.stderr}")
    check(read(path) == original, "read-only folder: the file as it was")
    check(sorted(os.listdir(folder)) == ["a.xml"], "read-only folder: nothing left beside it")
    shutil.rmtree(folder)


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work)
        test_seed(binary, project)
        rules = os.path.join(work, "rules")
        os.makedirs(rules)
        test_each_rule(binary, rules)
        test_xliff(binary, work)
        test_read_only(binary, work, project)
    return finish("fix")


if __name__ == "__main__":
    sys.exit(main())
