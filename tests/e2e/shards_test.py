#!/usr/bin/env python3
"""`medloc check --shard K/N` and `medloc merge-results` with the real binary:
  - four shards partition the files (each file once), keep an article with its
    translations, and joined by merge-results give byte for byte the report of one
    unsharded run, in every output format;
  - bad shard specifications, files that are not medloc JSON reports, reports nested too
    deeply and overlapping shards (the same shard twice) are errors (exit 2).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from e2e_support import REPO, argument_parser, check, finish, scratch_project

# Hunspell bounds the time it spends on suggestions, so two runs may suggest differently:
# unknown words are left out of the byte-for-byte comparison.
INPUTS = ["--severity", "spelling.unknown-word=off", "content", "translations",
          "tests/fixtures/broken", "tests/fixtures/rules"]
FORMATS = ["json", "text", "junit", "sarif", "github"]


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)

    def medloc(*args):
        return subprocess.run([binary, *args], cwd=scratch_project(), capture_output=True, text=True,
                              timeout=120)

    with tempfile.TemporaryDirectory() as work:
        shards = []
        for k in range(1, 5):
            path = os.path.join(work, f"shard-{k}.json")
            result = medloc("check", "--today", "2026-11-24", "--shard", f"{k}/4", "--format",
                            "json", "--output", path, *INPUTS)
            check(result.returncode in (0, 1), f"shard {k}: {result.stderr}")
            shards.append(path)
        files = [json.load(open(p))["checked_files"] for p in shards]
        every = [f for share in files for f in share]
        check(len(every) == len(set(every)), "no file in two shards")
        whole = json.loads(medloc("check", "--today", "2026-11-24", "--format", "json", *INPUTS).stdout)
        check(sorted(every) == whole["checked_files"], "the shards cover every file")
        for share in files:
            names = {os.path.basename(f) for f in share}
            for f in share:
                if f.startswith("translations/"):
                    check(os.path.basename(f)[:-4] + ".xml" in names or
                          not os.path.exists(os.path.join(REPO, "content", os.path.basename(f)[:-4] + ".xml")),
                          f"{f} is in the shard of its article")
        check(sum(1 for share in files if share) >= 3, "the work is spread over the shards")
        for fmt in FORMATS:
            one = medloc("check", "--today", "2026-11-24", "--format", fmt, *INPUTS)
            joined = medloc("merge-results", "--format", fmt, *shards)
            check(one.stdout == joined.stdout, f"{fmt}: merged shards differ from one run")
            check(one.returncode == joined.returncode, f"{fmt}: exit status differs")

        for bad in ("0/4", "5/4", "1/0", "a/b", "2", "1/4/2"):
            result = medloc("check", "--shard", bad, "content")
            check(result.returncode == 2 and "--shard takes K/N" in result.stderr,
                  f"--shard {bad}: {result.returncode} {result.stderr}")
        for name, text in (("foreign.json", '{"version": "2.1.0", "runs": []}'),
                           ("wrong-type.json", '{"tool": "medloc", "format_version": "1"}')):
            foreign = os.path.join(work, name)
            with open(foreign, "w") as f:
                f.write(text)
            result = medloc("merge-results", shards[0], foreign)
            check(result.returncode == 2 and "is not a medloc JSON report" in result.stderr,
                  f"{name}: {result.stderr}")

        # Overlapping shards: the same shard twice (once under another name) would count its
        # findings twice; it is an error, and no report is written.
        populated = next(p for p, share in zip(shards, files) if share)
        copy = os.path.join(work, "copy-of-a-shard.json")
        shutil.copy(populated, copy)
        merged_out = os.path.join(work, "merged.json")
        for twice in ([populated, populated], [populated, *shards]):
            result = medloc("merge-results", "--format", "json", "--output", merged_out, *twice)
            check(result.returncode == 2 and "each shard must be given once" in result.stderr,
                  f"overlapping shards: exit {result.returncode} {result.stderr}")
        result = medloc("merge-results", *shards, copy)
        check(result.returncode == 2 and "copy-of-a-shard.json" in result.stderr,
              f"a copy of a shard: exit {result.returncode} {result.stderr}")
        check(not os.path.exists(merged_out), "no report written for overlapping shards")

        # A report nested a million levels deep (a stack overflow, before) and one too large
        # to read: errors, not crashes.
        deep = os.path.join(work, "deep.json")
        with open(deep, "w") as f:
            f.write('{"tool": {"name": "medloc"}, "format_version": 1, "summary": {"files": 1}, '
                    '"findings": [], "checked_files": [' + "[" * 1000000 + "]" * 1000000 + "]}")
        result = medloc("merge-results", deep)
        check(result.returncode == 2 and "nested deeper than 256 levels" in result.stderr,
              f"deeply nested report: exit {result.returncode} {result.stderr[-300:]}")
    return finish("shard")


if __name__ == "__main__":
    sys.exit(main())
