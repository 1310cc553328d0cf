#!/usr/bin/env python3
"""Precision and recall of medloc's French spelling rules on real medical text it was not
tuned on.

Every French corpus of the shared data folder (see each PROVENANCE.md) is cut into
documents, and each document goes, by a hash of its corpus and key, into a tuning half or
an evaluation half: the same split every run, on every machine. Word lists and heuristics
are tuned by reading the tuning half only (`--half tuning --dump DIR`); the figures that
count are the evaluation half's (the default). The text is written as medloc articles
(one <p> per paragraph) into a temporary folder; nothing of it enters the repository.

  1. flags: `medloc check` with the spelling rules alone (every other family off); per
     corpus, words, then findings per 1,000 words by severity and by rule, and the most
     frequent flagged words;
  2. the error-severity findings split into errors of the source (the text is wrong as
     written: a misspelling, a missing accent, a word cut by a space) and false alarms
     (the text is right), per 1,000 words beside the raw rate; see `classify_errors`;
  3. recall: misspellings are injected, with a fixed seed, into words medloc accepted in
     the evaluation half, six kinds in equal numbers: an accent dropped, a consonant
     doubled, a double consonant made single, two letters swapped, a French phonetic
     spelling (ph->f, qu->k, au->o...), and any of these in a word of the project's medical
     word lists (medical near-words). A misspelling is kept only when Debian's
     `hunspell -l` rejects it and no project word list holds it (else it is a word). Found
     means an error-severity finding at its place; "first" means its first suggestion is
     the original word.
"""
import argparse
import collections
import glob
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<article xmlns="urn:medloc:article:1" id="{id}" xml:lang="fr-FR" revision="1">\n'
          '  <meta><title id="title">Corpus</title><audience>professional</audience>'
          '<specialty>general-medicine</specialty><review status="draft"/></meta>\n'
          '  <question id="q">Corpus</question>\n  <answer>\n')


# ---------------------------------------------------------------------------------------
# Corpora: name -> (licence note, function yielding (document key, [paragraphs]))

def read_corpora(data):
    def lines_of(path):
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read().split("\n")

    def mcqa():
        for name in ("train", "dev", "test"):
            with open(os.path.join(data, "frenchmedmcqa", name + ".json"), encoding="utf-8") as f:
                for item in json.load(f):
                    yield item["id"], [item["question"], *item["answers"].values()]

    def e3c(folder):
        def documents():
            for path in sorted(glob.glob(os.path.join(data, folder, "*.json"))):
                with open(path, encoding="utf-8") as f:
                    yield os.path.basename(path), json.load(f)["text"].split("\n")
        return documents

    def emea():
        parts = collections.defaultdict(list)  # 118_1.txt, 118_2.txt: parts of document 118
        for path in sorted(glob.glob(os.path.join(data, "quaero-frenchmed/EMEA/**/*.txt"), recursive=True)):
            parts[os.path.basename(path).split("_")[0]].extend(lines_of(path))
        yield from sorted(parts.items())

    def medline_titles():
        with open(os.path.join(data, "quaero-frenchmed", "MEDLINE_titles.tsv"), encoding="utf-8") as f:
            next(f)
            for line in f:
                fields = line.rstrip("\n").split("\t")
                yield fields[1], [fields[-1]]

    def files(pattern):
        def documents():
            for path in sorted(glob.glob(os.path.join(data, pattern), recursive=True)):
                yield os.path.relpath(path, data), lines_of(path)
        return documents

    def wmt():
        # Abstracts start at a "Title" line (Medline); SciELO sentences go by twenty.
        for path in sorted(glob.glob(os.path.join(data, "wmt-biomed-fr-en", "*.fr"))):
            name = os.path.basename(path)
            lines = lines_of(path)
            starts = [i for i, line in enumerate(lines) if line.strip() == "Title"] \
                if name.startswith("medline") else list(range(0, len(lines), 20))
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
            for n, start in enumerate(starts):
                end = starts[n + 1] if n + 1 < len(starts) else len(lines)
                yield f"{name}:{start}", [l for l in lines[start:end] if l.strip() != "Title"]

    return {
        "frenchmedmcqa": ("Apache-2.0", mcqa),
        "e3c clinical cases": ("CC BY", e3c("e3c-fr-clinical-cases/layer1")),
        "quaero EMEA": ("GFDL", emea),
        "quaero MEDLINE titles": ("GFDL", medline_titles),
        "rcp SmPC sections": ("no licence stated; measured only", files("rcp-fr-medinfo2019/*.txt")),
        "labforsims2 dialogues": ("CC BY-SA, colloquial", files("labforsims2-dialogues-fr/**/*.txt")),
        "e3c patient leaflets": ("CC BY-NC; measured only", e3c("e3c-fr-patient-leaflets")),
        "wmt-biomed Medline/SciELO": ("no licence stated; measured only", wmt),
    }


