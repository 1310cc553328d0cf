#!/usr/bin/env python3
"""Writes terminology/bdpm.fr.txt, the word list of French drug names, from the Base de
données publique des médicaments (BDPM, ANSM; Licence Ouverte / Open Licence, Etalab).

  scripts/generate-bdpm-lexicon.py --bdpm DIR --known terminology > terminology/bdpm.fr.txt

DIR holds the BDPM files CIS_bdpm.txt and CIS_COMPO_bdpm.txt as published (tab-separated,
Windows-1252). --date is the date of the extract, written in the header with the source
and the licence, as the Licence Ouverte asks ("Source : ANSM / BDPM").

Three sections:
  - substances: the words of the active substances' names (CIS_COMPO_bdpm.txt) that the
    French dictionary lacks, in lower case with the accents the BDPM gives them
    (énoxaparine, fondaparinux);
  - drug names: the words of the medicines' names (CIS_bdpm.txt) before their strength,
    that are neither a substance nor a French or English word (Doliprane, Gardasil);
  - companies: the words of the holders' names that are neither (Sanofi, Biogaran).
Names are capitalised, as French writes them. A word written in the BDPM without its
accents (PARACETAMOL beside PARACÉTAMOL, LEVETIRACETAM for lévétiracétam) is left out:
the list must never make a misspelling correct. French and English words are recognised
with Debian's Hunspell dictionaries (`hunspell -l`, hunspell-fr and hunspell-en-us).
Homeopathic strains (names with "degré de dilution") are left out.
"""
import argparse
import collections
import glob
import itertools
import os
import re
import subprocess
import sys
import unicodedata

LETTERS = re.compile(r"[^\W\d_]+")
DESIGNATION = re.compile(r"\S*/\S*")


def read_tsv(path):
    with open(path, encoding="cp1252", errors="replace") as f:
        for line in f:
            yield line.rstrip("\r\n").split("\t")


def plain(word):
    word = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in word if not unicodedata.combining(c)).replace("œ", "oe").replace("æ", "ae")


def unknown_to(dictionary, words):
    """The words `hunspell -d dictionary -l` rejects."""
    words = sorted(set(words))
    run = subprocess.run(["hunspell", "-d", dictionary, "-l"], input="\n".join(words),
                         capture_output=True, text=True, check=True)
    return set(run.stdout.split())


