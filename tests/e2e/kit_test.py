#!/usr/bin/env python3
"""Translation kits end to end, with the real binary on copies of the sample project:
kit create (content, reproducible bytes, word counts, context units, what it refuses to
replace), translation by a script, by the npm `xliff` package (XLIFF 2) and by
translate-toolkit (XLIFF 1.2, through its store and through a PO round trip), then kit
import: targets merged and coverage up, an edited source rejected, a source changed after
the kit imported as stale, a changed dose rejected with medical.dose-mismatch, a newer final
target kept unless --force, a second import that changes nothing, and hostile or damaged
returns refused with nothing written."""
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

from e2e_support import REPO, argument_parser, check, copy_project, finish

FIXTURES = os.path.join(REPO, "tests", "fixtures", "translations", "en-US")
NPM_TOOLS = None  # set by main()
TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kit_tools")
XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0"
FIEVRE = "fievre-enfant"
SEED = "fausse-couche-8-semaines"
EPOCH = "1780000000"


def medloc(binary, project, *args, env=None):
    run = subprocess.run([binary, *args], cwd=project, capture_output=True, timeout=300,
                         env={**os.environ, **(env or {})})
    return run.returncode, run.stdout.decode("utf-8"), run.stderr.decode("utf-8")


def tree_digest(folder):
    """Every file under `folder` with its SHA-256: what 'nothing written' compares."""
    digest = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                digest[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return digest


def read_tsv(article):
    targets = {}
    with open(os.path.join(FIXTURES, article + ".tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                unit_id, target = line.rstrip("\n").split("\t", 1)
                targets[unit_id] = target
    return targets


def edit(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    check(old in text, f"{os.path.basename(path)} holds '{old}'")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


def strip_targets(path, unit_ids):
    """Leaves the units untranslated, as extract writes a new unit."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for unit_id in unit_ids:
        pattern = re.compile(r'(<unit id="' + re.escape(unit_id) +
                             r'">.*?)<segment state="final">(\s*<source>.*?</source>)\s*<target>.*?</target>',
                             re.S)
        text, count = pattern.subn(lambda m: m.group(1) + '<segment state="initial">' + m.group(2), text, count=1)
        check(count == 1, f"unit {unit_id} untranslated in {os.path.basename(path)}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def set_final_target(path, unit_id, target):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    pattern = re.compile(r'(<unit id="' + re.escape(unit_id) + r'">.*?)<segment state="[a-z]+">(\s*<source>.*?</source>)(\s*<target>.*?</target>)?',
                         re.S)
    text, count = pattern.subn(lambda m: m.group(1) + '<segment state="final">' + m.group(2) +
                               "\n        <target>" + target + "</target>", text, count=1)
    check(count == 1, f"unit {unit_id} given a newer final target")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def unpack(kit, folder):
    with zipfile.ZipFile(kit) as z:
        z.extractall(folder)
        return sorted(z.namelist())


def pack(folder, kit):
    with zipfile.ZipFile(kit, "w", zipfile.ZIP_DEFLATED) as z:
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                path = os.path.join(root, name)
                z.write(path, os.path.relpath(path, folder))


def coverage(binary, project):
    code, out, _ = medloc(binary, project, "coverage", "--format", "json")
    data = json.loads(out)["locales"]["en-US"]
    by_article = {a["article"]: a for a in data["articles"]}
    return data["total"], by_article


def outcomes(report_path):
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    return report, {(u["article"], u["unit"]): u for u in report["units"]}


def script_translate(folder):
    """A translator's script: ElementTree fills every unlocked unit from the fixtures."""
    ET.register_namespace("", XLIFF2)
    ET.register_namespace("mda", "urn:oasis:names:tc:xliff:metadata:2.0")
    for article in (FIEVRE, SEED):
        path = os.path.join(folder, "en-US", article + ".xlf")
        targets = read_tsv(article)
        tree = ET.parse(path)
        for unit in tree.getroot().iter("{%s}unit" % XLIFF2):
            if unit.get("translate") == "no":
                continue
            segment = unit.find("{%s}segment" % XLIFF2)
            target = segment.find("{%s}target" % XLIFF2)
            if target is not None:
                segment.remove(target)
            target = ET.fromstring('<target xmlns="%s">%s</target>' % (XLIFF2, targets[unit.get("id")]))
            segment.append(target)
            segment.set("state", "final")
        tree.write(path, encoding="utf-8", xml_declaration=True)


def prepare_project(work, name):
    project = copy_project(os.path.join(work, name))
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "."], cwd=project, check=True)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "sample"],
                   cwd=project, check=True)
    return project