def half_of(corpus, key):
    """0: tuning, 1: evaluation. A hash, so that the split never depends on order."""
    return hashlib.sha256(f"{corpus}\0{key}".encode()).digest()[0] & 1


def documents_of(corpus, reader, half):
    """[(document key, [paragraphs])] of one half."""
    documents = []
    for key, lines in reader():
        if half == "all" or half_of(corpus, key) == (1 if half == "evaluation" else 0):
            paragraphs = [p.strip() for p in lines if p.strip()]
            if paragraphs:
                documents.append((key, paragraphs))
    return documents


# ---------------------------------------------------------------------------------------
# Running medloc

def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_articles(documents, folder, prefix):
    """One article per document (per-article rules then see what an author would write in
    one article), one <p> per paragraph."""
    os.makedirs(folder, exist_ok=True)
    blocks = {}
    for number, paragraphs in enumerate(documents):
        article = f"{prefix}-{number:05d}"
        body = []
        for n, text in enumerate(paragraphs):
            body.append(f'    <p id="p-{n}">{escape(text)}</p>\n')
            blocks[(article, f"p-{n}")] = text
        with open(os.path.join(folder, article + ".xml"), "w", encoding="utf-8") as f:
            f.write(HEADER.format(id=article) + "".join(body) + "  </answer>\n</article>\n")
    return blocks


def spelling_findings(options, rules, folder):
    off = [a for r in rules if not r.startswith(("spelling.", "schema."))
           for a in ("--severity", f"{r}=off")]
    run = subprocess.run([options.binary, "check", "--root", options.root, "--no-cache",
                          "--format", "json", *off, folder], capture_output=True)
    if run.returncode == 2:
        sys.exit(f"medloc failed: {run.stderr.decode()}")
    report = json.loads(run.stdout)
    broken = [f for f in report["findings"] if f["rule_id"].startswith("schema.")]
    if broken:
        sys.exit(f"generated articles are invalid: {broken[:3]}")
    notes = [l for l in run.stderr.decode().splitlines() if l.strip()]
    return report["findings"], notes


def dump_flagged(folder, corpus, findings, blocks):
    """Every distinct flagged word with its rule, count, first suggestions and the text
    around its first occurrence, most frequent first (for reading the tuning half)."""
    os.makedirs(folder, exist_ok=True)
    counts = collections.Counter((f["flagged_text"], f["rule_id"]) for f in findings)
    first = {}
    for f in findings:
        first.setdefault((f["flagged_text"], f["rule_id"]), f)
    name = re.sub(r"[^a-z0-9]+", "-", corpus.lower()).strip("-")
    with open(os.path.join(folder, name + ".tsv"), "w", encoding="utf-8") as out:
        for (word, rule), count in counts.most_common():
            f = first[(word, rule)]
            text = blocks.get((f["document_id"], f["block_id"]), "")
            at = text.find(word)
            context = text[max(0, at - 60): at + len(word) + 60].replace("\t", " ").replace("\n", " ")
            out.write(f"{word}\t{rule}\t{count}\t{', '.join(f['suggestions'][:3])}\t{context}\n")


# ---------------------------------------------------------------------------------------
# Error-severity findings: an error of the source, or a false alarm

REVIEW = os.path.join(REPO, "bench", "spelling-review")
# The word-by-word review of each corpus (bench/spelling-review/README.md).
REVIEW_FILES = {
    "frenchmedmcqa": "frenchmedmcqa.tsv",
    "e3c clinical cases": "clinical-cases.tsv",
    "quaero EMEA": "emea.tsv",
    "quaero MEDLINE titles": "medline-titles.tsv",
    "labforsims2 dialogues": "labforsims2-dialogues.tsv",
}
FLAG_REVIEW = "evaluation-flags.tsv"
# Classes that say the source is wrong as written; every other class (gap, variant, name,
# token, foreign, nottext) says the text is right and the flag a false alarm.
SOURCE_ERRORS = {"error", "damaged"}


