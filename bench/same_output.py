#!/usr/bin/env python3
"""Compares the reports of two medloc builds byte for byte: standard output, standard error
and exit status of `check`, `validate`, `baseline write` and `merge-results` in every output
format, on a copy of the sample project (articles, translations, the termbase, the broken
and rule fixtures, standard input named to sort first, in the middle and last, a baseline,
shards, `--language fr`, one and four jobs, a cold and a warm cache) and on a generated
corpus of real drug-label French (bench/scale.py's generator, --articles, read from
--data). Used to show that a change of how the report is produced (streaming) changed
nothing of what it says.

    python3 bench/same_output.py --old OLD/medloc --new build/medloc [--articles 3000]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scale  # noqa: E402  (the corpus generator)

REPO = scale.REPO
PROJECT = ("content", "translations", "terminology", "schemas", "tests/fixtures", "medloc.ini")
FORMATS = ("text", "json", "sarif", "junit", "github")


def copy_project(work, name):
    project = os.path.join(work, name)
    for item in PROJECT:
        source, copy = os.path.join(REPO, item), os.path.join(project, item)
        if os.path.isdir(source):
            shutil.copytree(source, copy)
        else:
            os.makedirs(os.path.dirname(copy), exist_ok=True)
            shutil.copy(source, copy)
    return project


def cases():
    """(label, arguments, standard input file or None, names of files it writes)."""
    today = ["--today", "2026-11-24"]
    for fmt in FORMATS:
        f = ["--format", fmt]
        yield f"check {fmt}", ["check", "--no-cache", *today, *f], None, ()
        yield f"check content translations {fmt}", \
            ["check", "--no-cache", *today, *f, "content", "translations"], None, ()
        yield f"check fixtures {fmt}", \
            ["check", "--no-cache", *today, *f, "content", "translations", "tests/fixtures/broken",
             "tests/fixtures/rules", "tests/fixtures/bilingual"], None, ()
        yield f"check okapi termbase {fmt}", \
            ["check", "--no-cache", *today, *f, "--termbase",
             "tests/fixtures/terminology/okapi-medtronic-2008.tbx", "content",
             "tests/fixtures/rules/terminology.deprecated-term"], None, ()
        for name in ("aaa.xml", "content/gastro-enterite.xml", "zzz/stdin.xml",
                     "translations/en-US/x.xlf"):
            yield f"check stdin {name} {fmt}", \
                ["check", "--no-cache", *today, *f, "--stdin-filename", name, "content",
                 "translations", "-"], "content/migraine.xml", ()
        yield f"check --output {fmt}", \
            ["check", "--no-cache", *today, *f, "--output", "out/report", "content"], None, \
            ("out/report",)
        yield f"validate {fmt}", ["validate", "--no-cache", *f, "content", "tests/fixtures"], \
            None, ()
        yield f"check jobs 1 {fmt}", ["check", "--no-cache", "--jobs", "1", *today, *f], None, ()
        yield f"check jobs 4 {fmt}", ["check", "--no-cache", "--jobs", "4", *today, *f], None, ()
        yield f"check --baseline {fmt}", \
            ["check", "--no-cache", *today, *f, "--baseline", "baseline.json", "content",
             "translations"], None, ()
        yield f"check shard 2/3 {fmt}", \
            ["check", "--no-cache", *today, *f, "--shard", "2/3", "content", "translations"], \
            None, ()
    yield "check --language fr", ["check", "--no-cache", *today, "--language", "fr", "content"], \
        None, ()
    yield "baseline write", ["baseline", "write", "out/b.json", "--no-cache", *today, "content",
                             "translations"], None, ("out/b.json",)
    yield "check missing dictionary", \
        ["check", "--no-cache", "--dictionary-path", "tests/fixtures/broken", "content"], None, ()
    yield "check cold cache json", ["check", *today, "--format", "json", "--cache",
                                    "cache.sqlite"], None, ()
    yield "check warm cache json", ["check", *today, "--format", "json", "--cache",
                                    "cache.sqlite"], None, ()
    for k in (1, 2, 3):
        yield f"shard {k}/3 json", ["check", "--no-cache", *today, "--format", "json", "--shard",
                                    f"{k}/3", "--output", f"out/shard-{k}.json", "content",
                                    "translations"], None, (f"out/shard-{k}.json",)
    for fmt in FORMATS:
        yield f"merge-results {fmt}", ["merge-results", "--format", fmt, "out/shard-1.json",
                                       "out/shard-2.json", "out/shard-3.json"], None, ()


def run(binary, project, args, stdin, writes):
    given = open(os.path.join(project, stdin), "rb") if stdin else subprocess.DEVNULL
    try:
        result = subprocess.run([binary, *args], cwd=project, stdin=given, capture_output=True,
                                timeout=1800, env=dict(os.environ, NO_COLOR="1",
                                                       LC_ALL="C.UTF-8"))
    finally:
        if stdin:
            given.close()
    files = {}
    for name in writes:
        with open(os.path.join(project, name), "rb") as f:
            files[name] = f.read()
    return result.returncode, result.stdout, result.stderr, files


# Hunspell stops its suggestion search after a time limit, so under load the suggestions of
# names and unknown terms (those the typo model has none for) can change from one run to
# the next, with the same binary (tests/e2e/run_golden.py says the same).
TIME_LIMITED_TEXT = re.compile(  # text: the suggestions come before the rule id
    rb"(?: \(did you mean .*\?\))?( \[spelling\.unknown-(?:name|term)\])$", re.M)
TIME_LIMITED_GITHUB = re.compile(  # GitHub: the rule id is the title, before the message
    rb"(,title=spelling\.unknown-(?:name|term)::.*?)(?: \(suggestion: [^\n]*\))?$", re.M)


def without_time_limited(output):
    try:
        report = json.loads(output)
    except ValueError:
        return TIME_LIMITED_GITHUB.sub(rb"\1", TIME_LIMITED_TEXT.sub(rb"\1", output))
    for finding in report.get("findings", []) if isinstance(report, dict) else []:
        if finding.get("rule_id", "").startswith(("spelling.unknown-name",
                                                  "spelling.unknown-term")):
            finding["suggestions"] = None
    return json.dumps(report, ensure_ascii=False, indent=1).encode()


def run_all(binary, project, labelled_cases):
    return [run(binary, project, args, stdin, writes) for _, args, stdin, writes in labelled_cases]


def compare(labelled_cases, olds, news):
    differ = 0
    for (label, *_), a, b in zip(labelled_cases, olds, news):
        if a == b:
            verdict = "same"
        elif (a[0], a[2], without_time_limited(a[1]),
              {k: without_time_limited(v) for k, v in a[3].items()}) == \
                (b[0], b[2], without_time_limited(b[1]),
                 {k: without_time_limited(v) for k, v in b[3].items()}):
            verdict = "same but for time-limited suggestions"
        else:
            verdict = "DIFFERENT"
            differ += 1
        print(f"exit {a[0]} {len(a[1]) + sum(map(len, a[3].values())):>10} bytes  {label}: "
              f"{verdict}")
        if verdict == "DIFFERENT":
            for what, x, y in (("exit", a[0], b[0]), ("stdout", a[1], b[1]),
                               ("stderr", a[2], b[2]), ("files", a[3], b[3])):
                if x != y:
                    at = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), 0) \
                        if isinstance(x, bytes) else 0
                    print(f"    {what} differs at byte {at}: {x[at:at + 200]!r}\n"
                          f"    vs {y[at:at + 200]!r}" if isinstance(x, bytes) else
                          f"    {what} differs")
    return differ


def each_side(work, make, old, new, labelled_cases):
    """Runs every case with each binary in a fresh project at the same path (SARIF names
    the directory medloc ran in)."""
    results = []
    for binary in (old, new):
        project = make()
        results.append(run_all(binary, project, labelled_cases))
        shutil.rmtree(project)
    return compare(labelled_cases, *results)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True)
    parser.add_argument("--new", required=True)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data"))
    args = parser.parse_args()
    old, new = os.path.abspath(args.old), os.path.abspath(args.new)
    with tempfile.TemporaryDirectory() as work:
        def sample():
            project = copy_project(work, "project")
            os.makedirs(os.path.join(project, "out"))
            # The same baseline for both, written by the old build before an article changed.
            subprocess.run([old, "baseline", "write", "baseline.json", "--no-cache", "--today",
                            "2026-11-24", "content", "translations"], cwd=project,
                           capture_output=True, check=True)
            path = os.path.join(project, "content", "migraine.xml")
            with open(path, encoding="utf-8") as f:
                text = f.read()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text.replace("</title>", " microrragies</title>", 1))
            return project

        differ = each_side(work, sample, old, new, list(cases()))
        if args.articles > 0:
            pool = scale.sentences(args.data)

            def corpus():
                return scale.make_project(work, args.articles, pool)[0]

            big = [(f"{args.articles} articles {fmt}",
                    ["check", "--no-cache", "--today", "2026-11-24", "--format", fmt], None, ())
                   for fmt in FORMATS]
            big.append((f"{args.articles} articles json, jobs 1",
                        ["check", "--no-cache", "--jobs", "1", "--format", "json"], None, ()))
            differ += each_side(work, corpus, old, new, big)
    print(f"\n{differ} cases differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