def accent_variants(word):
    """The word with é, è or ê on each e, and â, à, î, ô, û, ç on their letters, one or two
    at a time, and with œ or æ (enough to find the form of a word written in capitals)."""
    spots = [i for i, c in enumerate(word) if c in "eaiouc"]
    options = {"e": "éèê", "a": "âà", "i": "îï", "o": "ô", "u": "ûù", "c": "ç"}
    out = set()
    for count in (1, 2):
        for chosen in itertools.combinations(spots[:8], count):
            for letters in itertools.product(*(options[word[i]] for i in chosen)):
                w = list(word)
                for i, letter in zip(chosen, letters):
                    w[i] = letter
                out.add("".join(w))
    # All e accented alike (lévétiracétam): é on every e.
    if word.count("e") > 2:
        out.add(word.replace("e", "é"))
    # œ and æ written as two letters (COEUR, OESTRADIOL), with or without an accent.
    for split, joined in (("oe", "œ"), ("ae", "æ")):
        if split in word:
            out |= {v.replace(split, joined) for v in out | {word}}
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bdpm", required=True, help="folder of CIS_bdpm.txt and CIS_COMPO_bdpm.txt")
    parser.add_argument("--date", default="2017-03-18", help="date of the BDPM extract")
    parser.add_argument("--known", metavar="DIR",
                        help="folder of word lists (terminology/) whose words are correct: a BDPM "
                             "word that is one of them without its accents is left out")
    options = parser.parse_args()
    listed = set()
    if options.known:
        for path in sorted(glob.glob(os.path.join(options.known, "*.txt"))):
            if os.path.basename(path) == "bdpm.fr.txt":
                continue
            with open(path, encoding="utf-8") as f:
                listed.update(line.split("#")[0].strip() for line in f)

    substance_words = set()
    for row in read_tsv(os.path.join(options.bdpm, "CIS_COMPO_bdpm.txt")):
        if len(row) > 3:
            # Strain designations (SOUCHE B/MASSACHUSETTS/2/2012) are not substance words.
            name = DESIGNATION.sub(" ", row[3])
            substance_words.update(w.lower() for w in LETTERS.findall(name) if len(w) >= 3)

    name_words = set()
    holder_words = set()
    for row in read_tsv(os.path.join(options.bdpm, "CIS_bdpm.txt")):
        if len(row) < 11:
            continue
        holder_words.update(w for w in LETTERS.findall(row[10]) if len(w) >= 4)
        if "degré de dilution" in row[1]:
            continue
        for token in row[1].split(",")[0].split():
            if any(c.isdigit() for c in token):
                break  # the strength: what follows is not the name
            name_words.update(w for w in LETTERS.findall(token) if len(w) >= 4)

    lower = substance_words | {w.lower() for w in name_words | holder_words}
    french_unknown = unknown_to("fr_FR", lower | {w.capitalize() for w in lower})
    english_unknown = unknown_to("en_US", lower)
    # A word whose letters, with other accents, make a French word is that word misspelt
    # (CHOLÉSTÉROL, LEVETIRACETAM, SANTE): never listed.
    variants = {w: accent_variants(plain(w)) | {plain(w)} for w in lower if w in french_unknown}
    variant_unknown = unknown_to("fr_FR", set().union(*variants.values()))
    misspelt = {w for w, vs in variants.items() if any(v != w and v not in variant_unknown for v in vs)}
    spellings = collections.defaultdict(set)
    for w in substance_words:
        spellings[plain(w)].add(w)
    # PARACETAMOL beside PARACÉTAMOL, TETRAHYDRATÉ beside TÉTRAHYDRATÉ: of the BDPM's
    # spellings of one word, those with fewer accents are misspelt.
    def accents(word):
        return sum(1 for c in word if ord(c) > 0x7F)

    misspelt |= {w for w in substance_words
                 if accents(w) < max(accents(v) for v in spellings[plain(w)])}
    for word in listed:
        spellings[plain(word)].add(word)
    misspelt |= {w for w in lower if any(accents(v) > accents(w) for v in spellings.get(plain(w), ()))}

    def substance_kept(word):
        if word not in french_unknown:
            return False  # a French word: the dictionary has it, with all its forms
        if word.capitalize() not in french_unknown:
            return False  # a proper noun (Afrique, Inde) in the capitals of the BDPM
        return word not in misspelt

    substances = sorted(w for w in substance_words if substance_kept(w))
    substance_plain = {plain(w) for w in substance_words}

    def is_name(word):
        lower = word.lower()
        return (lower in french_unknown and lower.capitalize() in french_unknown
                and lower in english_unknown and plain(lower) not in substance_plain
                and lower not in misspelt)

    names = sorted({w.capitalize() for w in name_words if is_name(w)})
    companies = sorted({w.capitalize() for w in holder_words if is_name(w)} - set(names))

    out = sys.stdout
    out.write(
        "# Drug names of the Base de données publique des médicaments (BDPM).\n"
        f"# Source : ANSM / BDPM, extract of {options.date} (CIS_bdpm.txt, CIS_COMPO_bdpm.txt),\n"
        "# https://base-donnees-publique.medicaments.gouv.fr/ ; Licence Ouverte / Open Licence\n"
        "# (Etalab), https://www.etalab.gouv.fr/licence-ouverte-open-licence (see PROVENANCE.md).\n"
        "# Generated by scripts/generate-bdpm-lexicon.py: do not edit, generate it again.\n"
        "# Substances the French dictionary lacks, in lower case as the BDPM accents them;\n"
        "# drug and company names capitalised; no word written without the accents of a\n"
        "# French word.\n")
    for title, words in (("Substances (active ingredients)", substances),
                         ("Drug names (the name before the strength)", names),
                         ("Companies (marketing authorisation holders)", companies)):
        out.write(f"\n# {title}: {len(words)}\n")
        out.write("".join(w + "\n" for w in words))


if __name__ == "__main__":
    main()
