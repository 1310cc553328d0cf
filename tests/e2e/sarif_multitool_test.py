#!/usr/bin/env python3
"""medloc's SARIF, from the real binary, through Microsoft's SARIF Multitool (`validate`,
installed from npm by scripts/install-npm-tools.sh): no result of level error, with and
without --rules-url, on the rule fixtures, broken files and a file whose name needs
percent-encoding (`é space#frag.xml`). Then what GitHub's code scanning upload accepts
(one run, at most 25,000 results, 1,000 locations per result, rule ids, help text) and
what the format promises: help from docs/rules/<id>.md, helpUri only with --rules-url
and absolute, percent-encoded URIs under %SRCROOT%, fixes only from mechanical fixes."""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

from e2e_support import REPO, argument_parser, check, finish

ODD_NAME = "é space#frag.xml"


def multitool(npm_tools):
    found = glob.glob(os.path.join(npm_tools, "node_modules", "@microsoft",
                                   "sarif-multitool-linux", "Sarif.Multitool"))
    check(found and os.access(found[0], os.X_OK),
          f"SARIF Multitool installed in {npm_tools} (scripts/install-npm-tools.sh)")
    return found[0] if found else None


def validate(tool, sarif_path, work, label):
    out = os.path.join(work, "validation.sarif")
    result = subprocess.run([tool, "validate", sarif_path, "--output", out, "--log",
                             "ForceOverwrite"], capture_output=True, text=True, timeout=240,
                            env={**os.environ, "DOTNET_CLI_TELEMETRY_OPTOUT": "1"})
    check(result.returncode == 0, f"{label}: Multitool exit {result.returncode}: "
          f"{result.stdout[-2000:]}{result.stderr[-2000:]}")
    if not os.path.exists(out):
        check(False, f"{label}: Multitool wrote no report")
        return
    with open(out, encoding="utf-8-sig") as stream:
        report = json.load(stream)
    problems = [r for run in report["runs"] for r in run.get("results", [])]
    # A result without a level is a warning (SARIF 3.27.10).
    errors = [r for r in problems if r.get("level", "warning") == "error"]
    warnings = [r for r in problems if r.get("level", "warning") == "warning"]
    for problem in errors + warnings:
        print(f"{label}: {problem.get('level', 'warning')} {problem['ruleId']} "
              f"{problem['message'].get('id')} {problem['message'].get('arguments', [])[:2]}")
    check(not errors, f"{label}: {len(errors)} Multitool errors")
    print(f"{label}: {len(errors)} errors, {len(warnings)} warnings")


def github_limits(sarif, label):
    runs = sarif["runs"]
    check(1 <= len(runs) <= 20, f"{label}: 1 to 20 runs")
    for run in runs:
        results = run["results"]
        check(len(results) <= 25000, f"{label}: at most 25,000 results")
        rules = run["tool"]["driver"]["rules"]
        check(len(rules) <= 25000, f"{label}: at most 25,000 rules")
        for rule in rules:
            check(rule.get("id") and rule.get("help", {}).get("text"), f"{label}: rule help")
            check(len(rule.get("properties", {}).get("tags", [])) <= 20, f"{label}: tags")
        for result in results:
            check(result.get("ruleId") and result["message"].get("text"), f"{label}: result")
            check(1 <= len(result["locations"]) <= 1000, f"{label}: locations per result")


def main():
    parser = argument_parser()
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    tool = multitool(arguments.npm_tools)
    with tempfile.TemporaryDirectory() as work:
        inputs = os.path.join(work, "inputs")
        shutil.copytree(os.path.join(REPO, "tests", "fixtures", "rules"),
                        os.path.join(inputs, "rules"))
        shutil.copytree(os.path.join(REPO, "tests", "fixtures", "broken"),
                        os.path.join(inputs, "broken"))
        shutil.copy(os.path.join(REPO, "content", "fausse-couche-8-semaines.xml"),
                    os.path.join(inputs, ODD_NAME))
        for label, extra in (("plain", []),
                             ("rules-url", ["--rules-url", "https://example.org/medloc/rules/"])):
            out = os.path.join(work, f"{label}.sarif")
            result = subprocess.run([binary, "check", "--root", REPO, "--no-cache", "--today",
                                     "2026-11-24", "--format", "sarif", "--output", out, *extra,
                                     "inputs"], cwd=work, capture_output=True, text=True,
                                    timeout=240)
            check(result.returncode == 1, f"{label}: exit {result.returncode} {result.stderr}")
            with open(out, encoding="utf-8") as stream:
                sarif = json.load(stream)
            if tool:
                validate(tool, out, work, label)
            github_limits(sarif, label)
            run = sarif["runs"][0]
            base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
            check(base.startswith("file:///") and base.endswith("/") and
                  urllib.parse.unquote(base[len("file://"):]).rstrip("/") == work.rstrip("/"),
                  f"{label}: %SRCROOT% is the working directory: {base}")
            for rule in run["tool"]["driver"]["rules"]:
                page = os.path.join(REPO, "docs", "rules", rule["id"] + ".md")
                with open(page, encoding="utf-8") as stream:
                    check(rule["help"]["markdown"] == stream.read(),
                          f"{label}: {rule['id']} help is its page")
                if extra:
                    check(rule.get("helpUri") == extra[1] + rule["id"] + ".md",
                          f"{label}: {rule['id']} helpUri absolute")
                else:
                    check("helpUri" not in rule, f"{label}: no helpUri without --rules-url")
            uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    for r in run["results"]}
            encoded = "inputs/%C3%A9%20space%23frag.xml"
            check(encoded in uris, f"{label}: the odd file name percent-encoded")
            for result_ in run["results"]:
                location = result_["locations"][0]["physicalLocation"]["artifactLocation"]
                check(location.get("uriBaseId") == "%SRCROOT%", f"{label}: relative to %SRCROOT%")
                for fix in result_.get("fixes", []):
                    check(result_["ruleId"].startswith("typography."),
                          f"{label}: a fix on {result_['ruleId']}: only mechanical rules fix")
            spelling = [r for r in run["results"] if r["ruleId"] == "spelling.unknown-word"]
            check(spelling and not any("fixes" in r for r in spelling),
                  f"{label}: spelling suggestions are never fixes")
            check(any("fixes" in r for r in run["results"]), f"{label}: typography fixes present")
    return finish("SARIF Multitool")


if __name__ == "__main__":
    sys.exit(main())
