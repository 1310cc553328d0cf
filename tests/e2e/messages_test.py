#!/usr/bin/env python3
"""Finding messages in the reader's language, from the real binary:
  - `medloc check --language fr` prints the findings of every family in French (schema,
    spelling, typography, terminology, suppression, translation, medical), with French
    typography, and the text output's own words too (severity, "did you mean");
  - without --language, in a C locale (a CI log), the same findings stay in English, word
    for word what medloc has always printed;
  - a French locale (LC_ALL=fr_FR.UTF-8) is enough for French, and --language en wins
    over it;
  - JSON keeps the English message whatever the language, with the message id beside it.
"""
import json
import os
import sys

from e2e_support import argument_parser, check, finish, medloc

RULES = "tests/fixtures/rules/"
# One true positive per family, and a line of each finding in both languages: English as
# medloc has always printed it, French as the catalogue says it.
CASES = [
    (RULES + "schema.duplicate-id/true-positive.xml",
     "duplicate id 'intro' (first used by <p>",
     "identifiant «\u00a0intro\u00a0» en double (déjà employé par <p>"),
    (RULES + "schema.not-well-formed/true-positive.xml",
     None,
     "XML mal formé\u00a0: "),
    (RULES + "typography.decimal-point/true-positive.xml",
     "decimal point in a French number: write '",
     "point décimal dans un nombre en français\u00a0: écrivez «\u00a0"),
    (RULES + "medical.trailing-zero/true-positive.xml",
     "trailing zero in the dose '1,0 mg par prise': write '1', which cannot be misread as ten "
     "times the dose",
     "zéro final dans la dose «\u00a01,0 mg par prise\u00a0»\u00a0: écrivez «\u00a01\u00a0», "
     "qui ne peut pas être lu comme dix fois la dose"),
    (RULES + "translation.missing-target/true-positive.xlf",
     "target in unit '",
     "cible"),
    (RULES + "suppression.missing-reason/true-positive.xml",
     "medloc-ignore without a reason: say why",
     "medloc-ignore sans raison\u00a0: dites pourquoi"),
    (RULES + "spelling.unknown-word/true-positive.xml",
     "unknown word 'microrragies' (did you mean 'métrorragies'?)",
     "mot inconnu «\u00a0microrragies\u00a0» (vouliez-vous dire «\u00a0métrorragies\u00a0»"
     "\u00a0?)"),
    (RULES + "spelling.foreign-word/true-positive.xml",
     "'pregnancy' is English, not the text's language: mark it with <foreign xml:lang=\"en\">",
     "«\u00a0pregnancy\u00a0» est un mot anglais, pas de la langue du texte\u00a0: balisez-le "
     "avec <foreign xml:lang=\"en\">"),
    (RULES + "translation.number-mismatch/true-positive.xlf",
     "number '18' (18) is not in the source; the source has '15'",
     "le nombre «\u00a018\u00a0» (18) n’est pas dans la source\u00a0; la source contient "
     "«\u00a015\u00a0»"),
    (RULES + "medical.review-missing/true-positive.xml",
     "article marked approved without the review's date: say who approved it and when",
     "article marqué approuvé sans la date de la relecture\u00a0: indiquez qui l’a approuvé"),
]
ENGLISH_LABELS = ("error:", "warning:", "info:")
FRENCH_LABELS = ("erreur\u00a0:", "avertissement\u00a0:", "information\u00a0:")


def lines_of(result, path, rule_id):
    return [line for line in result.stdout.splitlines()
            if line.startswith(path + ":") and line.endswith(f"[{rule_id}]")]


def run(binary, paths, *options, locale="C.UTF-8"):
    env = dict(os.environ, NO_COLOR="1", LC_ALL=locale)
    return medloc(binary, "check", "--no-cache", "--today", "2026-11-24", *options, *paths,
                  env=env)


def test_languages(binary):
    # Every case in one run per language (a run per file costs a start of medloc each).
    paths = [path for path, _, _ in CASES]
    default = run(binary, paths)
    in_french = run(binary, paths, "--language", "fr")
    # Errors exit 1, warnings 0: the language changes neither.
    check(default.returncode == in_french.returncode == 1,
          f"exit {default.returncode} and {in_french.returncode}")
    for path, english, french in CASES:
        rule_id = path.split("/")[-2]
        english_lines = lines_of(default, path, rule_id)
        french_lines = lines_of(in_french, path, rule_id)
        check(english_lines and len(english_lines) == len(french_lines),
              f"{rule_id}: {len(english_lines)} English and {len(french_lines)} French lines")
        if english is not None:
            check(any(english in line for line in english_lines),
                  f"{rule_id}: English by default: {english_lines}")
        check(all(french not in line for line in english_lines),
              f"{rule_id}: no French by default: {english_lines}")
        check(any(french in line for line in french_lines),
              f"{rule_id}: French with --language fr: {french_lines}")
        for before, after in zip(english_lines, french_lines):
            check(before != after, f"{rule_id}: the same line in both languages: {after}")
            check("{" not in after, f"{rule_id}: unformatted argument: {after}")
            # Same place, same rule: only the message and the severity's name changed.
            check(before.split(": ")[0] == after.split(": ")[0], f"{rule_id}: place {after}")
            check(before.split(": ", 1)[1].startswith(ENGLISH_LABELS),
                  f"{rule_id}: English severity: {before}")
            check(after.split(": ", 1)[1].startswith(FRENCH_LABELS),
                  f"{rule_id}: French severity: {after}")
            check("did you mean" not in after, f"{rule_id}: English words in French: {after}")
    summary = in_french.stdout.strip().splitlines()[-1]
    check(summary.startswith(f"medloc\u00a0: {len(CASES)} fichiers vérifiés"),
          f"French summary: {summary}")
    one = run(binary, paths[:1], "--language", "fr").stdout.strip().splitlines()[-1]
    check(one.startswith("medloc\u00a0: 1 fichier vérifié"), f"French summary of one: {one}")


def test_locale(binary):
    path, english, french = CASES[3]
    rule_id = path.split("/")[-2]
    from_locale = lines_of(run(binary, [path], locale="fr_FR.UTF-8"), path, rule_id)
    check(any(french in line for line in from_locale), f"French locale: {from_locale}")
    asked = lines_of(run(binary, [path], "--language", "en", locale="fr_FR.UTF-8"), path,
                     rule_id)
    check(any(english in line for line in asked), f"--language en wins: {asked}")


def test_json(binary):
    path, english, _ = CASES[3]
    result = run(binary, [path], "--language", "fr", "--format", "json")
    check(result.returncode == 0, f"json exit {result.returncode}")
    if result.returncode != 0:
        return
    findings = [f for f in json.loads(result.stdout)["findings"]
                if f["rule_id"] == "medical.trailing-zero"]
    check(findings and findings[0]["message"].startswith(english[:40]),
          f"JSON message stays English: {findings[:1]}")
    check(findings and findings[0].get("message_id") == "medical.trailing-zero",
          f"JSON message id: {findings[:1]}")
    check(findings and findings[0].get("message_arguments", {}).get("fixed") == "1",
          f"JSON message arguments: {findings[:1]}")


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    test_languages(binary)
    test_locale(binary)
    test_json(binary)
    return finish("messages")


if __name__ == "__main__":
    sys.exit(main())
