#!/usr/bin/env python3
"""Attack fixtures: XXE that tries to read a local file, an external DTD, billion laughs,
quadratic blow-up and 10,000-deep nesting. Each must end quickly with a finding, in every
output format, and the canary text of the local file must never appear in any output."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from e2e_support import REPO, argument_parser, check, finish, scratch_project

CANARY = "MEDLOC-CANARY-51c0ffee"
# What each attack must be reported as: a DOCTYPE is refused, nothing in it is read;
# libxml2 stops the billion laughs' expansion itself (an entity reference loop) and nesting
# past its depth limit, both not well-formed.
EXPECTED_RULES = {
    "billion-laughs.xml": "schema.not-well-formed",
    "external-dtd.xml": "schema.doctype",
    "network-dtd.xml": "schema.doctype",
    "xxe-local-file.xml": "schema.doctype",
    "xxe-parameter-entity.xml": "schema.doctype",
    "quadratic-blowup.xml": "schema.doctype",
    "deep-nesting.xml": "schema.not-well-formed",
}


def main():
    parser = argument_parser()
    parser.add_argument("--fixtures", default=os.path.join(REPO, "tests", "fixtures", "attacks"))
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, "attacks")
        shutil.copytree(options.fixtures, corpus)
        secret = os.path.join(work, "secret.txt")
        with open(secret, "w") as f:
            f.write(CANARY + "\n")
        # The fixtures name the secret by a placeholder: put the real absolute path in.
        for name in os.listdir(corpus):
            if not name.endswith(".xml"):
                continue
            path = os.path.join(corpus, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text.replace("@SECRET@", secret))
        os.remove(os.path.join(corpus, "README.md"))
        # Generated here rather than stored: 10,000-deep nesting and a quadratic blow-up
        # (a 50 kB entity referenced 50,000 times: 2.5 GB if expanded).
        with open(os.path.join(corpus, "deep-nesting.xml"), "w") as f:
            f.write('<article xmlns="urn:medloc:article:1">' + "<p>" * 10000 + "x" + "</p>" * 10000 + "</article>")
        with open(os.path.join(corpus, "quadratic-blowup.xml"), "w") as f:
            f.write('<?xml version="1.0"?>\n<!DOCTYPE article [ <!ENTITY big "' + "x" * 50000 + '"> ]>\n'
                    '<article xmlns="urn:medloc:article:1"><p>' + "&big;" * 50000 + "</p></article>\n")

        files = sorted(os.listdir(corpus))
        check(sorted(EXPECTED_RULES) == files,
              f"every attack has its expected rule: {sorted(set(files) ^ set(EXPECTED_RULES))}")
        for command in ("validate", "check"):
            for fmt in ("text", "json"):
                started = time.monotonic()
                run = subprocess.run([options.binary, command, "--format", fmt, corpus],
                                     capture_output=True, timeout=30, cwd=scratch_project())
                elapsed = time.monotonic() - started
                output = (run.stdout + run.stderr).decode("utf-8", "replace")
                print(f"{command} --format {fmt}: exit {run.returncode}, {elapsed:.3f} s")
                check(CANARY not in output, f"{command}/{fmt}: the secret file's content leaked")
                check(run.returncode == 1, f"{command}/{fmt}: exit {run.returncode}, expected 1")
                for name in files:
                    check(name in output, f"{command}/{fmt}: no finding for {name}")
                if fmt != "json":
                    continue
                findings = json.loads(run.stdout)["findings"]
                for name in files:
                    rules = sorted({f["rule_id"] for f in findings
                                    if os.path.basename(f["file"]) == name})
                    check(EXPECTED_RULES.get(name) in rules,
                          f"{command}: {name} is reported as {EXPECTED_RULES.get(name)}, "
                          f"not only {rules}")
                    check(all(rule.startswith("schema.") for rule in rules),
                          f"{command}: {name} is refused at the schema stage, "
                          f"no content rule reads it: {rules}")
    return finish("attacks")


if __name__ == "__main__":
    sys.exit(main())
