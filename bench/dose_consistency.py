#!/usr/bin/env python3
"""False alarms of the medical rules on real text.

Builds XLIFF 2.1 files from the sentence-aligned French/English WMT biomedical test
sets (../shared/data/wmt-biomed-fr-en: each line of .fr matches the same line of .en;
the fr2en sets are written French-first, the en2fr sets English-first, and the XLIFF
follows the direction of the original translation), runs `medloc check` on them with
the medical and translation rules, and prints, per rule, how many units it flagged,
with every medical.dose-mismatch finding beside its source and target so that each
can be judged by hand (--show), and the sentences with doses on both sides.

Then writes the French patient leaflets (../shared/data/e3c-fr-patient-leaflets) as
patient articles and counts what the notation rules (trailing zero, missing leading
zero, U/UI/IU/cc, µg, Latin abbreviations) report there, with every finding under --show.

The texts are abstracts translated by their authors or publishers, not patient content
translated from a source: a finding is "real" when the two sides do state different
amounts (which happens: abstracts are condensed or rounded), and a false alarm when the
amounts are the same and medloc misread one side.
"""
import argparse
import collections
import glob
import hashlib
import json
import random
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spelling_quality import read_corpora, escape as escape_text  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_DATA = os.path.join(os.path.dirname(REPO), "shared", "data")
DEFAULT_DATA = os.path.join(SHARED_DATA, "wmt-biomed-fr-en")
NOTATION_RULES = ["medical.trailing-zero", "medical.missing-leading-zero",
                  "medical.error-prone-unit", "medical.microgram-notation",
                  "medical.latin-abbreviation"]
PATIENT_HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<article xmlns="urn:medloc:article:1" id="{id}" xml:lang="fr-FR" revision="1">\n'
                  '  <meta><title id="title">Notice</title><audience>patient</audience>'
                  '<specialty>pharmacy</specialty><review status="draft"/></meta>\n'
                  '  <question id="q">Notice</question>\n  <answer>\n')
RULES = ["medical.dose-mismatch", "translation.number-mismatch", "medical.dose-element-mismatch",
         "terminology.missing-translation",
         "medical.trailing-zero", "medical.missing-leading-zero", "medical.error-prone-unit",
         "medical.microgram-notation", "medical.latin-abbreviation"]
# Lines are split into a tuning half and an evaluation half by blocks of this many
# consecutive lines (about one abstract), so that one abstract stays in one half.
SPLIT_BLOCK = 20


def half_of(name, number):
    """'tune' or 'eval': a hash of the file name and the block of lines, fixed forever."""
    block = (number - 1) // SPLIT_BLOCK
    digest = hashlib.sha256(f"{name}:{block}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "eval"


def escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def write_xliff(path, pairs, source_locale, target_locale):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" '
                  f'srcLang="{source_locale}" trgLang="{target_locale}">\n')
        out.write(f'  <file id="f1" original="{os.path.basename(path)}">\n')
        for number, (source, target) in pairs:
            out.write(f'    <unit id="l{number}"><segment state="final"><source>{escape(source)}'
                      f'</source><target>{escape(target)}</target></segment></unit>\n')
        out.write('  </file>\n</xliff>\n')


