#!/usr/bin/env python3
"""Speed and memory of `medloc check` on a large generated corpus: a cold full check, a
warm check with the result cache, and a check after one file changed, beside
`xmllint --noout --schema` on the same files, in one run.

The corpus is the sample project's articles (content/*.xml, all of them in turn, so the
real mix of findings), copied into --articles articles with new ids. Each medloc run
writes its JSON report to a file; the warm report must equal the cold one byte for byte.
Peak memory is the maximum resident set of the process (for xmllint, the largest batch).
Numbers vary with the machine: compare the ratios, printed last.

    python3 bench/check_speed.py [--articles 10000] [--jobs N] [--binary build/medloc]
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import tempfile

from process_measure import file_digest, measured, report_summary, xmllint

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make_corpus(work, count):
    project = os.path.join(work, "project")
    os.makedirs(os.path.join(project, "content"))
    for folder in ("terminology", "schemas"):
        shutil.copytree(os.path.join(REPO, folder), os.path.join(project, folder))
    shutil.copy(os.path.join(REPO, "medloc.ini"), project)
    samples = []
    for path in sorted(glob.glob(os.path.join(REPO, "content", "*.xml"))):
        with open(path, encoding="utf-8") as f:
            samples.append((os.path.basename(path)[:-4], f.read()))
    size = 0
    for n in range(count):
        stem, text = samples[n % len(samples)]
        name = f"{stem}-{n:05d}"
        body = text.replace(f'id="{stem}"', f'id="{name}"', 1)
        with open(os.path.join(project, "content", name + ".xml"), "w", encoding="utf-8") as f:
            f.write(body)
        size += len(body.encode())
    return project, size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(REPO, "build", "medloc"))
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=0, help="medloc --jobs (0: every core)")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    with tempfile.TemporaryDirectory() as work:
        project, size = make_corpus(work, args.articles)
        files = sorted(glob.glob(os.path.join(project, "content", "*.xml")))
        check = [binary, "check", "--format", "json", "--jobs", str(args.jobs)]
        reports = {}
        rows = []

        def run(label, extra=()):
            out = os.path.join(work, label.split()[0] + ".json")
            seconds, cpu, memory, status, err = measured(check + list(extra), project, out)
            if status not in (0, 1):
                raise SystemExit(f"{label}: medloc exited {status}: {err[-800:]}")
            # A digest, not the bytes: the report of 100,000 articles is hundreds of MiB.
            reports[label] = file_digest(out)
            summary = report_summary(out)
            if summary["files"] != args.articles:
                raise SystemExit(f"{label}: {summary['files']} files checked, not {args.articles}")
            rows.append((label, seconds, memory, summary["findings"]))
            return seconds

        shutil.rmtree(os.path.join(project, ".medloc"), ignore_errors=True)
        cold = run("cold (empty cache)")
        warm = run("warm (cache, nothing changed)")
        if reports["warm (cache, nothing changed)"] != reports["cold (empty cache)"]:
            raise SystemExit("the warm report differs from the cold one")
        changed_file = files[len(files) // 2]
        with open(changed_file, encoding="utf-8") as f:
            text = f.read()
        with open(changed_file, "w", encoding="utf-8") as f:
            f.write(text.replace("</title>", " microrragies</title>", 1))
        changed = run("one file changed")
        uncached = run("no cache (--no-cache)", ["--no-cache"])

        # xmllint in batches that fit a command line; the largest batch's memory.
        xml_seconds, _, xml_memory = xmllint(project, files)
        rows.append(("xmllint --schema (validation only)", xml_seconds, xml_memory, None))

        print(f"{args.articles} articles, {size / 2**20:.1f} MiB, medloc --jobs "
              f"{args.jobs or os.cpu_count()} on {os.cpu_count()} cores")
        print(f"{'run':40} {'seconds':>8} {'peak MiB':>9} {'findings':>9}")
        for label, seconds, memory, findings in rows:
            print(f"{label:40} {seconds:8.2f} {memory:9.1f} {findings if findings is not None else '':>9}")
        print(f"warm / cold: {warm / cold:.3f}   one changed / cold: {changed / cold:.3f}   "
              f"cold / no cache: {cold / uncached:.2f}")
        print(f"cold / xmllint: {cold / xml_seconds:.2f}   warm / xmllint: {warm / xml_seconds:.3f}"
              f"   one changed / xmllint: {changed / xml_seconds:.3f}")


if __name__ == "__main__":
    main()
