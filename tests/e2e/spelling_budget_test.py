#!/usr/bin/env python3
"""The time budget of spelling suggestions (limits.suggest-seconds, -per-file): a file full
of distinct unknown words far from every dictionary word (the case that made a run last
minutes) still gets every finding when the budget is spent, the run says so once on
stderr, and a file whose suggestions were cut is not kept in the result cache (the next
run computes them again). With time to spare, nothing is said."""
import json
import os
import random
import subprocess
import sys
import tempfile

from e2e_support import REPO, argument_parser, check, finish, scratch_project

ARTICLE = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<article xmlns="urn:medloc:article:1" id="{id}" xml:lang="fr-FR" revision="1">\n'
           '  <meta><title id="title">Titre</title><audience>patient</audience>'
           '<specialty>general-medicine</specialty><review status="draft"/></meta>\n'
           '  <question id="q">Une question ?</question>\n'
           '  <answer><p id="p">{text}</p></answer>\n</article>\n')


def nonsense_words(count, seed):
    """Lower-case words of rare letters, far from French words (and from each other)."""
    rng = random.Random(seed)
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice("zxkwjqvy") + rng.choice("aeiou") for _ in range(5)))
    return sorted(words)


def run(binary, *arguments):
    return subprocess.run([binary, "check", "--format", "json", *arguments], cwd=scratch_project(),
                          capture_output=True, text=True, timeout=600)


def main():
    parser = argument_parser()
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        words = nonsense_words(300, 18)
        hostile = os.path.join(work, "hostile.xml")
        with open(hostile, "w", encoding="utf-8") as f:
            f.write(ARTICLE.format(id="hostile", text=" ".join(words) + "."))

        # No time at all for Hunspell's search: every word is still reported, once.
        result = run(options.binary, "--no-cache", "--suggest-seconds", "0", hostile)
        check(result.returncode in (0, 1), f"exit {result.returncode}: {result.stderr}")
        findings = [f for f in json.loads(result.stdout)["findings"]
                    if f["rule_id"].startswith("spelling.")]
        flagged = {f["flagged_text"] for f in findings}
        check(flagged == set(words), f"{len(set(words) - flagged)} words not reported")
        notes = [l for l in result.stderr.splitlines() if "fewer suggestions" in l]
        check(len(notes) == 1, f"the run says so once: {result.stderr!r}")
        check("limits.suggest-seconds = 0" in result.stderr, result.stderr)

        # A cut file is not cached: the second run works again, and says so again.
        cache = os.path.join(work, "cache.sqlite")
        for attempt in ("first", "second"):
            result = run(options.binary, "--cache", cache, "--suggest-seconds-per-file", "0",
                         hostile)
            check(result.returncode in (0, 1), f"{attempt} run: exit {result.returncode}")
            check("fewer suggestions" in result.stderr,
                  f"{attempt} cached run with the per-file budget spent says so: "
                  f"{result.stderr!r}")

        # Near miss: a word the typo model corrects needs no budget; nothing is said.
        plain = os.path.join(work, "plain.xml")
        with open(plain, "w", encoding="utf-8") as f:
            f.write(ARTICLE.format(id="plain", text="Une hémoragie."))
        result = run(options.binary, "--no-cache", "--suggest-seconds", "0", plain)
        findings = json.loads(result.stdout)["findings"]
        check(any(f["rule_id"] == "spelling.unknown-word" and f["suggestions"][:1] == ["hémorragie"]
                  for f in findings), f"hémoragie corrected without a budget: {findings}")
        check("fewer suggestions" not in result.stderr, result.stderr)
    return finish("spelling budget")


if __name__ == "__main__":
    sys.exit(main())
