#!/usr/bin/env python3
"""Attack fixtures: XXE that tries to read a local file, an external DTD, billion laughs,
quadratic blow-up and 10,000-deep nesting. Each must end quickly with a finding, in every
output format, and the canary text of the local file must never appear in any output."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

CANARY = "MEDLOC-CANARY-51c0ffee"
# medloc finds medloc.ini (and so schemas/) from its working directory: run it from the repository.
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--fixtures", required=True)
    options = parser.parse_args()

    failures = []
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
        for command in ("validate", "check"):
            for fmt in ("text", "json"):
                started = time.monotonic()
                run = subprocess.run([options.binary, command, "--format", fmt, corpus],
                                     capture_output=True, timeout=30, cwd=REPO)
                elapsed = time.monotonic() - started
                output = (run.stdout + run.stderr).decode("utf-8", "replace")
                print(f"{command} --format {fmt}: exit {run.returncode}, {elapsed:.3f} s")
                if CANARY in output:
                    failures.append(f"{command}/{fmt}: the secret file's content leaked")
                if run.returncode != 1:
                    failures.append(f"{command}/{fmt}: exit {run.returncode}, expected 1")
                for name in files:
                    if name not in output:
                        failures.append(f"{command}/{fmt}: no finding for {name}")
        for name in files:
            run = subprocess.run([options.binary, "check", os.path.join(corpus, name)],
                                 capture_output=True, timeout=30, cwd=REPO)
            print(run.stdout.decode("utf-8", "replace").strip())
    for failure in failures:
        print("FAIL:", failure)
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