def read_reviews():
    """The word reviews ({file: {word: class}}) and the flag review ({locator: class})."""
    words = {}
    for name in set(REVIEW_FILES.values()):
        with open(os.path.join(REVIEW, name), encoding="utf-8") as f:
            words[name] = {fields[0]: fields[1] for fields in (l.rstrip("\n").split("\t") for l in f)
                           if len(fields) >= 2}
    flags = {}
    with open(os.path.join(REVIEW, FLAG_REVIEW), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 5:
                continue
            flags[tuple(fields[:4])] = fields[4]
    return words, flags


def locator(corpus, keys, finding):
    """Where a finding is, without its text: corpus, document key, paragraph, column."""
    number = int(finding["document_id"].rsplit("-", 1)[1])
    return (corpus, keys[number], finding["block_id"][2:], str(finding["column"]))


def classify_errors(corpus, keys, findings, reviews):
    """Each error-severity finding as "source" (an error of the source), "false" (a false
    alarm) or "unreviewed", by this rule, first match:
      1. the flag review (bench/spelling-review/evaluation-flags.tsv) names its place:
         its class (flags of the evaluation half that no word review labelled, classified
         by hand on the run of 2026-12-02; places only, no words, for the corpora whose
         licence keeps their text out of the repository);
      2. the word review of its own corpus labels the word: that class;
      3. the word reviews of the other corpora label it, all with a source-error class or
         all with other classes: that verdict;
      4. otherwise unreviewed, and counted with the false alarms (the rate of false
         alarms is an upper bound, never flattering).
    Returns a Counter and the unreviewed findings."""
    words, flags = reviews
    verdicts = collections.Counter()
    unreviewed = []
    own = words.get(REVIEW_FILES.get(corpus), {})
    for f in findings:
        if f["severity"] != "error":
            continue
        word = f["flagged_text"]
        place = locator(corpus, keys, f)
        if place in flags:
            label = flags[place]
        elif word in own:
            label = own[word]
        else:
            others = {review[word] in SOURCE_ERRORS for review in words.values() if word in review}
            label = None if len(others) != 1 else ("error" if others.pop() else "gap")
        if label is None:
            verdicts["unreviewed"] += 1
            unreviewed.append((place, f))
        else:
            verdicts["source" if label in SOURCE_ERRORS else "false"] += 1
    return verdicts, unreviewed


# ---------------------------------------------------------------------------------------
# Misspellings

ACCENTS = {"é": "e", "è": "e", "ê": "e", "à": "a", "â": "a", "ô": "o", "ç": "c", "ë": "e", "ï": "i"}
# Only on i and u may the 1990 rectifications drop the circumflex: î and û are left alone.
CONSONANTS = "bcdfglmnprst"
PHONETIC = [  # French spellings of the same sound, as writers confuse them
    ("ph", "f"), ("qu", "k"), ("eau", "o"), ("au", "o"), ("ai", "è"), ("è", "ai"),
    ("ç", "ss"), ("th", "t"), ("y", "i"), ("en", "an"), ("an", "en"), ("ain", "in"),
    ("ein", "in"), ("chr", "kr"), ("tion", "sion"), ("ill", "y"),
    ("h", ""), ("ct", "kt"), ("x", "cs"), ("ge", "je"), ("gi", "ji"), ("ce", "se"), ("ci", "si"),
]
# Not "ti" -> "ci" (tissu is no cissu), "gu" -> "g" (sanguin is no sangin) or "ch" -> "k"
# (champ is no kamp): those change the sound.


def mutate(word, kind, rng):
    """One misspelling of `word` of the given kind, or None when the word has no spot for it."""
    inner = range(1, len(word) - 1)
    if kind == "accent":
        spots = [k for k, c in enumerate(word) if c in ACCENTS]
        if spots:
            k = rng.choice(spots)
            return word[:k] + ACCENTS[word[k]] + word[k + 1:]
    elif kind == "double":
        spots = [k for k in inner if word[k] in CONSONANTS and word[k - 1] != word[k] != word[k + 1]
                 and word[k - 1] in "aeiouéèêàâôy"]
        if spots:
            k = rng.choice(spots)
            return word[:k + 1] + word[k] + word[k + 1:]
    elif kind == "single":
        spots = [k for k in inner if word[k] in CONSONANTS and word[k + 1] == word[k]]
        if spots:
            k = rng.choice(spots)
            return word[:k] + word[k + 1:]
    elif kind == "swap":
        spots = [k for k in inner if word[k] != word[k + 1]]
        if spots:
            k = rng.choice(spots)
            return word[:k] + word[k + 1] + word[k] + word[k + 2:]
    elif kind == "phonetic":
        # "ai" sounds è only before a consonant other than l (taille, travail: not è).
        spots = [(k, a, b) for a, b in PHONETIC for k in range(len(word)) if word.startswith(a, k)
                 and not (a == "ai" and word[k + 2:k + 3] in ("", "l", "n", "m") + tuple("aeiouy"))]
        if spots:
            k, a, b = rng.choice(spots)
            return word[:k] + b + word[k + len(a):]
    return None


def project_words(root):
    words = set()
    for path in glob.glob(os.path.join(root, "terminology", "*.txt")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#")[0].strip()
                if line:
                    words.add(line)
    return words


def recall(options, rules, work, pool, lexicon):
    rng = random.Random(20261124)
    kinds = ["accent", "double", "single", "swap", "phonetic", "medical"]
    per_kind = max(1, options.inject // len(kinds))
    lower_lexicon = {w.lower() for w in lexicon}
    medical = [(t, w) for t, w in pool if w in lexicon]
    general = [(t, w) for t, w in pool if w not in lexicon]
    rng.shuffle(medical)
    rng.shuffle(general)
    candidates = []
    for kind in kinds:
        source = medical if kind == "medical" else general
        made = 0
        for text, word in source:
            if made >= per_kind * 3:
                break
            how = rng.choice(kinds[:-1]) if kind == "medical" else kind
            wrong = mutate(word, how, rng)
            if wrong and wrong != word and wrong.lower() not in lower_lexicon:
                candidates.append((text, word, wrong, kind))
                made += 1
    check = subprocess.run(["hunspell", "-d", "fr_FR", "-l"], input="\n".join(c[2] for c in candidates),
                           capture_output=True, text=True)
    rejected = set(check.stdout.split())
    injected = []
    for kind in kinds:
        injected += [c for c in candidates if c[3] == kind and c[2] in rejected][:per_kind]
    paragraphs = [re.sub(r"(?<![^\W\d_])" + re.escape(word) + r"(?![^\W\d_])", wrong, text, count=1)
                  for text, word, wrong, kind in injected]
    folder = os.path.join(work, "recall")
    write_articles([paragraphs[i:i + 200] for i in range(0, len(paragraphs), 200)], folder, "r")
    findings, _ = spelling_findings(options, rules, folder)
    by_block = collections.defaultdict(list)
    for f in findings:
        by_block[(f["document_id"], f["block_id"])].append(f)
    found, first, total, other_tier = (collections.Counter() for _ in range(4))
    missed = []
    for n, (text, word, wrong, kind) in enumerate(injected):
        total[kind] += 1
        # The word itself, or the larger token ICU made of it.
        hits = [f for f in by_block[(f"r-{n // 200:05d}", f"p-{n % 200}")] if wrong in f["flagged_text"]]
        errors = [f for f in hits if f["severity"] == "error"]
        if errors:
            found[kind] += 1
            suggestions = errors[0]["suggestions"]
            if suggestions and suggestions[0] == word:
                first[kind] += 1
            elif len(missed) < 400:
                missed.append(f"{wrong} → {suggestions[:3]} (want {word}; {kind})")
        else:
            if hits:
                other_tier[kind] += 1
            missed.append(f"{word} → {wrong} ({kind}): "
                          + (f"{hits[0]['rule_id']} {hits[0]['severity']}" if hits else "not reported"))
    all_total = sum(total.values())
    print(f"\nrecall on {all_total} injected misspellings (evaluation halves):")
    print(f"  {'kind':<10}{'injected':>9}{'errors':>9}{'share':>8}{'first':>9}{'share':>8}{'other tier':>12}")
    for kind in kinds + ["all"]:
        t = all_total if kind == "all" else total[kind]
        f_ = sum(found.values()) if kind == "all" else found[kind]
        r_ = sum(first.values()) if kind == "all" else first[kind]
        o_ = sum(other_tier.values()) if kind == "all" else other_tier[kind]
        print(f"  {kind:<10}{t:>9}{f_:>9}{f_ / max(t, 1):>8.1%}{r_:>9}{r_ / max(f_, 1):>8.1%}{o_:>12}")
    if options.verbose and missed:
        print("  not found as an error, or the right word not first:")
        for line in missed:
            print("    " + line)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(REPO, "build", "medloc"))
    parser.add_argument("--root", default=REPO, help="project root medloc runs in (word lists, medloc.ini)")
    parser.add_argument("--data", default=os.path.join(os.path.dirname(REPO), "shared", "data"))
    parser.add_argument("--half", choices=("evaluation", "tuning", "all"), default="evaluation")
    parser.add_argument("--corpus", action="append", help="only corpora whose name holds this (repeatable)")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--inject", type=int, default=1200, help="misspellings to inject; 0: no recall run")
    parser.add_argument("--verbose", action="store_true", help="print what the recall run missed")
    parser.add_argument("--unreviewed", metavar="FILE",
                        help="write the error-severity findings no review classifies (place, word, "
                             "context), to classify them into bench/spelling-review/" + FLAG_REVIEW)
    parser.add_argument("--dump", metavar="DIR",
                        help="write every distinct flagged word, its rule, count and one context, "
                             "per corpus, as DIR/<corpus>.tsv (read the tuning half only)")
    options = parser.parse_args()
    options.root = os.path.abspath(options.root)
    rules = [r["id"] for r in json.loads(subprocess.run([options.binary, "rules", "--format", "json"],
                                                         capture_output=True, check=True).stdout)["rules"]]
    spelling_rules = sorted(r for r in rules if r.startswith("spelling."))
    lexicon = project_words(options.root)
    reviews = read_reviews()
    split = {}
    unreviewed_out = open(options.unreviewed, "w", encoding="utf-8") if options.unreviewed else None
    pool = []
    started = time.time()
    with tempfile.TemporaryDirectory() as work:
        print(f"{options.half} half; per 1,000 words")
        print(f"{'corpus':<28}{'words':>9}{'error':>8}{'warning':>8}{'info':>8}{'all':>8}  by rule")
        tops = {}
        for n, (name, (licence, reader)) in enumerate(read_corpora(options.data).items()):
            if options.corpus and not any(c in name for c in options.corpus):
                continue
            keyed = documents_of(name, reader, options.half)
            keys = [key for key, _ in keyed]
            documents = [paragraphs for _, paragraphs in keyed]
            folder = os.path.join(work, f"c{n}")
            blocks = write_articles(documents, folder, f"c{n}")
            findings, notes = spelling_findings(options, rules, folder)
            words = sum(len(WORD.findall(p)) for d in documents for p in d)
            per = lambda count: 1000 * count / max(words, 1)
            severity = collections.Counter(f["severity"] for f in findings)
            by_rule = collections.Counter(f["rule_id"] for f in findings)
            rule_text = ", ".join(f"{r.split('.')[1]} {per(by_rule[r]):.2f}" for r in spelling_rules if by_rule[r])
            print(f"{name:<28}{words:>9}{per(severity['error']):>8.2f}{per(severity['warning']):>8.2f}"
                  f"{per(severity['info']):>8.2f}{per(len(findings)):>8.2f}  {rule_text}")
            for note in notes:
                print(f"{'':<28}  {note}")
            tops[name] = collections.Counter(f"{f['flagged_text']} [{f['rule_id'].split('.')[1]}]"
                                             for f in findings).most_common(options.top)
            if options.dump:
                dump_flagged(options.dump, name, findings, blocks)
            verdicts, unreviewed = classify_errors(name, keys, findings, reviews)
            split[name] = (words, severity["error"], verdicts)
            for place, f in unreviewed if unreviewed_out else ():
                text = blocks.get((f["document_id"], f["block_id"]), "")
                at = text.find(f["flagged_text"])
                context = text[max(0, at - 60): at + len(f["flagged_text"]) + 60].replace("\t", " ")
                unreviewed_out.write("\t".join([*place, f["flagged_text"], context]) + "\n")
            rejected = {(f["document_id"], f["block_id"], f["flagged_text"]) for f in findings}
            for (article, block), text in blocks.items():
                if "{" in text or "}" in text:
                    continue  # page script that medloc rightly skips: no place for a typo
                for word in sorted(set(WORD.findall(text))):  # sorted: the same sample every run
                    if len(word) >= 5 and word.isalpha() and word.islower() \
                            and (article, block, word) not in rejected:
                        pool.append((text, word))
        print("\nerror-severity findings per 1,000 words: all, errors of the source, false alarms "
              "(unreviewed ones counted with them)")
        print(f"{'corpus':<28}{'errors':>8}{'source':>8}{'false':>8}{'unreviewed':>12}")
        for name, (words, errors, verdicts) in split.items():
            per = lambda count: 1000 * count / max(words, 1)
            false_alarms = verdicts["false"] + verdicts["unreviewed"]
            print(f"{name:<28}{per(errors):>8.2f}{per(verdicts['source']):>8.2f}{per(false_alarms):>8.2f}"
                  f"{verdicts['unreviewed']:>12}")
        if unreviewed_out:
            unreviewed_out.close()
        if options.top:
            for name, top in tops.items():
                print(f"\nmost flagged in {name}:")
                print("  " + ", ".join(f"{w} ({c})" for w, c in top))
        if options.inject > 0:
            recall(options, rules, work, pool, lexicon)
    print(f"\n{time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
