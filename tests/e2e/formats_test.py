#!/usr/bin/env python3
"""The machine output formats of `medloc check`, from the real binary, against the
structure their specifications publish, and against the JSON report of the same run:

  - SARIF 2.1.0 (OASIS): version and $schema, one run whose tool.driver names medloc and
    lists every rule once with its page as help, results whose ruleId
    and ruleIndex point at that list, levels from the spec's enum (error, warning, note),
    messages, locations with 1-based regions (end column after start column), fixes (only
    for findings with a mechanical fix) with artifact changes and replacements,
    columnKind unicodeCodePoints;
  - JUnit XML (the Ant/Jenkins form CI systems read), valid against the Jenkins JUnit XSD
    (schemas/junit-10.xsd, by xmllint): testsuites/testsuite/testcase with
    tests and failures counts that match, one test case per checked file, a failure
    exactly for the files with error findings;
  - GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…,col=…,
    title=…::message` line per finding, with the escapes the runner expects.
"""
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

from e2e_support import REPO, argument_parser, check, finish, scratch_project

INPUTS = ["tests/fixtures/rules", "tests/fixtures/broken"]


def run(binary, fmt):
    result = subprocess.run([binary, "check", "--today", "2026-11-24", "--format", fmt, *INPUTS],
                            cwd=scratch_project(), capture_output=True, text=True, timeout=120)
    check(result.returncode == 1, f"{fmt}: exit {result.returncode} (error findings expected)")
    return result.stdout


def test_sarif(binary, reference):
    sarif = json.loads(run(binary, "sarif"))
    check(sarif.get("version") == "2.1.0", "SARIF version 2.1.0")
    check("sarif-2.1.0" in sarif.get("$schema", ""), "SARIF $schema names 2.1.0")
    check(len(sarif.get("runs", [])) == 1, "one SARIF run")
    run_ = sarif["runs"][0]
    driver = run_["tool"]["driver"]
    check(driver["name"] == "medloc" and driver.get("version"), "tool.driver names medloc")
    check(run_.get("columnKind") == "unicodeCodePoints", "columns count code points")
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    check(len(ids) == len(set(ids)), "each rule once")
    for rule in rules:
        check(rule["shortDescription"]["text"], f"{rule['id']} has a description")
        check(rule["defaultConfiguration"]["level"] in ("error", "warning", "note"),
              f"{rule['id']} default level")
        check(rule["help"]["markdown"].startswith("# " + rule["id"]), f"{rule['id']} help is its page")
    results = run_["results"]
    check(len(results) == len(reference["findings"]),
          f"{len(results)} SARIF results for {len(reference['findings'])} findings")
    levels = {"error": "error", "warning": "warning", "info": "note"}
    fixes = 0
    for result, finding in zip(results, reference["findings"]):
        where = f"{finding['file']}:{finding['line']}"
        check(result["ruleId"] == finding["rule_id"], f"{where}: ruleId")
        check(ids[result["ruleIndex"]] == result["ruleId"], f"{where}: ruleIndex")
        check(result["level"] == levels[finding["severity"]], f"{where}: level")
        check(result["message"]["text"] == finding["message"], f"{where}: message")
        location = result["locations"][0]["physicalLocation"]
        check(location["artifactLocation"]["uri"] == finding["file"], f"{where}: uri")
        region = location.get("region")
        if finding["line"]:
            check(region["startLine"] == finding["line"], f"{where}: startLine")
            if finding["column"]:
                check(region["startColumn"] == finding["column"], f"{where}: startColumn")
                if "endColumn" in region:
                    check(region["endColumn"] > region["startColumn"], f"{where}: endColumn")
        for fix in result.get("fixes", []):
            fixes += 1
            change = fix["artifactChanges"][0]
            replacement = change["replacements"][0]
            check(change["artifactLocation"]["uri"] == finding["file"], f"{where}: fix uri")
            check(replacement["deletedRegion"]["startLine"] == finding["fix"]["line"],
                  f"{where}: fix region")
            check(replacement["insertedContent"]["text"] == finding["fix"]["replacement"],
                  f"{where}: fix text")
        check(("fixes" in result) == ("fix" in finding), f"{where}: a SARIF fix iff a fix")
    check(fixes > 0, "some results carry fixes")


def test_junit(binary, reference):
    junit = run(binary, "junit")
    # Valid against the Jenkins JUnit schema (schemas/junit-10.xsd), by libxml2's xmllint.
    valid = subprocess.run(["xmllint", "--noout", "--schema",
                            os.path.join(REPO, "schemas", "junit-10.xsd"), "-"],
                           input=junit, capture_output=True, text=True, timeout=60)
    check(valid.returncode == 0, f"JUnit valid against junit-10.xsd: {valid.stderr[-2000:]}")
    root = ElementTree.fromstring(junit)
    check(root.tag == "testsuites", "JUnit root is testsuites")
    suites = root.findall("testsuite")
    check(len(suites) == 1, "one test suite")
    cases = suites[0].findall("testcase")
    check(int(suites[0].get("tests")) == len(cases) == reference["summary"]["files"],
          f"one test case per checked file: {len(cases)} / {reference['summary']['files']}")
    with_errors = {f["file"] for f in reference["findings"] if f["severity"] == "error"}
    failed = {c.get("name") for c in cases if c.find("failure") is not None}
    check(failed == with_errors, "a failure exactly for the files with error findings")
    check(int(suites[0].get("failures")) == len(failed) == int(root.get("failures")),
          "failures counted")
    for case in cases:
        check(case.get("classname") == "medloc" and case.get("name"), "test case names")
        failure = case.find("failure")
        if failure is not None:
            check(failure.get("type") and failure.get("message") and failure.text,
                  f"{case.get('name')}: failure with type, message and the findings")


def test_github(binary, reference):
    lines = run(binary, "github").splitlines()
    pattern = re.compile(r"^::(error|warning|notice) file=[^,:]+(,line=\d+(,col=\d+)?)?,"
                         r"title=[a-z]+\.[a-z-]+::[^\r\n]+$")
    annotations = [line for line in lines if line.startswith("::")]
    check(len(annotations) == len(reference["findings"]),
          f"{len(annotations)} annotations for {len(reference['findings'])} findings")
    for line in annotations:
        check(pattern.match(line) is not None, f"malformed workflow command: {line}")
    commands = {"error": "error", "warning": "warning", "info": "notice"}
    for line, finding in zip(annotations, reference["findings"]):
        check(line.startswith(f"::{commands[finding['severity']]} file={finding['file']}"),
              f"annotation order and severity: {line}")


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    reference = json.loads(run(binary, "json"))
    test_sarif(binary, reference)
    test_junit(binary, reference)
    test_github(binary, reference)
    return finish("format")


if __name__ == "__main__":
    sys.exit(main())
