#!/usr/bin/env python3
"""How `medloc check` scales: CPU, wall time and peak memory on generated corpora of real
drug-label French, beside the peers measured in the same run on the same files:
`xmllint --noout --schema` (loading and validation) and `hunspell -l` (spelling alone).

The articles are built from the sentences of real regulatory French (the EMA documents of
QUAERO's EMEA part, GFDL, and the SmPC sections of rcp-fr-medinfo2019), read from the shared
data folder (--data); nothing of that text is kept. For each corpus size it prints:
  - cold check (empty result cache), warm re-run (nothing changed), one file changed,
    and --no-cache; the warm report must equal the cold one byte for byte;
  - xmllint --schema on the same files and hunspell -l on their text;
then a scaling table (peak memory against corpus size: flat when findings stream), and one
big article (--big-mib) with its peak memory as a multiple of its size.

CPU is user + system time of the process (/usr/bin/time), so other load on the machine changes
wall time, not CPU. Numbers vary with the machine: compare the ratios.

    python3 bench/scale.py [--sizes 1000,10000,100000] [--big-mib 50] [--data DIR]
"""
import argparse
import glob
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import tempfile

from process_measure import file_digest, measured, report_summary, xmllint

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ])")


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sentences(data):
    found = []
    files = sorted(glob.glob(os.path.join(data, "quaero-frenchmed", "EMEA", "*", "*.txt")))
    files += sorted(glob.glob(os.path.join(data, "rcp-fr-medinfo2019", "*.txt")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = " ".join(f.read().split())
        for sentence in SENTENCE.split(text):
            if 20 <= len(sentence) <= 400:
                found.append(sentence)
    if not found:
        raise SystemExit(f"no French text under {data} (quaero-frenchmed, rcp-fr-medinfo2019)")
    return found


def article(identifier, pool, rng, paragraphs):
    blocks = []
    for p in range(paragraphs):
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 5)))
        blocks.append(f'    <p id="p{p}">{escape(text)}</p>\n')
    items = "".join(f'      <item id="l-{i}">{escape(rng.choice(pool))}</item>\n'
                    for i in range(rng.randint(2, 4)))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<article xmlns="urn:medloc:article:1" id="{identifier}" xml:lang="fr-FR" '
            'revision="1">\n  <meta>\n'
            f'    <title id="title">{escape(rng.choice(pool)[:120])}</title>\n'
            '    <audience>professional</audience>\n    <specialty>pharmacology</specialty>\n'
            '    <review status="draft"/>\n  </meta>\n'
            '  <question id="q">Que dit le résumé des caractéristiques du produit\u00a0?</question>\n'
            '  <answer>\n' + "".join(blocks) + f'    <list id="l">\n{items}    </list>\n'
            '  </answer>\n</article>\n')


def make_project(work, count, pool, seed=7):
    project = os.path.join(work, f"project-{count}")
    os.makedirs(os.path.join(project, "content"))
    for folder in ("terminology", "schemas"):
        shutil.copytree(os.path.join(REPO, folder), os.path.join(project, folder))
    shutil.copy(os.path.join(REPO, "medloc.ini"), project)
    rng = random.Random(seed)
    size = 0
    with open(os.path.join(work, f"text-{count}.txt"), "w", encoding="utf-8") as text:
        for n in range(count):
            name = f"rcp-{n:06d}"
            body = article(name, pool, rng, rng.randint(4, 9))
            with open(os.path.join(project, "content", name + ".xml"), "w",
                      encoding="utf-8") as f:
                f.write(body)
            size += len(body.encode())
            text.write(("\n" if n else "") + re.sub(r"<[^>]+>", " ", body))
    return project, size


