#!/usr/bin/env python3
"""`medloc check --changed-since REF` with the real binary and git, on a copy of the
sample project committed to a fresh repository:
  - nothing changed: nothing checked;
  - one article edited: that article and its translations are checked, nothing else;
  - a new untracked article is checked;
  - a word list edited: every article and translation is checked;
  - a changed or new file whose name is not ASCII is checked (git quotes such names
    unless asked for -z output);
  - an unknown revision, one that looks like an option, "--", a range or a path are errors
    (exit 2): only a commit names what changed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from e2e_support import argument_parser, check, copy_project, finish


def files_checked(output):
    match = re.search(r"medloc: (\d+) files? checked", output)
    return int(match.group(1)) if match else -1


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work)
        git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid", "-C", project]
        subprocess.run(git + ["init", "-q"], check=True)
        accented = os.path.join(project, "content", "céphalée.xml")
        shutil.copy(os.path.join(project, "content", "migraine.xml"), accented)
        subprocess.run(git + ["add", "-A"], check=True)
        subprocess.run(git + ["commit", "-qm", "sample"], check=True)
        every = sum(1 for folder in ("content", "translations")
                    for _, _, names in os.walk(os.path.join(project, folder))
                    for name in names if name.endswith((".xml", ".xlf")))

        def changed_since(ref="HEAD"):
            return subprocess.run([binary, "check", "--changed-since", ref], cwd=project,
                                  capture_output=True, text=True, timeout=120)

        result = changed_since()
        check(result.returncode == 0 and files_checked(result.stdout) == 0,
              f"nothing changed, nothing checked: {result.stdout}{result.stderr}")

        article = os.path.join(project, "content", "fievre-enfant.xml")
        with open(article, encoding="utf-8") as f:
            text = f.read()
        with open(article, "w", encoding="utf-8") as f:
            f.write(text.replace("La fièvre est une réaction", "La fièvre est une réacsion", 1))
        result = changed_since()
        check(files_checked(result.stdout) == 2, f"the article and its translation: {result.stdout}")
        check("réacsion" in result.stdout and result.returncode == 1, "its new finding is reported")
        check("fausse-couche" not in result.stdout, "unchanged articles are not checked")

        shutil.copy(os.path.join(project, "content", "migraine.xml"),
                    os.path.join(project, "content", "migraine-enfant.xml"))
        result = changed_since()
        check(files_checked(result.stdout) == 3 and "migraine-enfant.xml" in result.stdout,
              f"a new untracked article is checked: {result.stdout}")

        with open(os.path.join(project, "terminology", "medical.fr.txt"), "a", encoding="utf-8") as f:
            f.write("réacsion\n")
        result = changed_since()
        check(files_checked(result.stdout) == every + 1,
              f"a word list change checks all {every + 1} files: {files_checked(result.stdout)}")
        check("réacsion" not in result.stdout, "and the word list is used")

        # Names git quotes without -z ("content/c\303\251phal\303\251e.xml").
        with open(accented, encoding="utf-8") as f:
            text = f.read()
        with open(accented, "w", encoding="utf-8") as f:
            f.write(text.replace("Reposez-vous", "Reposez-vous bien", 1))
        shutil.copy(accented, os.path.join(project, "content", "névralgie.xml"))
        result = changed_since()
        check("céphalée.xml" in result.stdout and "névralgie.xml" in result.stdout,
              f"changed and new files with accented names are checked: {result.stdout}")
        os.remove(os.path.join(project, "content", "névralgie.xml"))
        with open(accented, "w", encoding="utf-8") as f:
            f.write(text)

        for ref in ("no-such-revision", "--output=stolen.txt", "--", "HEAD~1..HEAD", "content",
                    ""):
            result = changed_since(ref)
            check(result.returncode == 2 and "--changed-since" in result.stderr,
                  f"{ref!r}: exit {result.returncode} {result.stderr}")
        result = subprocess.run([binary, "check", "--changed-since=--"], cwd=project,
                                capture_output=True, text=True, timeout=120)
        check(result.returncode == 2, f"--changed-since=--: exit {result.returncode}")
        check(not os.path.exists(os.path.join(project, "stolen.txt")), "no option reaches git")
    return finish("changed-since")


if __name__ == "__main__":
    sys.exit(main())
