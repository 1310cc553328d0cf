#!/usr/bin/env python3
"""Alarms and recall of medloc's calque and false-friend rules (usage.false-friend,
usage.calque; entries in terminology/calques.fr.usage).

1. Alarms on real French medical text: the public corpora of ../shared/data (see each
   PROVENANCE.md; read by bench/french_corpora.py), each split by document into a tuning
   half and an evaluation half, are turned into medloc articles (one <p> per paragraph) in
   a temporary folder; nothing of them is written into the repository. `medloc check`
   runs with the usage rules alone and the script prints, per corpus, the words (runs of
   letters, apostrophes and hyphens), the alarms and the alarms per 1,000 words. Every
   alarm is listed with its sentence (--list) for the review in docs/benchmarks.md.
   Tune on --half tuning; report --half evaluation.

2. Recall on machine-translation-style sentences written for this purpose
   (bench/usage-recall.fr.tsv: the entry expected, a tab, the sentence): the share that
   medloc reports with the expected entry, and the sentences it misses. Sentences marked
   `-` must stay silent (correct French that looks like a calque).

    python3 bench/usage_quality.py --half evaluation --list
"""
import argparse
import collections
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import french_corpora  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<article xmlns="urn:medloc:article:1" id="{id}" xml:lang="fr-FR" revision="1">\n'
          '  <meta><title id="title">Corpus</title><audience>professional</audience>'
          '<specialty>general-medicine</specialty><review status="draft"/></meta>\n'
          '  <question id="q">Corpus</question>\n  <answer>\n')
USAGE_RULES = ("usage.false-friend", "usage.calque")
ENTRY = re.compile(r"entry ([a-z0-9-]+)\)")


def write_articles(paragraphs, folder, prefix):
    """One article per 200 paragraphs; returns {(article id, block id): paragraph}."""
    os.makedirs(folder, exist_ok=True)
    blocks = {}
    for start in range(0, len(paragraphs), 200):
        article = f"{prefix}-{start // 200:04d}"
        body = []
        for n, text in enumerate(paragraphs[start:start + 200], start):
            body.append(f'    <p id="p-{n}">{html.escape(text, quote=False)}</p>\n')
            blocks[(article, f"p-{n}")] = text
        with open(os.path.join(folder, article + ".xml"), "w", encoding="utf-8") as f:
            f.write(HEADER.format(id=article) + "".join(body) + "  </answer>\n</article>\n")
    return blocks


def usage_findings(binary, folder, rules):
    off = [a for r in rules if r not in USAGE_RULES and not r.startswith("schema.")
           for a in ("--severity", f"{r}=off")]
    run = subprocess.run([binary, "check", "--no-cache", "--format", "json", *off, folder],
                         capture_output=True, cwd=REPO)
    if run.returncode not in (0, 1):
        sys.exit(f"medloc failed ({run.returncode}): {run.stderr.decode(errors='replace')[:500]}")
    findings = json.loads(run.stdout)["findings"]
    broken = [f for f in findings if f["rule_id"].startswith("schema.")]
    if broken:
        sys.exit(f"generated articles are invalid: {broken[:3]}")
    return [f for f in findings if f["rule_id"] in USAGE_RULES]


def context_of(folder, finding, width=70):
    """The sentence around a finding, from its line and column in the generated file."""
    path = os.path.join(folder, finding["document_id"] + ".xml")
    with open(path, encoding="utf-8") as f:
        line = f.read().split("\n")[finding["line"] - 1]
    at = finding["column"] - 1
    escaped = html.escape(finding["flagged_text"], quote=False)
    before = html.unescape(line[max(0, at - width): at]).split(">")[-1]
    after = html.unescape(line[at + len(escaped): at + len(escaped) + width]).split("<")[0]
    return f"{before}[[{finding['flagged_text']}]]{after}"


