#!/usr/bin/env python3
"""Approvals bound to the reviewed content, with the real binary on a copy of the sample
project (outside git, then inside a git repository of its own):
  - `medloc approve` changes only the review element, atomically; the article then checks
    clean; an edit of one block is a medical.review-stale error naming that block, and
    export leaves the article out of every locale with that reason; approving again puts
    the source back in the bundle;
  - approve refuses, with exit 2 and nothing written: an invalid article (even beside a
    valid one), a reviewer review.reviewers does not list, a date after today;
  - `medloc check` on an XLIFF file reports translation.stale for the edited block without
    `extract` having run;
  - export leaves out a translation whose final target copies its source, with the reason,
    and gives an XLIFF file's errors as the reason rather than "not translated" per block;
  - the review page of a stale article shows the sentence added since the approval (the
    approved text from git history), and without git the changed block ids.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

from e2e_support import argument_parser, check, copy_project, finish

ARTICLE = "fievre-enfant"
ADDED = "Prenez 10 comprimés par jour."
TODAY = "2026-11-24"


def run(binary, project, *args):
    return subprocess.run([binary, *args], cwd=project, capture_output=True, text=True,
                          timeout=300)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def review_span(text):
    begin = text.index("<review")
    return begin, text.index("/>", begin) + 2


def findings(binary, project, *paths):
    result = run(binary, project, "check", "--format", "json", "--no-cache", "--today", TODAY,
                 *paths)
    return result.returncode, json.loads(result.stdout)["findings"]


def exclusions(bundle):
    manifest = json.loads(read(os.path.join(bundle, "manifest.json")))
    return {(e["locale"], e["article"]): e["reasons"] for e in manifest["excluded"]}


def test_approve_edit_approve(binary, project, work):
    path = os.path.join(project, "content", ARTICLE + ".xml")
    before = read(path)
    result = run(binary, project, "approve", "--reviewer", "Dr Claire Dubois", "--date",
                 "2026-11-20", "--today", TODAY, "content/" + ARTICLE + ".xml")
    check(result.returncode == 0 and "approved by Dr Claire Dubois on 2026-11-20" in result.stdout,
          f"approve: {result.returncode} {result.stdout} {result.stderr}")
    after = read(path)
    begin, end = review_span(before)
    new_begin, new_end = review_span(after)
    check(after[:new_begin] == before[:begin] and after[new_end:] == before[end:],
          "approve changes only the review element")
    check('date="2026-11-20"' in after[new_begin:new_end] and
          re.search(r'digest="v1:sha256:[0-9a-f]{64}"', after) is not None,
          f"the review element records the date and the digest: {after[new_begin:new_end]}")
    code, found = findings(binary, project, "content/" + ARTICLE + ".xml",
                           "translations/en-US/" + ARTICLE + ".xlf")
    check(code == 0 and not [f for f in found if f["severity"] == "error"],
          f"an approved article checks clean: {code} {found}")

    # One block edited after the approval.
    write(path, after.replace("par jour.</p>", "par jour. " + ADDED + "</p>", 1))
    code, found = findings(binary, project, "content/" + ARTICLE + ".xml")
    stale = [f for f in found if f["rule_id"] == "medical.review-stale"]
    check(code == 1 and len(stale) == 1 and stale[0]["severity"] == "error" and
          "block soulager-p changed" in stale[0]["message"],
          f"an edited block is a stale approval naming it: {code} {stale}")
    code, found = findings(binary, project, "translations/en-US/" + ARTICLE + ".xlf")
    units = [f for f in found if f["rule_id"] == "translation.stale"]
    check(len(units) == 1 and "'soulager-p'" in units[0]["message"],
          f"check sees the stale unit without extract: {units}")

    bundle = os.path.join(work, "bundle-stale")
    result = run(binary, project, "export", "--out", bundle, "--today", TODAY)
    check(result.returncode == 0, f"export: {result.stderr}")
    excluded = exclusions(bundle)
    for locale in ("fr-FR", "en-US"):
        reasons = excluded.get((locale, ARTICLE), [])
        check(reasons[:1] == ["approval stale: the content changed after the medical review "
                              "(block soulager-p changed)"],
              f"{locale}: the stale approval is the reason: {reasons}")
    check(not os.path.exists(os.path.join(bundle, "fr-FR", ARTICLE + ".json")),
          "the stale article is not in the bundle")

    # Reviewed again, approved again: the source is published again.
    result = run(binary, project, "approve", "--reviewer", "Dr Claire Dubois", "--today", TODAY,
                 "content/" + ARTICLE + ".xml")
    check(result.returncode == 0 and "the previous approval was stale" in result.stdout,
          f"approve again: {result.stdout} {result.stderr}")
    check(f'date="{TODAY}"' in read(path), "the date defaults to today (medical.today)")
    code, found = findings(binary, project, "content/" + ARTICLE + ".xml")
    check(not [f for f in found if f["rule_id"].startswith("medical.review")],
          f"no review finding after approving again: {found}")
    bundle = os.path.join(work, "bundle-again")
    run(binary, project, "export", "--out", bundle, "--today", TODAY)
    check(os.path.exists(os.path.join(bundle, "fr-FR", ARTICLE + ".json")),
          "approved again, the article is exported")
    reasons = exclusions(bundle).get(("en-US", ARTICLE), [])
    check(reasons == ["block soulager-p: stale (the source changed since it was translated)"],
          f"its translation waits for the changed unit only: {reasons}")
    write(path, after)


def test_approve_refusals(binary, project):
    path = os.path.join(project, "content", "migraine.xml")
    valid = os.path.join(project, "content", "grippe-vaccination.xml")
    before, before_valid = read(path), read(valid)
    write(path, before.replace('<p id="intro">', "<p>", 1))
    result = run(binary, project, "approve", "--reviewer", "Dr A", "content/grippe-vaccination.xml",
                 "content/migraine.xml")
    check(result.returncode == 2 and "content/migraine.xml:" in result.stderr and
          "nothing written" in result.stderr,
          f"an invalid article is refused: {result.returncode} {result.stderr}")
    check(read(valid) == before_valid and "<p>" in read(path),
          "nothing is written when one article is refused")
    write(path, before)

    result = run(binary, project, "approve", "--reviewer", "Dr A", "--date", "2027-01-01",
                 "--today", TODAY, "content/migraine.xml")
    check(result.returncode == 2 and "after today" in result.stderr,
          f"a date after today is refused: {result.stderr}")

    ini = os.path.join(project, "medloc.ini")
    config = read(ini)
    write(ini, config + "\n[review]\nreviewers = Dr Claire Dubois, Dr Julien Moreau\n")
    result = run(binary, project, "approve", "--reviewer", "Mallory", "content/migraine.xml")
    check(result.returncode == 2 and "review.reviewers" in result.stderr and read(path) == before,
          f"an unlisted reviewer is refused: {result.returncode} {result.stderr}")
    result = run(binary, project, "approve", "--reviewer", "Dr Julien Moreau", "--today", TODAY,
                 "content/migraine.xml")
    check(result.returncode == 0 and 'status="approved"' in read(path),
          f"a listed reviewer approves: {result.stderr}")
    write(ini, config)
    write(path, before)


def test_copies_and_xliff_errors(binary, project, work):
    xliff = os.path.join(project, "translations", "en-US", ARTICLE + ".xlf")
    original = read(xliff)
    # The final target of one unit replaced by its French source.
    unit = original.index('<unit id="alertes-3">')
    source = re.search(r"<source>(.*?)</source>", original[unit:]).group(1)
    copied = re.sub(r"<target>.*?</target>", f"<target>{source}</target>",
                    original[unit:], count=1)
    write(xliff, original[:unit] + copied)
    bundle = os.path.join(work, "bundle-copy")
    run(binary, project, "export", "--out", bundle, "--today", TODAY)
    reasons = exclusions(bundle).get(("en-US", ARTICLE), [])
    copy_reason = "block alertes-3: the final target is a copy of the source text, not a " \
                  "translation"
    check(copy_reason in reasons, f"a copied final target keeps the translation out: {reasons}")
    # Its French words are also unknown to the English dictionary (errors); without them, the
    # copy alone is the reason, whatever translation.untranslated's severity.
    bundle = os.path.join(work, "bundle-copy-alone")
    run(binary, project, "export", "--out", bundle, "--today", TODAY, "--severity",
        "spelling.unknown-word=off", "--severity", "translation.untranslated=off")
    reasons = exclusions(bundle).get(("en-US", ARTICLE), [])
    check(reasons == [copy_reason], f"the copy alone keeps it out: {reasons}")
    check(not os.path.exists(os.path.join(bundle, "en-US", ARTICLE + ".json")),
          "the copy is not exported")

    # A dose changed in one target: an error finding in the XLIFF file is the reason, and
    # the blocks are not all "not translated".
    unit = original.index('<unit id="intro">')
    dosed = original[unit:].replace(">38 °C<", ">39 °C<", 1)
    write(xliff, original[:unit] + dosed)
    bundle = os.path.join(work, "bundle-errors")
    run(binary, project, "export", "--out", bundle, "--today", TODAY)
    reasons = exclusions(bundle).get(("en-US", ARTICLE), [])
    check(len(reasons) == 1 and re.fullmatch(r"\d+ error findings? in translations/en-US/"
                                             + ARTICLE + r"\.xlf", reasons[0]) is not None,
          f"the XLIFF file's errors are the reason, not every block: {reasons}")
    write(xliff, original)


class Page(HTMLParser):
    """The text of the approval-changes section, its <ins> and the changed block ids."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.inserted = []
        self.blocks = []
        self.section = ""
        self.in_ins = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and attrs.get("data-approval") == "stale":
            self.depth = 1
        elif self.depth:
            self.depth += tag not in ("br",)
            if tag == "li" and "data-block" in attrs:
                self.blocks.append((attrs["data-block"], attrs.get("data-change")))
            if tag == "ins":
                self.in_ins = True
                self.inserted.append("")

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if tag == "ins":
                self.in_ins = False

    def handle_data(self, data):
        if self.depth:
            self.section += data
            if self.in_ins:
                self.inserted[-1] += data


