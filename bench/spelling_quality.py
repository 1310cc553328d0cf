#!/usr/bin/env python3
"""False alarms and recall of medloc's French spelling check on real medical text.

The public French corpora in ../shared/data (see each PROVENANCE.md) are turned into
medloc articles (one <p> per paragraph) in a temporary folder; nothing of them is written
into the repository. Then:
  1. false alarms: `medloc check` with spelling.unknown-word alone; prints per corpus the
     words checked (runs of letters, apostrophes and hyphens inside words — an
     approximation of ICU's count), the words flagged, their share, and the most frequent
     flagged words, to be read one by one;
  2. recall: misspellings are injected, with a fixed seed, into words medloc accepted
     (a letter deleted, two letters swapped, an accent dropped, a consonant doubled, a
     keyboard neighbour), keeping only those Debian's `hunspell -l` also rejects, and the
     share medloc flags at the right place is printed, per kind, with the share whose
     suggestions hold the original word.
"""
import argparse
import collections
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<article xmlns="urn:medloc:article:1" id="{id}" xml:lang="fr-FR" revision="1">\n'
          '  <meta><title id="title">Corpus</title><audience>professional</audience>'
          '<specialty>general-medicine</specialty><review status="draft"/></meta>\n'
          '  <question id="q">Corpus</question>\n  <answer>\n')


def read_corpora(data):
    def json_files(pattern, field):
        for path in sorted(glob.glob(os.path.join(data, pattern))):
            with open(path, encoding="utf-8") as f:
                yield from json.load(f)[field].split("\n")

    def mcqa():
        for name in ("train", "dev", "test"):
            with open(os.path.join(data, "frenchmedmcqa", name + ".json"), encoding="utf-8") as f:
                for item in json.load(f):
                    yield item["question"]
                    yield from item["answers"].values()

    def text_files(pattern):
        for path in sorted(glob.glob(os.path.join(data, pattern), recursive=True)):
            with open(path, encoding="utf-8", errors="replace") as f:
                yield from f.read().split("\n")

    def medline_titles():
        with open(os.path.join(data, "quaero-frenchmed", "MEDLINE_titles.tsv"), encoding="utf-8") as f:
            next(f)
            for line in f:
                yield line.rstrip("\n").split("\t")[-1]

    return {
        "frenchmedmcqa (Apache-2.0)": mcqa,
        "e3c clinical cases (CC BY)": lambda: json_files("e3c-fr-clinical-cases/layer1/*.json", "text"),
        "quaero EMEA (GFDL)": lambda: text_files("quaero-frenchmed/EMEA/**/*.txt"),
        "quaero MEDLINE titles (GFDL)": medline_titles,
        "rcp SmPC sections (no licence stated; measured only)": lambda: text_files("rcp-fr-medinfo2019/*.txt"),
        "labforsims2 dialogues (CC BY-SA, colloquial)": lambda: text_files("labforsims2-dialogues-fr/**/*.txt"),
        "e3c patient leaflets (CC BY-NC; measured only)": lambda: json_files("e3c-fr-patient-leaflets/*.json", "text"),
    }


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_articles(paragraphs, folder, prefix):
    os.makedirs(folder, exist_ok=True)
    blocks = {}
    for start in range(0, len(paragraphs), 200):
        article = f"{prefix}-{start // 200:04d}"
        body = []
        for n, text in enumerate(paragraphs[start:start + 200], start):
            body.append(f'    <p id="p-{n}">{escape(text)}</p>\n')
            blocks[(article, f"p-{n}")] = text
        with open(os.path.join(folder, article + ".xml"), "w", encoding="utf-8") as f:
            f.write(HEADER.format(id=article) + "".join(body) + "  </answer>\n</article>\n")
    return blocks


def spelling_findings(binary, folder, rules):
    off = [a for r in rules if r != "spelling.unknown-word" and not r.startswith("schema.")
           for a in ("--severity", f"{r}=off")]
    run = subprocess.run([binary, "check", "--format", "json", *off, folder], capture_output=True, cwd=REPO)
    report = json.loads(run.stdout)
    broken = [f for f in report["findings"] if f["rule_id"].startswith("schema.")]
    if broken:
        sys.exit(f"generated articles are invalid: {broken[:3]}")
    return report["findings"]


def dump_flagged(folder, corpus, flagged, findings, blocks):
    """Every distinct flagged word with its count, Hunspell's first suggestions and the
    paragraph around its first occurrence, most frequent first."""
    os.makedirs(folder, exist_ok=True)
    first = {}
    for f in findings:
        first.setdefault(f["flagged_text"], f)
    name = re.sub(r"[^a-z0-9]+", "-", corpus.lower()).strip("-")
    with open(os.path.join(folder, name + ".tsv"), "w", encoding="utf-8") as out:
        for word, count in flagged.most_common():
            f = first[word]
            text = blocks.get((f["document_id"], f["block_id"]), "")
            at = text.find(word)
            context = text[max(0, at - 60): at + len(word) + 60].replace("\t", " ").replace("\n", " ")
            out.write(f"{word}\t{count}\t{', '.join(f['suggestions'][:3])}\t{context}\n")