def alarms(options, rules, work):
    print(f"half: {options.half}\n")
    print(f"{'corpus':<24}{'licence':<36}{'documents':>10}{'words':>9}{'alarms':>8}{'per 1,000':>11}")
    total_words = total_alarms = 0
    listing = []
    by_entry = collections.Counter()
    seconds = 0.0
    for n, (corpus, (licence, _)) in enumerate(french_corpora.CORPORA.items()):
        pairs = list(french_corpora.read_half(options.data, corpus, options.half))
        paragraphs = [p for _, p in pairs]
        documents = len({d for d, _ in pairs})
        folder = os.path.join(work, f"c{n}")
        blocks = write_articles(paragraphs, folder, f"c{n}")
        started = time.monotonic()
        findings = usage_findings(options.binary, folder, rules)
        seconds += time.monotonic() - started
        words = sum(len(WORD.findall(p)) for p in paragraphs)
        total_words += words
        total_alarms += len(findings)
        print(f"{corpus:<24}{licence:<36}{documents:>10}{words:>9}{len(findings):>8}"
              f"{1000 * len(findings) / max(words, 1):>11.3f}")
        for f in findings:
            entry = ENTRY.search(f["message"]).group(1)
            by_entry[entry] += 1
            listing.append((corpus, entry, f["flagged_text"], context_of(folder, f)))
    print(f"{'all':<24}{'':<36}{'':>10}{total_words:>9}{total_alarms:>8}"
          f"{1000 * total_alarms / max(total_words, 1):>11.3f}")
    print(f"\nmedloc check with the usage rules alone: {seconds:.1f} s for {total_words} words")
    if by_entry:
        print("\nalarms by entry: " + ", ".join(f"{e} ({c})" for e, c in by_entry.most_common()))
    if options.list:
        print("\nevery alarm (corpus, entry, reported words, sentence):")
        for corpus, entry, flagged, context in listing:
            print(f"- {corpus} | {entry} | {flagged} | {context}")


def recall(options, rules, work):
    cases = []
    with open(options.recall, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            expected, _, sentence = line.partition("\t")
            if not sentence:
                sys.exit(f"{options.recall}:{number}: expected `entry<TAB>sentence`")
            cases.append((expected.strip(), sentence.strip()))
    folder = os.path.join(work, "recall")
    write_articles([s for _, s in cases], folder, "r")
    found = collections.defaultdict(set)
    for f in usage_findings(options.binary, folder, rules):
        found[(f["document_id"], f["block_id"])].add(ENTRY.search(f["message"]).group(1))
    positives = [(n, e, s) for n, (e, s) in enumerate(cases) if e != "-"]
    negatives = [(n, e, s) for n, (e, s) in enumerate(cases) if e == "-"]

    def entries_of(n):
        return found.get((f"r-{n // 200:04d}", f"p-{n}"), set())

    hits = [(n, e, s) for n, e, s in positives if e in entries_of(n)]
    other = [(n, e, s) for n, e, s in positives if e not in entries_of(n) and entries_of(n)]
    missed = [(n, e, s) for n, e, s in positives if not entries_of(n)]
    noisy = [(n, e, s) for n, e, s in negatives if entries_of(n)]
    print(f"\nrecall on {len(positives)} machine-translation-style sentences "
          f"({options.recall}): {len(hits)}/{len(positives)} = {len(hits) / max(len(positives), 1):.1%} "
          f"reported by the expected entry; {len(other)} by another entry only; {len(missed)} missed")
    print(f"silence on {len(negatives)} correct sentences: {len(negatives) - len(noisy)}/{len(negatives)}")
    for label, items in (("missed", missed), ("reported by another entry", other),
                         ("correct but reported", noisy)):
        for n, e, s in items:
            print(f"  {label}: [{e}] {s}  -> {sorted(entries_of(n)) or '-'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(REPO, "build", "medloc"))
    parser.add_argument("--data", default=os.path.join(os.path.dirname(REPO), "shared", "data"))
    parser.add_argument("--half", choices=french_corpora.HALVES, default="evaluation")
    parser.add_argument("--list", action="store_true", help="print every alarm with its sentence")
    parser.add_argument("--recall", default=os.path.join(REPO, "bench", "usage-recall.fr.tsv"),
                        help="the machine-translation-style sentences; empty: no recall run")
    parser.add_argument("--no-corpora", action="store_true", help="recall only")
    options = parser.parse_args()
    rules = [r["id"] for r in json.loads(subprocess.run(
        [options.binary, "rules", "--format", "json"], capture_output=True, check=True).stdout)["rules"]]
    with tempfile.TemporaryDirectory() as work:
        if not options.no_corpora:
            if not os.path.isdir(options.data):
                sys.exit(f"no corpora at {options.data} (--data)")
            alarms(options, rules, work)
        if options.recall:
            recall(options, rules, work)


if __name__ == "__main__":
    main()