def load_pairs(data, half):
    """(name, source locale, target locale, [(line number, (source, target))]) of one half"""
    sets = []
    for french in sorted(glob.glob(os.path.join(data, "*.fr"))):
        english = french[:-3] + ".en"
        name = os.path.basename(french)[:-3]
        with open(french, encoding="utf-8") as f, open(english, encoding="utf-8") as e:
            fr_lines = f.read().split("\n")
            en_lines = e.read().split("\n")
        french_first = "fr2en" in name
        pairs = []
        for number, (fr, en) in enumerate(zip(fr_lines, en_lines), 1):
            fr, en = fr.strip(), en.strip()
            if not fr or not en or (half != "all" and half_of(name, number) != half):
                continue
            pairs.append((number, (fr, en) if french_first else (en, fr)))
        sets.append((name, "fr-FR" if french_first else "en-US",
                     "en-US" if french_first else "fr-FR", pairs))
    return sets


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(REPO, "build", "medloc"))
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--half", choices=["tune", "eval", "all"], default="eval",
                        help="which half of the pairs to measure (tune on 'tune' only)")
    parser.add_argument("--show", action="store_true",
                        help="print every dose, number and terminology finding with its two sides")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="print N findings drawn at random (fixed seed) for classification")
    args = parser.parse_args()
    if not os.path.isdir(args.data):
        sys.exit(f"no parallel data at {args.data}")

    sets = load_pairs(args.data, args.half)
    with tempfile.TemporaryDirectory() as work:
        units = {}
        for name, source_locale, target_locale, pairs in sets:
            write_xliff(os.path.join(work, name + ".xlf"), pairs, source_locale, target_locale)
            for number, pair in pairs:
                units[(name, f"l{number}")] = pair
        command = [args.binary, "check", "--format", "json", "--jobs", "0", "--no-cache"]
        # Only the rules measured here: spelling of abstracts is measured elsewhere.
        with open(os.path.join(work, "medloc.ini"), "w") as ini:
            ini.write("[rules]\n")
            for rule in ["spelling.unknown-word", "spelling.repeated-word",
                         "spelling.not-nfc", "spelling.no-dictionary"]:
                ini.write(f"{rule} = off\n")
        command += ["--config", os.path.join(work, "medloc.ini"), "--root", REPO,
                    "--target-locales", "en-US,fr-FR"]
        command += sorted(glob.glob(os.path.join(work, "*.xlf")))
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode not in (0, 1):
            sys.exit(f"medloc failed ({result.returncode}): {result.stderr}")
        findings = json.loads(result.stdout)["findings"]

    total_units = sum(len(pairs) for _, _, _, pairs in sets)
    print(f"{len(sets)} files, {total_units} sentence pairs ({args.half} half)")
    by_rule = collections.defaultdict(set)
    count = collections.Counter()
    shown = []
    for finding in findings:
        name = os.path.basename(finding["file"])[:-4]
        key = (name, finding["block_id"])
        rule = finding["rule_id"]
        by_rule[rule].add(key)
        count[rule] += 1
        if rule in ("medical.dose-mismatch", "translation.number-mismatch",
                    "terminology.missing-translation"):
            shown.append((key, rule, finding["message"]))
    print(f"{'rule':34} {'findings':>9} {'per 1,000 units':>16} {'units flagged':>14}")
    for rule in RULES:
        per_thousand = 1000 * count[rule] / max(total_units, 1)
        print(f"{rule:34} {count[rule]:>9} {per_thousand:>16.2f} {len(by_rule.get(rule, ())):>14}")
    numbers = count["medical.dose-mismatch"] + count["translation.number-mismatch"]
    print(f"{'dose + number':34} {numbers:>9} {1000 * numbers / max(total_units, 1):>16.2f}")
    if os.path.isdir(os.path.join(os.path.dirname(args.data), "e3c-fr-patient-leaflets")):
        leaflet_notations(args.binary, args.show, os.path.dirname(args.data))
    listed = shown
    if args.sample and not args.show:
        listed = random.Random(21).sample(shown, min(args.sample, len(shown)))
    if args.show or args.sample:
        for key, rule, message in sorted(listed):
            source, target = units[key]
            print(f"\n{key[0]}:{key[1]}: {message} [{rule}]\n  S: {source}\n  T: {target}")


def leaflet_notations(binary, show, shared_data):
    corpora = read_corpora(shared_data)
    name = next(n for n in corpora if n.startswith("e3c patient leaflets"))
    _, documents = corpora[name]
    paragraphs = [p.strip() for _, lines in documents() for p in lines if p.strip()]
    words = sum(len(p.split()) for p in paragraphs)
    with tempfile.TemporaryDirectory() as work:
        for start in range(0, len(paragraphs), 200):
            article = f"leaflets-{start // 200:04d}"
            body = "".join(f'    <p id="p-{n}">{escape_text(text)}</p>\n'
                           for n, text in enumerate(paragraphs[start:start + 200], start))
            with open(os.path.join(work, article + ".xml"), "w", encoding="utf-8") as f:
                f.write(PATIENT_HEADER.format(id=article) + body + "  </answer>\n</article>\n")
        off = []
        for rule in ["spelling.unknown-word", "spelling.repeated-word"]:
            off += ["--severity", f"{rule}=off"]
        result = subprocess.run([binary, "check", "--format", "json", "--root", REPO, *off, work],
                                capture_output=True, text=True)
        findings = json.loads(result.stdout)["findings"]
    print(f"\nFrench patient leaflets: {len(paragraphs)} paragraphs, {words} words")
    print(f"{'rule':34} {'findings':>9}")
    for rule in NOTATION_RULES:
        print(f"{rule:34} {sum(f['rule_id'] == rule for f in findings):>9}")
    if show:
        for finding in findings:
            if finding["rule_id"] in NOTATION_RULES:
                print(f"  {finding['rule_id']}: {finding['flagged_text']!r}: {finding['message']}")


if __name__ == "__main__":
    main()