def mutate(word, rng):
    accents = {"é": "e", "è": "e", "ê": "e", "à": "a", "â": "a", "ô": "o", "î": "i", "ï": "i", "û": "u", "ç": "c"}
    neighbours = dict(zip("azertyuiopqsdfghjklmwxcvbn", "zeartuyoipqdsgfjhklmmxwvcnb"))
    kinds = ["delete", "swap", "accent", "double", "neighbour"]
    rng.shuffle(kinds)
    for kind in kinds:
        i = rng.randrange(1, len(word) - 1)
        if kind == "delete":
            return kind, word[:i] + word[i + 1:]
        if kind == "swap" and word[i] != word[i + 1]:
            return kind, word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if kind == "accent":
            spots = [k for k, c in enumerate(word) if c in accents]
            if spots:
                k = rng.choice(spots)
                return kind, word[:k] + accents[word[k]] + word[k + 1:]
        if kind == "double" and word[i] in "bcdfglmnprst" and word[i + 1] != word[i]:
            return kind, word[:i + 1] + word[i] + word[i + 1:]
        if kind == "neighbour" and word[i] in neighbours:
            return kind, word[:i] + neighbours[word[i]] + word[i + 1:]
    return None, word


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(REPO, "build", "medloc"))
    parser.add_argument("--data", default=os.path.join(os.path.dirname(REPO), "shared", "data"))
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--inject", type=int, default=1000, help="0: no recall run")
    parser.add_argument("--dump", metavar="DIR",
                        help="write every distinct flagged word, its count and one context, "
                             "per corpus, as DIR/<corpus>.tsv (for the word-by-word review)")
    options = parser.parse_args()
    rules = [r["id"] for r in json.loads(subprocess.run([options.binary, "rules", "--format", "json"],
                                                         capture_output=True, check=True).stdout)["rules"]]
    rng = random.Random(20261124)
    recall_pool = []
    with tempfile.TemporaryDirectory() as work:
        print(f"{'corpus':<55}{'words':>9}{'flagged':>9}{'share':>8}{'distinct':>9}")
        tops = {}
        for n, (name, reader) in enumerate(read_corpora(options.data).items()):
            paragraphs = [p.strip() for p in reader() if p.strip()]
            folder = os.path.join(work, f"c{n}")
            blocks = write_articles(paragraphs, folder, f"c{n}")
            findings = spelling_findings(options.binary, folder, rules)
            words = sum(len(WORD.findall(p)) for p in paragraphs)
            flagged = collections.Counter(f["flagged_text"] for f in findings)
            print(f"{name:<55}{words:>9}{len(findings):>9}{len(findings) / max(words, 1):>8.2%}{len(flagged):>9}")
            tops[name] = flagged.most_common(options.top)
            if options.dump:
                dump_flagged(options.dump, name, flagged, findings, blocks)
            if name.startswith(("frenchmedmcqa", "e3c clinical")):
                rejected = {(f["document_id"], f["block_id"], f["flagged_text"]) for f in findings}
                for (article, block), text in blocks.items():
                    for word in sorted(set(WORD.findall(text))):  # sorted: the same sample every run
                        if len(word) >= 6 and word.isalpha() and word.islower() and (article, block, word) not in rejected:
                            recall_pool.append((text, word))
        for name, top in tops.items():
            print(f"\nmost flagged in {name}:")
            print("  " + ", ".join(f"{w} ({c})" for w, c in top))

        if options.inject <= 0:
            return
        # Recall: inject misspellings that Hunspell itself rejects.
        rng.shuffle(recall_pool)
        candidates = []
        for text, word in recall_pool[: options.inject * 3]:
            kind, wrong = mutate(word, rng)
            if kind and wrong != word:
                candidates.append((text, word, wrong, kind))
        check = subprocess.run(["hunspell", "-d", "fr_FR", "-l"], input="\n".join(c[2] for c in candidates),
                               capture_output=True, text=True)
        rejected_by_hunspell = set(check.stdout.split())
        injected = [c for c in candidates if c[2] in rejected_by_hunspell][: options.inject]
        paragraphs = [re.sub(r"(?<![^\W\d_])" + re.escape(word) + r"(?![^\W\d_])", wrong, text, count=1)
                      for text, word, wrong, kind in injected]
        folder = os.path.join(work, "recall")
        write_articles(paragraphs, folder, "r")
        findings = spelling_findings(options.binary, folder, rules)
        by_block = collections.defaultdict(list)
        for f in findings:
            by_block[(f["document_id"], f["block_id"])].append(f)
        found = collections.Counter()
        suggested = collections.Counter()
        total = collections.Counter()
        missed = []
        for n, (text, word, wrong, kind) in enumerate(injected):
            total[kind] += 1
            # The word itself, or the larger token ICU made of it (a soft hyphen or an odd
            # character inside the source word joins what the regex above splits).
            hits = [f for f in by_block[(f"r-{n // 200:04d}", f"p-{n}")] if wrong in f["flagged_text"]]
            if hits:
                found[kind] += 1
                if word in hits[0]["suggestions"]:
                    suggested[kind] += 1
            else:
                missed.append(f"{word} → {wrong} ({kind})")
        print(f"\nrecall on {sum(total.values())} injected misspellings (frenchmedmcqa + clinical cases):")
        for kind in sorted(total):
            print(f"  {kind:<10} {found[kind]:>4}/{total[kind]:<4} {found[kind] / total[kind]:.1%} found, "
                  f"original word suggested for {suggested[kind] / max(found[kind], 1):.1%} of those")
        all_found = sum(found.values())
        print(f"  {'all':<10} {all_found:>4}/{sum(total.values()):<4} {all_found / max(sum(total.values()), 1):.1%} found, "
              f"original word suggested for {sum(suggested.values()) / max(all_found, 1):.1%} of those")
        if missed:  # to be read: a listed word that absorbs misspellings is a wrong entry
            print("  missed: " + ", ".join(missed))


if __name__ == "__main__":
    main()
