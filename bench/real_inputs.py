#!/usr/bin/env python3
"""Every XML, XLIFF and TBX file of the public samples in ../shared/data through medloc,
for local runs (a clone has no ../shared; the test suite does not need it).

For each file: `medloc check FILE --format json` (articles and XLIFF) or `medloc terms stats
--termbase FILE` (TBX), with a time limit; it records whether medloc accepts the file or
the first schema.* finding (the file is not valid XLIFF, XML or TBX). A crash (a signal, exit status other than 0, 1 or 2, an
AddressSanitizer report when run with a sanitizer build) or a hang fails the run.

For the OASIS XLIFF 2.1 and 2.2 test suites it prints the table of docs/benchmarks.md:
of the `invalid` files, how many medloc rejects (an error finding) beside how many the
XSD alone rejects (xmllint --schema, the suite's schemas, xml.xsd mapped to its local copy
so that nothing is fetched); of the `valid` files, how many it accepts.

    python3 bench/real_inputs.py [--binary build/medloc] [--list]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(REPO), "shared", "data")
SUITE = os.path.join(SHARED, "xliff2-oasis-test-suite")


def run_medloc(binary, path, work):
    if path.endswith(".tbx"):
        command = [binary, "terms", "stats", "--termbase", path]
    else:
        command = [binary, "check", "--no-cache", "--format", "json", path]
    try:
        result = subprocess.run(command, cwd=work, capture_output=True, text=True, timeout=60,
                                errors="replace")
    except subprocess.TimeoutExpired:
        return "hang", None
    if result.returncode not in (0, 1, 2) or "Sanitizer" in result.stderr:
        return "crash", result.stderr[-400:]
    if path.endswith(".tbx"):
        return ("accepted" if result.returncode == 0 else "reported"), result.stderr.strip()[:160]
    try:
        findings = json.loads(result.stdout)["findings"]
    except (ValueError, KeyError):
        return "reported", result.stderr.strip()[:160]
    # Rejected: the file itself is not valid (schema.* findings); content findings (spelling,
    # inline codes a translator changed) are about the translation, not the format.
    invalid = [f for f in findings if f["rule_id"].startswith("schema.")]
    if not invalid:
        return "accepted", None
    return "reported", f"{invalid[0]['rule_id']}: {invalid[0]['message'][:140]}"


def xsd_rejects(path, schema, catalog):
    env = dict(os.environ, XML_CATALOG_FILES=catalog)
    result = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", schema, path],
                            capture_output=True, text=True, env=env, timeout=60)
    return result.returncode != 0


def make_catalog(work):
    xml_xsd = os.path.join(SUITE, "xliff-21", "schemas", "informativeCopiesOf3rdPartySchemas",
                           "w3c", "xml.xsd")
    catalog = os.path.join(work, "catalog.xml")
    with open(catalog, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:'
                'catalog">\n  <system systemId="http://www.w3.org/2001/xml.xsd" uri="file://'
                f'{xml_xsd}"/>\n  <uri name="http://www.w3.org/2001/xml.xsd" uri="file://'
                f'{xml_xsd}"/>\n</catalog>\n')
    return catalog


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(REPO, "build", "medloc"))
    parser.add_argument("--list", action="store_true", help="print every file's outcome")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.path.isdir(SHARED):
        print(f"real_inputs: {SHARED} is not here (a clone has no ../shared); nothing to do")
        return 0
    files = []
    for folder, _, names in os.walk(SHARED):
        for name in names:
            if name.endswith((".xml", ".xlf", ".xliff", ".tbx")) and "schemas" not in folder:
                files.append(os.path.join(folder, name))
    files.sort()
    outcomes = {}
    with tempfile.TemporaryDirectory() as work:
        for path in files:
            outcomes[path] = run_medloc(binary, path, work)
        catalog = make_catalog(work)
        failures = [(p, o) for p, o in outcomes.items() if o[0] in ("crash", "hang")]
        by_kind = Counter(os.path.splitext(p)[1] for p in files)
        print(f"{len(files)} files ({dict(by_kind)}): "
              f"{sum(o[0] == 'accepted' for o in outcomes.values())} accepted, "
              f"{sum(o[0] == 'reported' for o in outcomes.values())} reported, "
              f"{len(failures)} crashes or hangs")
        if args.list:
            for path, (kind, detail) in outcomes.items():
                print(f"  {kind:8} {os.path.relpath(path, SHARED)}  {detail or ''}")

        print("\nOASIS XLIFF test suite     files  XSD rejects  medloc rejects  medloc accepts")
        for version, schema in (("xliff-21", "xliff_core_2.0.xsd"),
                                ("xliff-22", "xliff_core_2.2.xsd")):
            schema_path = os.path.join(SUITE, version, "schemas", schema)
            for part in ("core/invalid", "core/valid", "modules/invalid", "modules/valid"):
                folder = os.path.join(SUITE, version, "test-suite", part)
                if not os.path.isdir(folder):
                    continue
                tests = sorted(os.path.join(folder, n) for n in os.listdir(folder)
                               if n.endswith(".xlf"))
                xsd = sum(xsd_rejects(t, schema_path, catalog) for t in tests)
                rejected = sum(outcomes[t][0] == "reported" for t in tests)
                print(f"{version + ' ' + part:26} {len(tests):6} {xsd:12} {rejected:15} "
                      f"{len(tests) - rejected:15}")
        for path, outcome in failures:
            print(f"FAILED: {outcome[0]} on {path}: {outcome[1]}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