def run_size(binary, jobs, work, count, pool):
    project, size = make_project(work, count, pool)
    files = sorted(glob.glob(os.path.join(project, "content", "*.xml")))
    # No suggestion budget: a file whose suggestions a budget cut is not cached, so on a busy
    # machine the warm run would redo it and differ from the cold one.
    check = [binary, "check", "--format", "json", "--jobs", str(jobs), "--suggest-seconds",
             "1000000", "--suggest-seconds-per-file", "1000000"]
    rows, reports = [], {}

    def run(label, extra=()):
        out = os.path.join(work, f"report-{count}.json")
        wall, cpu, peak, status, err = measured(check + list(extra), project, out)
        if status not in (0, 1):
            raise SystemExit(f"{label}: medloc exited {status}: {err}")
        reports[label] = file_digest(out)
        rows.append((label, wall, cpu, peak, report_summary(out)["findings"]))
        os.remove(out)
        return wall, cpu, peak

    cold = run("medloc check, cold")
    warm = run("medloc check, warm")
    if reports["medloc check, warm"] != reports["medloc check, cold"]:
        raise SystemExit("the warm report differs from the cold one")
    with open(files[len(files) // 2], encoding="utf-8") as f:
        text = f.read()
    with open(files[len(files) // 2], "w", encoding="utf-8") as f:
        f.write(text.replace("</title>", " microrragies</title>", 1))
    changed = run("medloc check, one file changed")
    run("medloc check --no-cache", ["--no-cache"])
    x_wall, x_cpu, x_peak = xmllint(project, files)
    rows.append(("xmllint --noout --schema", x_wall, x_cpu, x_peak, None))
    h_wall, h_cpu, h_peak, status, err = measured(
        ["hunspell", "-d", "fr_FR", "-l"], work, stdin=os.path.join(work, f"text-{count}.txt"))
    if status != 0:
        raise SystemExit(f"hunspell exited {status}: {err}")
    rows.append(("hunspell -d fr_FR -l (text only)", h_wall, h_cpu, h_peak, None))

    print(f"\n{count} articles, {size / 2**20:.1f} MiB, medloc --jobs {jobs or os.cpu_count()} "
          f"on {os.cpu_count()} cores")
    print(f"{'run':36} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9} {'findings':>9}")
    for label, wall, cpu, peak, findings in rows:
        print(f"{label:36} {wall:8.2f} {cpu:8.2f} {peak:9.1f} "
              f"{findings if findings is not None else '':>9}")
    print(f"cold CPU / xmllint CPU: {cold[1] / max(x_cpu, 0.01):.2f}   cold CPU per article: "
          f"{1000 * cold[1] / count:.2f} ms   peak per article: {1024 * cold[2] / count:.1f} KiB")
    print(f"warm / cold (wall): {warm[0] / cold[0]:.3f}   one changed: {changed[0]:.2f} s wall")
    shutil.rmtree(project)
    return count, size, cold


def big_article(binary, work, pool, mib):
    project = os.path.join(work, "big")
    os.makedirs(os.path.join(project, "content"))
    for folder in ("terminology", "schemas"):
        shutil.copytree(os.path.join(REPO, folder), os.path.join(project, folder))
    shutil.copy(os.path.join(REPO, "medloc.ini"), project)
    rng = random.Random(11)
    path = os.path.join(project, "content", "big.xml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(article("big", pool, rng, 1).split("  <answer>\n")[0] + "  <answer>\n")
        written, p = 0, 0
        while written < mib * 2**20:
            block = f'    <p id="p{p}">{escape(" ".join(rng.choice(pool) for _ in range(4)))}</p>\n'
            f.write(block)
            written += len(block.encode())
            p += 1
        f.write("  </answer>\n</article>\n")
    size = os.path.getsize(path)
    wall, cpu, peak, status, err = measured(
        [binary, "check", "--no-cache", "--format", "json", "--max-file-size", str(2 * size),
         "content/big.xml"], project, os.path.join(work, "big.json"))
    if status not in (0, 1):
        raise SystemExit(f"big article: medloc exited {status}: {err}")
    print(f"\none article of {size / 2**20:.1f} MiB: {wall:.1f} s wall, {cpu:.1f} s CPU, "
          f"peak {peak:.0f} MiB = {peak * 2**20 / size:.1f} x its size")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(REPO, "build", "medloc"))
    parser.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data"))
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--big-mib", type=float, default=50)
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    pool = sentences(args.data)
    with tempfile.TemporaryDirectory() as work:
        table = [run_size(binary, args.jobs, work, int(n), pool) for n in args.sizes.split(",")]
        print("\nscaling (cold check):")
        print(f"{'articles':>9} {'MiB':>8} {'CPU s':>8} {'peak MiB':>9} {'KiB/article':>12}")
        for count, size, (wall, cpu, peak) in table:
            print(f"{count:9} {size / 2**20:8.1f} {cpu:8.1f} {peak:9.1f} {1024 * peak / count:12.2f}")
        if args.big_mib > 0:
            big_article(binary, work, pool, args.big_mib)


if __name__ == "__main__":
    main()
