#!/usr/bin/env python3
"""medloc's XLIFF through translators' tools, with the real binary and the real tools:

  - `extract --xliff-version 1.2` writes XLIFF 1.2 that translate-toolkit reads: `pocount`
    counts one untranslated unit per block and reports no error; `xliff2po` gives one PO
    entry per unit located by its block id, and `po2xliff` turns it back into XLIFF that
    medloc reads; a translation made through translate-toolkit's XLIFF storage (the way
    Weblate edits XLIFF; each target = its source with its codes, so the result is known
    exactly, approved) reads back in medloc without an XLIFF error, and `merge` turns it
    into articles whose every block has exactly the source's text and inline markup (an
    exact round trip);
  - the same file through the npm `xliff` package (xliff12ToJs, jsToXliff12; written with
    indent '', since the package's default indentation puts line breaks inside <source>
    and <target>, which changes "L’<g>" into "L’ <g>");
  - an XLIFF 2.1 file through the npm `xliff` package (xliff2js, js2xliff), which drops
    <originalData> and medloc's metadata: merge still rebuilds every inline element from
    the article, since the <pc> ids match;
  - stale tracking in 1.2: a changed source makes `extract` mark the unit stale,
    `check` report translation.stale, `coverage` count it stale and `merge` refuse it.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

from e2e_support import argument_parser, check, copy_project, finish

XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0"
ARTICLE = "urn:medloc:article:1"


def run(command, cwd, **kwargs):
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=240,
                          **kwargs)


def blocks(path):
    """Each block's inline structure and text, white space read as medloc reads it."""
    root = ElementTree.parse(path).getroot()

    def shape(element):
        parts = [element.text or ""]
        for child in element:
            parts.append((child.tag, sorted(child.attrib.items()), shape(child)))
            parts.append(child.tail or "")
        merged = []
        for part in parts:
            if isinstance(part, str):
                part = re.sub(r"\s*[\r\n]\s*", " ", part)
                if merged and isinstance(merged[-1], str):
                    merged[-1] += part
                    continue
            merged.append(part)
        return merged

    found = {}
    for element in root.iter():
        if "id" in element.attrib and element is not root and not list(
                e for e in element if "id" in e.attrib):
            content = shape(element)
            if content and isinstance(content[0], str):
                content[0] = content[0].lstrip()
            if content and isinstance(content[-1], str):
                content[-1] = content[-1].rstrip()
            found[element.attrib["id"]] = content
    return found


def approve_12(path):
    """What a reviewer does in a CAT tool: every translated unit approved."""
    ElementTree.register_namespace("", XLIFF12)
    tree = ElementTree.parse(path)
    for unit in tree.getroot().iter(f"{{{XLIFF12}}}trans-unit"):
        if unit.find(f"{{{XLIFF12}}}target") is not None:
            unit.set("approved", "yes")
    tree.write(path, encoding="UTF-8", xml_declaration=True)


def finalize_2(path):
    ElementTree.register_namespace("", XLIFF2)
    tree = ElementTree.parse(path)
    for segment in tree.getroot().iter(f"{{{XLIFF2}}}segment"):
        segment.set("state", "final")
    tree.write(path, encoding="UTF-8", xml_declaration=True)


def articles(project):
    return sorted(n for n in os.listdir(os.path.join(project, "content")) if n.endswith(".xml"))


def check_merge(binary, project, locale, label):
    result = run([binary, "merge", "--locale", locale], project)
    check(result.returncode in (0, 1), f"{label}: merge exit {result.returncode} {result.stderr}")
    merged = 0
    for name in articles(project):
        article = os.path.join(project, "content", name)
        localized = os.path.join(project, "localized", locale, name)
        if not os.path.exists(localized):
            check(False, f"{label}: {name} not merged: {result.stderr[-400:]}")
            continue
        merged += 1
        check(blocks(localized) == blocks(article),
              f"{label}: {name}: every block's text and markup as in the source")
        lang = ElementTree.parse(localized).getroot().get(
            "{http://www.w3.org/XML/1998/namespace}lang")
        check(lang == locale, f"{label}: {name}: xml:lang {lang}")
    return merged


def xliff_errors(binary, project, folder, label):
    result = run([binary, "check", "--no-cache", "--format", "json", folder], project)
    check(result.returncode in (0, 1), f"{label}: check exit {result.returncode} {result.stderr}")
    findings = json.loads(result.stdout)["findings"] if result.stdout else []
    bad = [f for f in findings if f["rule_id"].startswith("schema.")]
    check(not bad, f"{label}: medloc reads the files without error: {bad[:3]}")
    return findings


