#!/usr/bin/env python3
"""Golden end-to-end test: runs the real medloc binary on a fixture corpus and compares
its whole output and exit code with the recorded ones.

A case is a folder under tests/e2e/cases/ with:
  args            the arguments, one per line (run from the repository root)
  expected.out    the exact standard output
  expected.err    the exact standard error (an absent file means none)
  expected.exit   the exit code
The command runs in a temporary copy of the project's folders, so that nothing it writes
(the result cache, a report) lands in the checkout. Run with --update to record the current
output after a deliberate change.

Hunspell's suggestion search stops after a time limit, and medloc's suggestion budget may
skip it, so under load (a sanitizer build, a busy machine) its list can be shorter or
empty. It only serves the words medloc's own typo model finds nothing for: names and
unknown terms. The suggestions of spelling.unknown-name and spelling.unknown-term lines,
or their absence, are replaced by "…" before comparing (unit tests check suggestions by
content); those of spelling.unknown-word lines are the typo model's, and compared.
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# What the cases read, relative to the repository root.
PROJECT = ("content", "translations", "terminology", "schemas", "tests/fixtures", "medloc.ini")
TIME_LIMITED = re.compile(r"(?: \(did you mean .*\?\))? \[(spelling\.unknown-(?:name|term))\]$", re.M)


def stable(text):
    return TIME_LIMITED.sub(r" (did you mean …) [\1]", text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--case", required=True)
    parser.add_argument("--update", action="store_true")
    options = parser.parse_args()

    with open(os.path.join(options.case, "args"), encoding="utf-8") as f:
        args = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    env = dict(os.environ, NO_COLOR="1", LC_ALL="C.UTF-8")
    binary = os.path.abspath(options.binary)
    with tempfile.TemporaryDirectory() as work:
        for item in PROJECT:
            source, copy = os.path.join(REPO, item), os.path.join(work, item)
            if os.path.isdir(source):
                shutil.copytree(source, copy)
            else:
                shutil.copy(source, copy)
        run = subprocess.run([binary] + args, cwd=work, capture_output=True, timeout=50, env=env)
    got = {
        "expected.out": stable(run.stdout.decode("utf-8", "replace")),
        "expected.err": run.stderr.decode("utf-8", "replace"),
        "expected.exit": f"{run.returncode}\n",
    }
    if options.update:
        for name, text in got.items():
            if name == "expected.err" and not text:
                continue
            with open(os.path.join(options.case, name), "w", encoding="utf-8") as f:
                f.write(text)
        print(f"updated {options.case}")
        return 0

    failed = False
    for name, text in got.items():
        path = os.path.join(options.case, name)
        if not os.path.exists(path):
            if name == "expected.err":
                want = ""  # no file: nothing on stderr
            else:
                print(f"missing {path}; run with --update to record it")
                failed = True
                continue
        else:
            with open(path, encoding="utf-8") as f:
                want = f.read()
        if want != text:
            failed = True
            print(f"{name} differs:")
            sys.stdout.writelines(difflib.unified_diff(
                want.splitlines(True), text.splitlines(True), "expected", "actual"))
    if failed:
        print("command: medloc " + " ".join(args))
        return 1
    print(f"ok: medloc {' '.join(args)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
