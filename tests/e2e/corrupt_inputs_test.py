#!/usr/bin/env python3
"""Damaged project files with the real binary, on a copy of the sample project: a clear
finding or error with the file and line, never a crash and never a silently wrong result.
  - a termbase that is truncated, empty or binary: an error finding positioned in it (exit
    1), the articles are still checked, and no terminology finding comes from the broken
    termbase (it is not half trusted);
  - a word list with a NUL byte or cut inside a character: a configuration error naming
    the file and line (exit 2), and no report (the spelling check would be wrong);
  - a usage file (calques) with a NUL byte, cut inside a character or cut inside an entry:
    a configuration error naming the file and line (exit 2), and no report;
  - a medloc.ini cut in the middle of a line or holding binary bytes: exit 2 with its line;
  - a truncated XLIFF file: an error finding positioned in it, the other files checked.
Damaged caches and baselines are covered by cache_test.py and baseline_test.py.
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

from e2e_support import REPO, argument_parser, check, copy_project, finish

TERMBASE = os.path.join("terminology", "termbase.tbx")
WORD_LIST = os.path.join("terminology", "medical.fr.txt")
USAGE = os.path.join("terminology", "calques.fr.usage")
XLIFF = os.path.join("translations", "en-US", "migraine.xlf")


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work)

        def medloc(*args):
            return subprocess.run([binary, *args], cwd=project, capture_output=True,
                                  timeout=300)

        def report(*paths):
            result = medloc("check", "--no-cache", "--format", "json", *paths)
            check(result.returncode in (0, 1, 2), f"no crash: exit {result.returncode}")
            findings = json.loads(result.stdout)["findings"] if result.returncode != 2 else []
            return result, findings

        def damage(relative, content):
            with open(os.path.join(project, relative), "wb") as f:
                f.write(content)

        def restore(relative):
            shutil.copy(os.path.join(REPO, relative), os.path.join(project, relative))

        _, intact = report()
        check(any(f["rule_id"].startswith("terminology.") for f in intact),
              "the intact sample has terminology findings (the comparison below means something)")

        with open(os.path.join(REPO, TERMBASE), "rb") as f:
            termbase = f.read()
        rng = random.Random(20261125)
        for label, content in (("truncated", termbase[: len(termbase) // 2]),
                               ("empty", b""),
                               ("binary", bytes(rng.randrange(256) for _ in range(4096)))):
            damage(TERMBASE, content)
            result, findings = report()
            lines = content.count(b"\n") + 1
            on_termbase = [f for f in findings if f["file"] == "terminology/termbase.tbx"]
            check(result.returncode == 1, f"termbase {label}: exit 1, not {result.returncode}")
            check(any(f["severity"] == "error" and 1 <= f["line"] <= lines for f in on_termbase),
                  f"termbase {label}: an error positioned inside it: {on_termbase[:2]}")
            check(any(f["rule_id"] == "spelling.unknown-word" for f in findings),
                  f"termbase {label}: the articles are still checked")
            check(not any(f["rule_id"].startswith("terminology.") for f in findings),
                  f"termbase {label}: no terminology finding from a broken termbase")
        restore(TERMBASE)

        with open(os.path.join(REPO, WORD_LIST), "rb") as f:
            words = f.read()
        cut = words.index("é".encode()) + 1  # inside the first 'é'
        for label, content, line, reason in (
                ("with a NUL", words + b"ab\0cd\n", words.count(b"\n") + 1, "control character"),
                ("cut inside a character", words[:cut], words[:cut].count(b"\n") + 1,
                 "not valid UTF-8")):
            damage(WORD_LIST, content)
            result = medloc("check", "--no-cache", "--format", "json")
            stderr = result.stderr.decode("utf-8", "replace")
            check(result.returncode == 2, f"word list {label}: exit 2, not {result.returncode}")
            check(f"terminology/medical.fr.txt:{line}: word list: {reason}" in stderr,
                  f"word list {label}: file, line {line} and reason: {stderr[-300:]}")
            check(not result.stdout, f"word list {label}: no report")
        restore(WORD_LIST)

        with open(os.path.join(REPO, USAGE), "rb") as f:
            usage = f.read()
        cut = usage.index("é".encode()) + 1
        last_entry = usage.rindex(b"[entry ")
        cut_entry = usage[: usage.index(b"\n", last_entry) + 1]  # the header line only
        for label, content, line, reason in (
                ("with a NUL", usage + b"ab\0cd\n", usage.count(b"\n") + 1,
                 "usage file: control character"),
                ("cut inside a character", usage[:cut], usage[:cut].count(b"\n") + 1,
                 "usage file: not valid UTF-8"),
                ("cut inside an entry", cut_entry, cut_entry.count(b"\n"), "has no `kind`")):
            damage(USAGE, content)
            result = medloc("check", "--no-cache", "--format", "json")
            stderr = result.stderr.decode("utf-8", "replace")
            check(result.returncode == 2, f"usage file {label}: exit 2, not {result.returncode}")
            check(f"terminology/calques.fr.usage:{line}: " in stderr and reason in stderr,
                  f"usage file {label}: file, line {line} and reason: {stderr[-300:]}")
            check(not result.stdout, f"usage file {label}: no report")
        restore(USAGE)

        with open(os.path.join(REPO, "medloc.ini"), "rb") as f:
            ini = f.read()
        middle = ini.index(b"content = content") + len(b"cont")
        for label, content, line in (
                ("cut mid-line", ini[:middle], ini[:middle].count(b"\n") + 1),
                ("with binary bytes", ini.replace(b"[run]", b"[run]\n\x00\x01\xff"),
                 ini[: ini.index(b"[run]")].count(b"\n") + 2)):
            damage("medloc.ini", content)
            result = medloc("check", "--no-cache")
            stderr = result.stderr.decode("utf-8", "replace")
            check(result.returncode == 2 and f"medloc.ini:{line}:" in stderr,
                  f"medloc.ini {label}: exit 2 at line {line}: {result.returncode} {stderr[-300:]}")
        restore("medloc.ini")

        with open(os.path.join(REPO, XLIFF), "rb") as f:
            xliff = f.read()
        damage(XLIFF, xliff[: len(xliff) * 2 // 3])
        result, findings = report("content", "translations")
        on_xliff = [f for f in findings if f["file"] == "translations/en-US/migraine.xlf"]
        check(result.returncode == 1, f"truncated XLIFF: exit 1, not {result.returncode}")
        check(any(f["rule_id"] == "schema.not-well-formed" and f["line"] >= 1 for f in on_xliff),
              f"truncated XLIFF: positioned: {on_xliff[:2]}")
        check(any(f["file"].startswith("translations/en-US/") and f["file"] != on_xliff[0]["file"]
                  for f in findings) if on_xliff else False,
              "truncated XLIFF: the other XLIFF files are still checked")
        restore(XLIFF)

        _, again = report()
        check(again == intact, "with every file restored, the report is the intact one")
    return finish("corrupt inputs")


if __name__ == "__main__":
    sys.exit(main())