def test_translate_toolkit(binary, project):
    locale = "es-ES"
    result = run([binary, "extract", "--xliff-version", "1.2", "--locale", locale], project)
    check(result.returncode == 0, f"extract 1.2: exit {result.returncode} {result.stderr}")
    folder = os.path.join(project, "translations", locale)
    files = sorted(os.listdir(folder))
    check(len(files) == len(articles(project)), f"one file per article: {files}")
    for name in files:
        root = ElementTree.parse(os.path.join(folder, name)).getroot()
        check(root.tag == f"{{{XLIFF12}}}xliff" and root.get("version") == "1.2",
              f"{name}: XLIFF 1.2")
    total_blocks = sum(len(blocks(os.path.join(project, "content", n))) for n in articles(project))

    def pocount_columns(column):
        counted = run(["pocount", "--csv", folder], project)
        check(counted.returncode == 0 and "ERROR" not in counted.stderr.upper(),
              f"pocount reads them: {counted.returncode} {counted.stderr[-500:]}")
        rows = [line.split(",") for line in counted.stdout.splitlines()[1:] if line.strip()]
        check(len(rows) == len(files), f"pocount: one row per file ({len(rows)})")
        return sum(int(row[column]) for row in rows)

    # pocount's CSV: 1 translated messages, 6 untranslated messages.
    untranslated = pocount_columns(6)
    check(untranslated == total_blocks,
          f"pocount: {untranslated} untranslated units, {total_blocks} blocks")

    # xliff2po reads every unit, located by its block id.
    po_folder = os.path.join(project, "po-check")
    os.makedirs(po_folder)
    for name in files:
        xlf = os.path.join(folder, name)
        po = os.path.join(project, name[:-4] + ".po")
        made = run(["xliff2po", "--progress=none", xlf, po], project)
        check(made.returncode == 0, f"xliff2po {name}: {made.stderr[-300:]}")
        with open(po, encoding="utf-8") as stream:
            text = stream.read()
        units = ElementTree.parse(xlf).getroot().iter(f"{{{XLIFF12}}}trans-unit")
        ids = [unit.get("id") for unit in units]
        check(all(f"#: {i}\n" in text for i in ids) and text.count("\nmsgid ") == len(ids) + 1,
              f"xliff2po {name}: one entry per unit, located by its id")
        back = run(["po2xliff", "--progress=none", po, po + ".xlf"], project)
        check(back.returncode == 0, f"po2xliff {name}: {back.stderr[-300:]}")
        os.remove(po)
        os.replace(po + ".xlf", os.path.join(po_folder, name))
    xliff_errors(binary, project, po_folder, "po2xliff output")
    shutil.rmtree(po_folder)

    # A translator's work through translate-toolkit's own XLIFF reader and writer, the way
    # Weblate and Virtaal edit XLIFF: every target = its source with its inline codes (a
    # translation whose result is known), approved.
    for name in files:
        translate_xliff_identically(os.path.join(folder, name))
    check(pocount_columns(1) == total_blocks and pocount_columns(6) == 0,
          "pocount: every unit translated")
    findings = xliff_errors(binary, project, folder, "translate-toolkit")
    check(not [f for f in findings if f["rule_id"] == "translation.missing-target"],
          "translate-toolkit: every target present")
    merged = check_merge(binary, project, locale, "translate-toolkit")
    check(merged == len(files), f"translate-toolkit: {merged} of {len(files)} articles merged")

    # Stale tracking: change one block's source and extract again.
    article = os.path.join(project, "content", "fievre-enfant.xml")
    with open(article, encoding="utf-8") as stream:
        text = stream.read()
    changed = text.replace("La fièvre chez l’enfant", "La fièvre chez le jeune enfant", 1)
    check(changed != text, "the title to change is there")
    with open(article, "w", encoding="utf-8") as stream:
        stream.write(changed)
    again = run([binary, "extract", "--locale", locale, "content/fievre-enfant.xml"], project)
    check(again.returncode == 0 and "1 stale" in again.stderr,
          f"extract marks the changed unit stale: {again.stderr}")
    xlf = os.path.join(folder, "fievre-enfant.xlf")
    root = ElementTree.parse(xlf).getroot()
    check(root.tag == f"{{{XLIFF12}}}xliff", "the file stays XLIFF 1.2")
    findings = xliff_errors(binary, project, xlf, "stale")
    stale = [f for f in findings if f["rule_id"] == "translation.stale"]
    check(len(stale) == 1 and stale[0]["block_id"] == "title",
          f"check reports the stale unit: {[(f['rule_id'], f['block_id']) for f in findings]}")
    coverage = run([binary, "coverage", "--locale", locale, "--format", "json"], project)
    check(coverage.returncode in (0, 1), f"coverage exit {coverage.returncode} {coverage.stderr}")
    if coverage.stdout:
        report = json.loads(coverage.stdout)
        check('"stale": {"units": 1' in json.dumps(report).replace("\n", "") or
              find_stale(report, "fievre-enfant") == 1,
              f"coverage counts one stale unit in fievre-enfant")
    refused = run([binary, "merge", "--locale", locale, "content/fievre-enfant.xml"], project)
    check(refused.returncode == 1 and "title: stale" in refused.stdout,
          f"merge refuses the stale unit: {refused.returncode} {refused.stdout}")
    with open(article, "w", encoding="utf-8") as stream:
        stream.write(text)


