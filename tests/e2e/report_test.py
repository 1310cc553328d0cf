#!/usr/bin/env python3
"""`medloc report` with the real binary on a copy of the sample project, the page rendered
by headless Chromium (Debian's chromium, no sandbox, no network) and its DOM checked:
  - the counts on the page (cards, findings, publishable per locale) are those of
    `medloc check` on the same articles and translations;
  - the filter script runs: the filter form is shown and an address such as
    #severity=error leaves exactly the error findings visible;
  - the seed article's misspelling is highlighted in its sentence with its suggestion;
  - content is escaped (markup in an article is text on the page, no script added), the page
    loads nothing (no external URL, a Content-Security-Policy), and French or English
    interface text follows --language;
  - an output folder that cannot be created is an error (exit 2) and nothing is written.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

from e2e_support import argument_parser, check, copy_project, finish

SEED_ID = "fausse-couche-8-semaines"


class Dom(HTMLParser):
    """The elements of a DOM dump, each as (tag, attributes, text inside it)."""

    VOID = {"meta", "input", "br", "link", "img", "rect", "hr"}

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.open = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": "", "parents": list(self.open)}
        self.elements.append(element)
        if tag not in self.VOID:
            self.open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.elements.append({"tag": tag, "attrs": dict(attrs), "text": "",
                              "parents": list(self.open)})

    def handle_endtag(self, tag):
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i]["tag"] == tag:
                del self.open[i:]
                break

    def handle_data(self, data):
        for element in self.open:
            element["text"] += data

    def find(self, tag=None, cls=None, **attrs):
        found = []
        for e in self.elements:
            if tag and e["tag"] != tag:
                continue
            if cls and cls not in e["attrs"].get("class", "").split():
                continue
            if any(e["attrs"].get(k.replace("_", "-")) != v for k, v in attrs.items()):
                continue
            found.append(e)
        return found


def visible(element):
    return "hidden" not in element["attrs"] and all("hidden" not in p["attrs"]
                                                    for p in element["parents"])


def chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def render(browser, page, fragment=""):
    """The DOM after the page's script ran, as Chromium serialises it."""
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={profile}", "--proxy-server=127.0.0.1:9",
             "--proxy-bypass-list=<-loopback>", "--dump-dom",
             "file://" + os.path.abspath(page) + fragment],
            capture_output=True, text=True, timeout=120)
    check(result.returncode == 0 and "<html" in result.stdout,
          f"chromium rendered the page {fragment}: {result.stderr[-500:]}")
    return Dom(result.stdout)


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    browser = chromium()
    if not check(browser is not None,
                 "chromium is installed (scripts/install-deps.sh installs it)"):
        return finish("report")
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work)
        # Markup written as text in an article must stay text on the page.
        seed = os.path.join(project, "content", SEED_ID + ".xml")
        with open(seed, encoding="utf-8") as f:
            text = f.read()
        with open(seed, "w", encoding="utf-8") as f:
            f.write(text.replace("mineures", "mineures &lt;script&gt;alert(1)&lt;/script&gt;", 1))

        def medloc(*args):
            return subprocess.run([binary, *args, "--today", "2026-11-24"], cwd=project,
                                  capture_output=True, text=True, timeout=300)

        made = medloc("report", "--out", "reports")
        page = os.path.join(project, "reports", "medloc-report.html")
        check(made.returncode == 0 and os.path.isfile(page),
              f"report written: {made.returncode} {made.stdout} {made.stderr}")
        checked = medloc("check", "content", "translations", "--format", "json")
        summary = json.loads(checked.stdout)["summary"]
        coverage = json.loads(medloc("coverage", "--format", "json").stdout)

        with open(page, encoding="utf-8") as f:
            html = f.read()
        check("http://" not in html and "https://" not in html and " src=" not in html,
              "the page refers to nothing outside itself")
        check("Content-Security-Policy" in html and "default-src 'none'" in html,
              "the page forbids loading anything")

        dom = render(browser, page)
        counts = {e["attrs"]["data-count"]: int(e["text"]) for e in dom.find("dd")
                  if "data-count" in e["attrs"]}
        check(counts == {"articles": 10, "findings": summary["findings"],
                         "error": summary["errors"], "warning": summary["warnings"],
                         "info": summary["infos"]},
              f"summary cards {counts} match medloc check {summary}")
        findings = dom.find("li", cls="finding")
        check(len(findings) == summary["findings"],
              f"{len(findings)} findings on the page, {summary['findings']} from check")
        for rule, count in summary["by_rule"].items():
            on_page = sum(1 for f in findings if f["attrs"].get("data-rule") == rule)
            check(on_page == count, f"{rule}: {on_page} on the page, {count} from check")
        # Publishable as export decides: coverage says so and no file of it has an error.
        with_errors = {f["file"] for f in json.loads(checked.stdout)["findings"]
                       if f["severity"] == "error"}
        publishable = {a["article"] for a in coverage["locales"]["en-US"]["articles"]
                       if a.get("publishable") and
                       f"content/{a['article']}.xml" not in with_errors and
                       f"translations/en-US/{a['article']}.xlf" not in with_errors}
        rows = dom.find("tr", data_locale="en-US")
        row = [r for r in rows if "data-publishable" in r["attrs"]]
        check(len(row) == 1 and int(row[0]["attrs"]["data-publishable"]) == len(publishable)
              and len(publishable) > 0,
              f"publishable en-US on the page {row and row[0]['attrs']} vs {publishable}")
        form = dom.find("form", id="filters")
        check(len(form) == 1 and "hidden" not in form[0]["attrs"], "the filter script ran")
        shown = dom.find("p", id="shown")
        check(shown and shown[0]["attrs"].get("data-visible") == str(summary["findings"]),
              f"every finding shown at first: {shown and shown[0]['attrs']}")

        seed_findings = [f for f in findings
                         if any(p["attrs"].get("id") == "a-" + SEED_ID for p in f["parents"])]
        marks = [m["text"] for f in seed_findings for m in dom.find("mark")
                 if f in m["parents"]]
        check("microrragies" in marks, f"the seed's misspelling is highlighted: {marks[:5]}")
        check(any("métrorragies" in f["text"] for f in seed_findings),
              "its suggestion is beside it")
        check(len(dom.find("script")) == 1 and
              any("<script>alert(1)</script>" in q["text"] for q in dom.find("blockquote")),
              "markup in the content is shown as text, no script is added")
        check(dom.find("html")[0]["attrs"].get("lang") == "fr" and
              "Rapport de relecture" in dom.find("h1")[0]["text"],
              "French interface for a French source")

        errors_only = render(browser, page, "#severity=error")
        visible_findings = [f for f in errors_only.find("li", cls="finding") if visible(f)]
        check(len(visible_findings) == summary["errors"] and
              all(f["attrs"]["data-severity"] == "error" for f in visible_findings),
              f"#severity=error shows the {summary['errors']} errors: {len(visible_findings)}")
        one_rule = render(browser, page, "#severity=error,warning,info&locale=fr-FR"
                                         "&rule=typography.missing-space-after")
        visible_findings = [f for f in one_rule.find("li", cls="finding") if visible(f)]
        check(len(visible_findings) == summary["by_rule"]["typography.missing-space-after"],
              f"rule and locale filters: {len(visible_findings)}")

        english = medloc("report", "--out", "en", "--language", "en")
        with open(os.path.join(project, "en", "medloc-report.html"), encoding="utf-8") as f:
            english_page = f.read()
        check(english.returncode == 0 and '<html lang="en">' in english_page and
              "medloc review report" in english_page, "--language en")

        with open(os.path.join(project, "in-the-way"), "w") as f:
            f.write("a file\n")
        blocked = medloc("report", "--out", "in-the-way/reports")
        check(blocked.returncode == 2 and "cannot create" in blocked.stderr,
              f"an output folder that cannot be created: {blocked.returncode} {blocked.stderr}")
    return finish("report")


if __name__ == "__main__":
    sys.exit(main())