def git(project, *args):
    return subprocess.run(["git", "-c", "user.name=medloc test", "-c", "user.email=test@example.org",
                           "-c", "commit.gpgsign=false", *args], cwd=project, capture_output=True,
                          text=True, timeout=60)


def test_report_shows_what_changed(binary, work):
    os.makedirs(os.path.join(work, "with-git"))
    project = copy_project(os.path.join(work, "with-git"))
    path = os.path.join(project, "content", ARTICLE + ".xml")
    check(git(project, "init", "-q").returncode == 0, "git init")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "content")
    run(binary, project, "approve", "--reviewer", "Dr Claire Dubois", "--today", TODAY,
        "content/" + ARTICLE + ".xml")
    git(project, "commit", "-q", "-am", "approved")
    write(path, read(path).replace("par jour.</p>", "par jour. " + ADDED + "</p>", 1))
    git(project, "commit", "-q", "-am", "an edit after the approval")
    made = run(binary, project, "report", "--out", "reports", "--language", "en",
               "--today", TODAY)
    check(made.returncode == 0, f"report: {made.stdout} {made.stderr}")
    page = Page(read(os.path.join(project, "reports", "medloc-report.html")))
    check(("soulager-p", "changed") in page.blocks, f"the changed block is listed: {page.blocks}")
    check(any(ADDED in text for text in page.inserted),
          f"the added sentence is shown as inserted: {page.inserted}")
    check("Compared with the approved text, from commit" in page.section,
          f"the approved version comes from git: {page.section[:300]}")

    # Without git: the changed block ids.
    shutil.rmtree(os.path.join(project, ".git"))
    made = run(binary, project, "report", "--out", "reports", "--language", "en",
               "--today", TODAY)
    page = Page(read(os.path.join(project, "reports", "medloc-report.html")))
    check(("soulager-p", "changed") in page.blocks and "not available" in page.section,
          f"without git, the changed block ids: {page.blocks} {page.section[:300]}")


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work)
        test_approve_edit_approve(binary, project, work)
        test_approve_refusals(binary, project)
        test_copies_and_xliff_errors(binary, project, work)
        test_report_shows_what_changed(binary, work)
    return finish("approvals")


if __name__ == "__main__":
    sys.exit(main())