def find_stale(report, article_id):
    for item in report.get("articles", []):
        if item.get("article_id") == article_id or item.get("id") == article_id:
            return item.get("stale", {}).get("units")
    return None


TRANSLATE_XLIFF = """
import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
for unit in store.units:
    if not unit.isheader():
        unit.rich_target = unit.rich_source
        unit.markapproved(True)
store.save()
"""


def translate_xliff_identically(path):
    """Run by the Python translate-toolkit's own commands use (its library is there)."""
    done = run(["/usr/bin/python3", "-c", TRANSLATE_XLIFF, path], os.path.dirname(path))
    check(done.returncode == 0, f"translate-toolkit on {path}: {done.stderr[-300:]}")


NODE_12 = """
const xliff = require('xliff');
const fs = require('fs');
(async () => {
  for (const path of process.argv.slice(1)) {
    const js = await xliff.xliff12ToJs(fs.readFileSync(path, 'utf8'));
    for (const file of Object.values(js.resources))
      for (const unit of Object.values(file))
        unit.target = unit.source;
    fs.writeFileSync(path, await xliff.jsToXliff12(js, {indent: ''}));
  }
})().catch((error) => { console.error(error); process.exit(1); });
"""

NODE_2 = """
const xliff = require('xliff');
const fs = require('fs');
(async () => {
  for (const path of process.argv.slice(1)) {
    const js = await xliff.xliff2js(fs.readFileSync(path, 'utf8'));
    fs.writeFileSync(path, await xliff.js2xliff(js, {indent: ''}));
  }
})().catch((error) => { console.error(error); process.exit(1); });
"""


def test_npm_xliff(binary, project, npm_tools):
    modules = os.path.join(npm_tools, "node_modules")
    check(os.path.isdir(os.path.join(modules, "xliff")),
          f"the npm xliff package is installed in {npm_tools} (scripts/install-npm-tools.sh)")
    env = {**os.environ, "NODE_PATH": modules}
    # XLIFF 1.2 from medloc, translated (target = source) through the package.
    locale = "it-IT"
    result = run([binary, "extract", "--xliff-version", "1.2", "--locale", locale], project)
    check(result.returncode == 0, f"extract 1.2 ({locale}): {result.stderr}")
    folder = os.path.join(project, "translations", locale)
    paths = [os.path.join(folder, n) for n in sorted(os.listdir(folder))]
    done = run(["node", "-e", NODE_12, *paths], project, env=env)
    check(done.returncode == 0, f"npm xliff 1.2 round trip: {done.stderr[-500:]}")
    for path in paths:
        approve_12(path)
    xliff_errors(binary, project, folder, "npm xliff 1.2")
    merged = check_merge(binary, project, locale, "npm xliff 1.2")
    check(merged == len(paths), f"npm xliff 1.2: {merged} of {len(paths)} articles merged")

    # medloc's XLIFF 2.1 translations through the package: <originalData> and metadata go.
    folder = os.path.join(project, "translations", "en-US")
    paths = [os.path.join(folder, n) for n in sorted(os.listdir(folder))]
    before = run([binary, "merge", "--locale", "en-US"], project)
    reference = {}
    for name in os.listdir(os.path.join(project, "localized", "en-US")):
        reference[name] = blocks(os.path.join(project, "localized", "en-US", name))
        os.remove(os.path.join(project, "localized", "en-US", name))
    check(reference, f"en-US merges before the round trip: {before.stderr[-300:]}")
    done = run(["node", "-e", NODE_2, *paths], project, env=env)
    check(done.returncode == 0, f"npm xliff 2 round trip: {done.stderr[-500:]}")
    dropped = 0
    for path in paths:
        with open(path, encoding="utf-8") as stream:
            dropped += "<originalData>" not in stream.read()
        finalize_2(path)
    check(dropped == len(paths), "the package dropped <originalData>")
    after = run([binary, "merge", "--locale", "en-US"], project)
    for name, expected in reference.items():
        localized = os.path.join(project, "localized", "en-US", name)
        check(os.path.exists(localized), f"npm xliff 2: {name} merged: {after.stderr[-300:]}")
        if os.path.exists(localized):
            check(blocks(localized) == expected,
                  f"npm xliff 2: {name}: the same article as before the round trip")


def main():
    parser = argument_parser()
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work)
        test_translate_toolkit(binary, project)
        test_npm_xliff(binary, project, os.path.abspath(arguments.npm_tools))
    return finish("XLIFF tools")


if __name__ == "__main__":
    sys.exit(main())
