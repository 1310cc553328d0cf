#!/usr/bin/env python3
"""The translation round trip end to end, with the real binary on a copy of the sample
corpus: extract XLIFF, translate (targets filled from tests/fixtures/translations, as a
CAT tool would), check the XLIFF, coverage, merge into schema-valid localized articles
(the seed article's English version is compared with its recorded form); then the source
changes after approval: the unit turns stale, coverage drops and merge leaves the
article out."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from e2e_support import REPO, argument_parser

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(REPO, "tests", "fixtures", "translations", "en-US")
ARTICLES = ["fausse-couche-8-semaines", "fievre-enfant"]
failures = []


def expect(condition, message):
    print(("ok: " if condition else "FAIL: ") + message)
    if not condition:
        failures.append(message)


def medloc(binary, project, *args):
    run = subprocess.run([binary, *args], cwd=project, capture_output=True, timeout=60)
    return run.returncode, run.stdout.decode("utf-8"), run.stderr.decode("utf-8")


def fill_targets(xliff_path, translations):
    with open(xliff_path, encoding="utf-8") as f:
        text = f.read()
    for unit_id, target in translations.items():
        pattern = re.compile(r'(<unit id="' + re.escape(unit_id) + r'">.*?)<segment state="initial">(\s*<source>.*?</source>)', re.S)
        text, count = pattern.subn(lambda m: m.group(1) + '<segment state="final">' + m.group(2) +
                                   "\n        <target>" + target + "</target>", text, count=1)
        expect(count == 1, f"{os.path.basename(xliff_path)}: unit {unit_id} translated")
    with open(xliff_path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    with tempfile.TemporaryDirectory() as project:
        os.makedirs(os.path.join(project, "content"))
        for article in ARTICLES:
            shutil.copy(os.path.join(REPO, "content", article + ".xml"), os.path.join(project, "content"))
        with open(os.path.join(project, "medloc.ini"), "w") as f:
            termbase = os.path.join(REPO, "terminology", "termbase.tbx")
            f.write(f"[paths]\nschemas = {REPO}/schemas\nterminology = {REPO}/terminology\n"
                    + (f"termbase = {termbase}\n" if os.path.exists(termbase) else "")
                    + "[locales]\nsource = fr-FR\ntargets = en-US\n")

        code, _, err = medloc(binary, project, "extract", "--locale", "en-US")
        expect(code == 0, "extract exits 0")
        for article in ARTICLES:
            translations = {}
            with open(os.path.join(FIXTURES, article + ".tsv"), encoding="utf-8") as f:
                for line in f:
                    if line.strip() and not line.startswith("#"):
                        unit_id, target = line.rstrip("\n").split("\t", 1)
                        translations[unit_id] = target
            fill_targets(os.path.join(project, "translations", "en-US", article + ".xlf"), translations)

        code, out, _ = medloc(binary, project, "check", "--format", "json", "translations")
        findings = json.loads(out)["findings"]
        translation_errors = [f for f in findings if f["rule_id"].startswith(("translation.", "schema."))]
        expect(translation_errors == [], f"the translated XLIFF has no translation or schema finding: {translation_errors}")

        code, out, _ = medloc(binary, project, "coverage", "--format", "json", "--min-coverage", "en-US=100")
        coverage = json.loads(out)["locales"]["en-US"]
        expect(code == 0, "coverage gate en-US=100 passes")
        by_id = {a["article"]: a for a in coverage["articles"]}
        expect(by_id["fievre-enfant"]["approved_share"] == 1.0 and by_id["fievre-enfant"]["publishable"],
               "fievre-enfant fully approved and publishable")
        expect(by_id["fausse-couche-8-semaines"]["approved_share"] == 1.0 and not by_id["fausse-couche-8-semaines"]["publishable"],
               "the seed is fully translated but not publishable (its source review is not approved)")

        code, out, _ = medloc(binary, project, "merge", "--locale", "en-US")
        expect(code == 0, "merge exits 0")
        code, out, _ = medloc(binary, project, "validate", "localized/en-US")
        expect(code == 0, "the merged articles are schema-valid: " + out.strip().splitlines()[-1])
        with open(os.path.join(project, "localized", "en-US", "fausse-couche-8-semaines.xml"), encoding="utf-8") as f:
            merged = f.read()
        expected_path = os.path.join(FIXTURES, "expected", "fausse-couche-8-semaines.xml")
        if os.environ.get("MEDLOC_UPDATE_GOLDEN"):
            with open(expected_path, "w", encoding="utf-8") as f:
                f.write(merged)
        with open(expected_path, encoding="utf-8") as f:
            expect(merged == f.read(), "the seed's English article equals tests/fixtures/translations/en-US/expected/")

        # The source changes after approval.
        source = os.path.join(project, "content", "fievre-enfant.xml")
        with open(source, encoding="utf-8") as f:
            text = f.read()
        with open(source, "w", encoding="utf-8") as f:
            f.write(text.replace("toutes les six heures", "toutes les quatre à six heures"))
        code, out, _ = medloc(binary, project, "coverage", "--format", "json", "--min-coverage", "en-US=100")
        fievre = {a["article"]: a for a in json.loads(out)["locales"]["en-US"]["articles"]}["fievre-enfant"]
        expect(code == 1 and fievre["stale"]["units"] == 1 and not fievre["publishable"],
               "after the change: one stale unit, coverage below 100 %, gate fails")
        code, _, err = medloc(binary, project, "extract", "--locale", "en-US")
        expect("1 stale" in err, "extract marks the unit stale: " + err.strip().splitlines()[-1])
        code, out, _ = medloc(binary, project, "merge", "--locale", "en-US")
        expect(code == 1 and "soulager-p: stale" in out and
               not os.path.exists(os.path.join(project, "localized", "en-US", "fievre-enfant.xml")),
               "merge leaves fievre-enfant out and removes its outdated English version: " + out.strip().replace("\n", " | "))
        code, out, _ = medloc(binary, project, "check", "translations/en-US/fievre-enfant.xlf")
        expect("[translation.stale]" in out, "check reports the stale unit")
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