def test_script_round_trip(binary, work):
    project = prepare_project(work, "script")
    translations = os.path.join(project, "translations", "en-US")
    os.remove(os.path.join(translations, SEED + ".xlf"))
    strip_targets(os.path.join(translations, FIEVRE + ".xlf"),
                  ["title", "q", "intro", "soulager-p", "alertes-1", "alertes-2", "alertes-3"])
    # A source edited after its translation was approved: stale when the kit is made.
    edit(os.path.join(project, "content", FIEVRE + ".xml"), "appelez votre médecin traitant", "appelez votre médecin")
    before_total, before = coverage(binary, project)

    articles = [f"content/{FIEVRE}.xml", f"content/{SEED}.xml"]
    code, out, err = medloc(binary, project, "kit", "create", "--locale", "en-US", "--out", "kit.zip", *articles,
                            env={"SOURCE_DATE_EPOCH": EPOCH})
    check(code == 0, f"kit create exits 0: {err}")
    names = unpack(os.path.join(project, "kit.zip"), os.path.join(work, "script-kit"))
    check(names == ["conventions.md", "en-US/fausse-couche-8-semaines.xlf", "en-US/fievre-enfant.xlf",
                    "glossary.csv", "glossary.tbx", "kit.json"], f"the kit's files: {names}")
    with open(os.path.join(work, "script-kit", "kit.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    units = {(u["article"], u["unit"]): u for u in manifest["units"]}
    check(len([u for u in units if u[0] == SEED]) == 11, "the seed's 11 units are in the kit (no translation)")
    check(sorted(u for a, u in units if a == FIEVRE) ==
          sorted(["title", "q", "intro", "soulager-p", "alertes-1", "alertes-2", "alertes-3", "rappel"]),
          "fievre-enfant: its 7 untranslated units and the stale one")
    check(units[(FIEVRE, "rappel")]["status"] == "stale" and units[(FIEVRE, "title")]["status"] == "missing",
          "statuses: rappel stale, title missing")
    check(sorted(c["unit"] for c in manifest["context"]) == ["consulter-h", "ref-1", "soulager-h"],
          f"approved neighbours as context: {manifest['context']}")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=project, capture_output=True, text=True).stdout.strip()
    check(manifest["source_revision"] == head, "kit.json names the source revision")
    check(manifest["created"] == "2026-05-28T20:26:40Z", f"creation time from SOURCE_DATE_EPOCH: {manifest['created']}")
    words = manifest["words"]["en-US"]
    check(words["new"] == sum(u["words"] for u in manifest["units"] if u["status"] == "missing" and not u["repeated"])
          and words["stale"] == units[(FIEVRE, "rappel")]["words"] and words["total"] > 0,
          f"word counts for quoting: {words}")
    check(f"en-US: {words['units']} unit{'' if words['units'] == 1 else 's'}, {words['total']} words: {words['new']} new, {words['stale']} stale, "
          f"{words['repeated']} repeated" in out, f"kit create prints the word counts: {out}")
    check(os.path.exists(os.path.join(project, "kits", manifest["kit_id"] + ".json")),
          "the manifest is recorded in kits/")
    kit_xlf = os.path.join(work, "script-kit", "en-US", FIEVRE + ".xlf")
    with open(kit_xlf, encoding="utf-8") as f:
        kit_text = f.read()
    check('<unit id="soulager-h" translate="no">' in kit_text, "context units are locked (translate=\"no\")")
    check("Help your child feel better" in kit_text or "Helping your child feel better" in kit_text,
          "a context unit carries its approved translation")
    code, out, _ = medloc(binary, project, "check", "--format", "json", os.path.join(work, "script-kit", "en-US"))
    schema = [f for f in json.loads(out)["findings"] if f["rule_id"].startswith("schema.")]
    check(schema == [], f"the kit's XLIFF 2.1 files are valid (OASIS schemas and constraints): {schema}")
    code, out, err = medloc(binary, project, "terms", "stats", "--termbase", os.path.join(work, "script-kit", "glossary.tbx"))
    check(code == 0 and "concepts:" in out, f"the kit's glossary.tbx reads back: {out} {err}")
    with open(os.path.join(work, "script-kit", "glossary.csv"), encoding="utf-8") as f:
        glossary = f.read()
    with open(os.path.join(project, "terminology", "termbase.tbx"), encoding="utf-8") as f:
        termbase_concepts = f.read().count("<conceptEntry")
    glossary_concepts = {line.split(",")[0] for line in glossary.splitlines()[1:]}
    check("c-paracetamol" in glossary_concepts and "c-fausse-couche" in glossary_concepts and
          0 < len(glossary_concepts) < termbase_concepts,
          f"glossary.csv holds the concepts in use, not the whole termbase: {sorted(glossary_concepts)}")
    with open(os.path.join(work, "script-kit", "conventions.md"), encoding="utf-8") as f:
        conventions = f.read()
    check("mcg" in conventions and "decimal point" in conventions and "Kit de traduction" in conventions,
          "conventions.md: microgram notation, decimal separator, in English and French")

    # Reproducible: the same kit again gives the same bytes.
    code, _, err = medloc(binary, project, "kit", "create", "--locale", "en-US", "--out", "kit2.zip", *articles,
                          env={"SOURCE_DATE_EPOCH": EPOCH})
    with open(os.path.join(project, "kit.zip"), "rb") as a, open(os.path.join(project, "kit2.zip"), "rb") as b:
        first, second = a.read(), b.read()
    check(code == 0 and first == second,
          f"SOURCE_DATE_EPOCH: the same kit, byte for byte ({code} {err} {len(first)} {len(second)})")
    code, _, err = medloc(binary, project, "kit", "create", "--locale", "en-US", "--out", f"content/{FIEVRE}.xml",
                          *articles)
    check(code == 2 and "refusing" in err, f"kit create never replaces a file it did not write: {err}")

    # After the kit: a source changes, and someone else approves a newer target.
    edit(os.path.join(project, "content", FIEVRE + ".xml"), "très somnolent", "très somnolent, agité")
    set_final_target(os.path.join(translations, FIEVRE + ".xlf"), "q", "My child has a fever: what now?")

    returned = os.path.join(work, "script-returned")
    shutil.copytree(os.path.join(work, "script-kit"), returned)
    script_translate(returned)
    seed_xlf = os.path.join(returned, "en-US", SEED + ".xlf")
    with open(seed_xlf, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("Fausse couche à 8 semaines", "Fausse couche à huit semaines", 1)  # the translator edits a source
    with open(seed_xlf, "w", encoding="utf-8") as f:
        f.write(text)
    fievre_xlf = os.path.join(returned, "en-US", FIEVRE + ".xlf")
    with open(fievre_xlf, encoding="utf-8") as f:
        text = f.read()
    check("15 mg/kg" in text, "the returned fievre-enfant holds the 15 mg/kg dose")
    with open(fievre_xlf, "w", encoding="utf-8") as f:
        f.write(text.replace(">15 mg/kg<", ">25 mg/kg<", 1))
    os.rename(os.path.join(returned, "en-US"), os.path.join(returned, "traduit-en-US"))  # files moved
    pack(returned, os.path.join(work, "returned.zip"))

    report_path = os.path.join(work, "report.json")
    code, out, err = medloc(binary, project, "kit", "import", "--report", report_path, os.path.join(work, "returned.zip"))
    check(code == 1, f"kit import exits 1 (some units rejected or conflicting): {code} {err}")
    report, by_unit = outcomes(report_path)
    print(out)
    check(by_unit[(SEED, "title")]["outcome"] == "rejected" and "source was changed" in by_unit[(SEED, "title")]["reason"],
          f"the unit whose source the translator edited is rejected: {by_unit[(SEED, 'title')]}")
    dose = by_unit[(FIEVRE, "soulager-p")]
    check(dose["outcome"] == "rejected" and "medical.dose-mismatch" in dose["reason"] and
          any(f["rule_id"] == "medical.dose-mismatch" for f in dose["findings"]),
          f"a changed dose is rejected with medical.dose-mismatch: {dose}")
    check(by_unit[(FIEVRE, "alertes-3")]["outcome"] == "imported-stale",
          f"a unit whose source changed after the kit is imported as stale: {by_unit[(FIEVRE, 'alertes-3')]}")
    check(by_unit[(FIEVRE, "q")]["outcome"] == "conflicting", f"a newer final target is kept: {by_unit[(FIEVRE, 'q')]}")
    imported = [k for k, u in by_unit.items() if u["outcome"] == "imported"]
    check(len(imported) == 15 and (FIEVRE, "rappel") in imported,
          f"the other 15 units are imported, the stale-at-creation one included: {sorted(by_unit.items())}")
    check(report["summary"]["imported"] == 15 and report["summary"]["rejected"] == 2, f"summary: {report['summary']}")
    after_total, after = coverage(binary, project)
    check(after_total["final"]["units"] > before_total["final"]["units"] and
          after_total["approved_share"] > before_total["approved_share"],
          f"coverage rises: {before_total['approved_share']} -> {after_total['approved_share']}")
    check(after[SEED]["final"]["units"] == 10, f"the seed: 10 units final after import: {after[SEED]}")
    check(after[FIEVRE]["stale"]["units"] == 1, f"fievre-enfant: alertes-3 stale after import: {after[FIEVRE]}")
    code, out, _ = medloc(binary, project, "check", "--format", "json", "translations/en-US")
    bad = [f for f in json.loads(out)["findings"] if f["rule_id"].startswith("schema.") or
           f["rule_id"] in ("translation.inline-codes", "medical.dose-mismatch")]
    check(bad == [], f"the merged XLIFF files are valid, codes and doses intact: {bad}")
    code, out, _ = medloc(binary, project, "merge", "--locale", "en-US", f"content/{SEED}.xml")
    check("title" in out, f"merge still waits for the rejected seed title: {out}")

    # The same return again: nothing changes.
    before_second = tree_digest(os.path.join(project, "translations"))
    code, out, err = medloc(binary, project, "kit", "import", "--report", report_path, os.path.join(work, "returned.zip"))
    report2, by_unit2 = outcomes(report_path)
    check(tree_digest(os.path.join(project, "translations")) == before_second and report2["written"] == [],
          "importing the same kit twice changes nothing")
    check(report2["summary"]["unchanged"] == 16, f"second import: 16 unchanged: {report2['summary']}")

    # --force replaces the newer final target.
    code, out, err = medloc(binary, project, "kit", "import", "--force", "--report", report_path,
                            os.path.join(work, "returned.zip"))
    _, by_unit3 = outcomes(report_path)
    check(by_unit3[(FIEVRE, "q")]["outcome"] == "imported", f"--force imports over the newer target: {by_unit3[(FIEVRE, 'q')]}")
    return project, os.path.join(work, "script-kit")


def test_npm_xliff(binary, work):
    project = prepare_project(work, "npm")
    os.remove(os.path.join(project, "translations", "en-US", FIEVRE + ".xlf"))
    before_total, _ = coverage(binary, project)
    code, _, err = medloc(binary, project, "kit", "create", "--out", "kit.zip", f"content/{FIEVRE}.xml")
    check(code == 0, f"kit create (XLIFF 2.1) for the npm tool: {err}")
    folder = os.path.join(work, "npm-kit")
    unpack(os.path.join(project, "kit.zip"), folder)
    renamed = os.path.join(folder, "en-US", "Fievre enfant (EN).xlf")
    os.rename(os.path.join(folder, "en-US", FIEVRE + ".xlf"), renamed)
    run = subprocess.run(["node", os.path.join(TOOLS, "npm_translate.js"), os.path.join(FIXTURES, FIEVRE + ".tsv"),
                          renamed], cwd=NPM_TOOLS, capture_output=True, text=True, timeout=120)
    check(run.returncode == 0, f"the npm xliff tool ran: {run.stderr}")
    with open(renamed, encoding="utf-8") as f:
        rewritten = f.read()
    check('version="2.0"' in rewritten and "originalData" not in rewritten,
          "the npm tool rewrote the file its own way (XLIFF 2.0, no original data)")
    pack(folder, os.path.join(work, "npm-returned.zip"))
    code, out, err = medloc(binary, project, "kit", "import", os.path.join(work, "npm-returned.zip"))
    check(code == 0 and "11 imported" in out, f"every unit of the npm tool's return is imported: {out} {err}")
    after_total, after = coverage(binary, project)
    check(after[FIEVRE]["translated"]["units"] == 11 and after_total["translated"]["units"] > before_total["translated"]["units"],
          f"coverage rises (translated units): {after[FIEVRE]}")
    code, out, _ = medloc(binary, project, "merge", "--locale", "en-US", f"content/{FIEVRE}.xml")
    check("translated, not final" in out, f"merge reads the merged file (translated, not yet final): {out}")


def test_translate_toolkit(binary, work):
    project = prepare_project(work, "toolkit")
    os.remove(os.path.join(project, "translations", "en-US", FIEVRE + ".xlf"))
    code, _, err = medloc(binary, project, "kit", "create", "--xliff-version", "1.2", "--out", "kit.zip",
                          f"content/{FIEVRE}.xml")
    check(code == 0, f"kit create --xliff-version 1.2: {err}")
    folder = os.path.join(work, "toolkit-kit")
    unpack(os.path.join(project, "kit.zip"), folder)
    kit_xlf = os.path.join(folder, "en-US", FIEVRE + ".xlf")
    pocount = subprocess.run(["pocount", kit_xlf], capture_output=True, text=True, timeout=60)
    check(pocount.returncode == 0 and "Total:" in pocount.stdout, f"pocount reads the XLIFF 1.2 kit: {pocount.stderr}")

    # Through translate-toolkit's XLIFF store: codes kept as <g> placeables.
    store_copy = os.path.join(work, "toolkit-store")
    shutil.copytree(folder, store_copy)
    run = subprocess.run(["/usr/bin/python3", os.path.join(TOOLS, "toolkit_translate.py"),
                          os.path.join(FIXTURES, FIEVRE + ".tsv"), os.path.join(store_copy, "en-US", FIEVRE + ".xlf")],
                         capture_output=True, text=True, timeout=120)
    check(run.returncode == 0, f"translate-toolkit's store filled the kit: {run.stderr}")
    pack(store_copy, os.path.join(work, "toolkit-store.zip"))
    report_path = os.path.join(work, "toolkit-report.json")

    # Through a PO round trip: xliff2po, msgstr filled, po2xliff. PO keeps no inline codes.
    po_copy = os.path.join(work, "toolkit-po")
    os.makedirs(po_copy)
    shutil.copy(os.path.join(folder, "kit.json"), po_copy)
    po = os.path.join(work, FIEVRE + ".po")
    subprocess.run(["xliff2po", kit_xlf, po], check=True, capture_output=True, timeout=60)
    plain = {k: re.sub(r"<[^>]+>", "", v) for k, v in read_tsv(FIEVRE).items()}
    with open(po, encoding="utf-8") as f:
        lines = f.read().split("\n")
    filled, location = [], None
    for line in lines:
        if line.startswith("#: "):
            location = line[3:].strip()
        if line == 'msgstr ""' and location in plain:
            line = 'msgstr "' + plain[location].replace('"', '\\"') + '"'
            location = None
        filled.append(line)
    with open(po, "w", encoding="utf-8") as f:
        f.write("\n".join(filled))
    os.makedirs(os.path.join(po_copy, "en-US"))
    subprocess.run(["po2xliff", po, os.path.join(po_copy, "en-US", FIEVRE + ".xlf")], check=True,
                   capture_output=True, timeout=60)
    pack(po_copy, os.path.join(work, "toolkit-po.zip"))
    code, out, err = medloc(binary, project, "kit", "import", "--report", report_path, os.path.join(work, "toolkit-po.zip"))
    report, by_unit = outcomes(report_path)
    with_codes = {k for k, v in read_tsv(FIEVRE).items() if "<pc" in v}
    for unit_id in read_tsv(FIEVRE):
        outcome = by_unit[(FIEVRE, unit_id)]
        if unit_id in with_codes:
            check(outcome["outcome"] == "rejected" and "translation.inline-codes" in outcome["reason"],
                  f"PO round trip: {unit_id} lost its codes and is rejected: {outcome}")
        else:
            check(outcome["outcome"] == "imported", f"PO round trip: {unit_id} imported: {outcome}")

    code, out, err = medloc(binary, project, "kit", "import", "--report", report_path, os.path.join(work, "toolkit-store.zip"))
    report, by_unit = outcomes(report_path)
    check(code == 0 and report["summary"]["imported"] == len(with_codes) and
          report["summary"]["unchanged"] == 11 - len(with_codes),
          f"translate-toolkit's store: the units with codes imported now, the others unchanged: {report['summary']} {err}")
    _, after = coverage(binary, project)
    check(after[FIEVRE]["final"]["units"] == 11, f"fievre-enfant fully approved after the XLIFF 1.2 returns: {after[FIEVRE]}")


def test_hostile_returns(binary, work, project, kit_folder):
    with open(os.path.join(kit_folder, "kit.json"), encoding="utf-8") as f:
        manifest_text = f.read()
    xlf_name = "en-US/" + FIEVRE + ".xlf"
    with open(os.path.join(kit_folder, xlf_name), encoding="utf-8") as f:
        xlf_text = f.read()
    translations = os.path.join(project, "translations")
    outside = os.path.join(work, "evil.xlf")

    def refused(name, kit, expected):
        before = tree_digest(translations)
        code, out, err = medloc(binary, project, "kit", "import", kit)
        check(code == 2 and expected in err and "nothing written" in err,
              f"{name}: refused ({expected}): {code} {err.strip()}")
        check(tree_digest(translations) == before and not os.path.exists(outside), f"{name}: nothing written")

    def archive(name, entries, mode=None):
        path = os.path.join(work, name + ".zip")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for entry in entries:
                if isinstance(entry, zipfile.ZipInfo):
                    z.writestr(entry, "target")
                else:
                    z.writestr(entry[0], entry[1])
        return path

    refused("zip-slip", archive("slip", [("kit.json", manifest_text), ("../evil.xlf", xlf_text)]), "unsafe entry name")
    refused("absolute name", archive("absolute", [("kit.json", manifest_text), (outside, xlf_text)]), "unsafe entry name")
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        refused("duplicate names", archive("duplicate", [("kit.json", manifest_text), (xlf_name, xlf_text),
                                                         (xlf_name, xlf_text)]), "there twice")
    refused("names differing in case", archive("case", [("kit.json", manifest_text), (xlf_name, xlf_text),
                                                        (xlf_name.upper(), xlf_text)]), "there twice")
    link = zipfile.ZipInfo("en-US/link.xlf")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    refused("symbolic link", archive("symlink", [("kit.json", manifest_text), link]), "not a regular file")
    huge = os.path.join(work, "huge.zip")
    with zipfile.ZipFile(huge, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("kit.json", manifest_text)
        with z.open("en-US/huge.xlf", "w", force_zip64=True) as entry:
            block = b"\0" * (1 << 20)
            for _ in range(70):
                entry.write(block)
    check(os.path.getsize(huge) < 1 << 20, "the huge entry packs into under 1 MiB (a zip bomb)")
    refused("huge entry", huge, "larger than")
    refused("too many entries", archive("many", [("kit.json", manifest_text)] +
                                        [(f"x/{i}.txt", "") for i in range(10001)]), "more than 10000 entries")
    with open(os.path.join(project, "kit.zip"), "rb") as f:
        whole = f.read()
    truncated = os.path.join(work, "truncated.zip")
    with open(truncated, "wb") as f:
        f.write(whole[: len(whole) // 2])
    refused("truncated archive", truncated, "refused")
    altered = json.loads(manifest_text)
    altered["units"][0]["source_hash"] = "sha256:" + "0" * 64
    refused("altered kit.json", archive("altered", [("kit.json", json.dumps(altered)), (xlf_name, xlf_text)]),
            "differs from the manifest recorded")
    refused("no kit.json", archive("nomanifest", [(xlf_name, xlf_text)]), "no kit.json")


def test_repetitions(binary, work):
    project = prepare_project(work, "repetitions")
    os.remove(os.path.join(project, "translations", "en-US", FIEVRE + ".xlf"))
    source = os.path.join(project, "content", FIEVRE + ".xml")
    copy = os.path.join(project, "content", "fievre-enfant-copie.xml")
    with open(source, encoding="utf-8") as f:
        text = f.read()
    with open(copy, "w", encoding="utf-8") as f:
        f.write(text.replace('id="fievre-enfant"', 'id="fievre-enfant-copie"', 1))
    code, out, err = medloc(binary, project, "kit", "create", "--out", "kit.zip", f"content/{FIEVRE}.xml",
                            "content/fievre-enfant-copie.xml")
    folder = os.path.join(work, "repetitions-kit")
    unpack(os.path.join(project, "kit.zip"), folder)
    with open(os.path.join(folder, "kit.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    first = sum(u["words"] for u in manifest["units"] if u["article"] == FIEVRE)
    words = manifest["words"]["en-US"]
    check(code == 0 and words["new"] == first and words["repeated"] == first and
          all(u["repeated"] for u in manifest["units"] if u["article"] == "fievre-enfant-copie"),
          f"an article twice: its words are new once and repeated once: {words} ({first})")


def main():
    parser = argument_parser()
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    global NPM_TOOLS
    NPM_TOOLS = os.path.abspath(args.npm_tools)
    check(os.path.isdir(os.path.join(NPM_TOOLS, "node_modules", "xliff")),
          f"the npm xliff package is installed in {NPM_TOOLS} (scripts/install-npm-tools.sh)")
    with tempfile.TemporaryDirectory() as work:
        project, kit_folder = test_script_round_trip(binary, work)
        test_hostile_returns(binary, work, project, kit_folder)
        test_npm_xliff(binary, work)
        test_translate_toolkit(binary, work)
        test_repetitions(binary, work)
    return finish("kit")


if __name__ == "__main__":
    sys.exit(main())
