#!/usr/bin/env python3
"""`medloc baseline write` and `medloc check --baseline` with the real binary, on a copy
of the sample project:
  - a baseline of today's findings silences them (exit 0), and is written byte-identically
    twice;
  - lines added elsewhere in the file keep every finding recognised;
  - a new misspelling is the only finding reported, and the run fails (exit 1);
  - a truncated, foreign or missing baseline is an error (exit 2), never half trusted.
"""
import os
import subprocess
import sys
import tempfile

from e2e_support import argument_parser, check, copy_project, finish

SEED = os.path.join("content", "fausse-couche-8-semaines.xml")


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work, ("content", "terminology", "schemas"))

        def medloc(*args):
            return subprocess.run([binary, *args], cwd=project, capture_output=True, text=True,
                                  timeout=120)

        before = medloc("check")
        check(before.returncode == 1, "the sample has error findings")
        check(medloc("baseline", "write", "baseline.json").returncode == 0, "baseline written")
        with open(os.path.join(project, "baseline.json"), "rb") as f:
            first = f.read()
        medloc("baseline", "write", "baseline.json")
        with open(os.path.join(project, "baseline.json"), "rb") as f:
            check(f.read() == first, "the same findings give the same baseline bytes")

        result = medloc("check", "--baseline", "baseline.json")
        check(result.returncode == 0 and "0 errors, 0 warnings, 0 infos" in result.stdout,
              f"a baseline silences today's findings: {result.stdout}")

        seed = os.path.join(project, SEED)
        with open(seed, encoding="utf-8") as f:
            text = f.read()
        # Lines added before every finding: positions move, identities do not.
        moved = text.replace("<answer>", "<answer>\n\n\n", 1)
        with open(seed, "w", encoding="utf-8") as f:
            f.write(moved)
        result = medloc("check", "--baseline", "baseline.json")
        check(result.returncode == 0 and "0 errors" in result.stdout,
              f"findings are recognised after lines were added: {result.stdout}")

        # One new misspelling in a paragraph that had none of its kind.
        with open(seed, "w", encoding="utf-8") as f:
            f.write(moved.replace("<answer>", "<answer>\n<p id=\"nouveau\">Une fausse coushe.</p>", 1))
        result = medloc("check", "--baseline", "baseline.json")
        lines = [l for l in result.stdout.splitlines() if "[" in l]
        check(result.returncode == 1 and len(lines) == 1 and "'coushe'" in lines[0],
              f"only the new finding is reported: {result.stdout}")

        for name, content in (("truncated.json", first[: len(first) // 2]),
                              ("foreign.json", b'{"version": "2.1.0", "runs": []}'),
                              # a field of the wrong type was an internal error before
                              ("wrong-type.json",
                               b'{"format": 5, "format_version": 1, "findings": []}')):
            with open(os.path.join(project, name), "wb") as f:
                f.write(content)
            result = medloc("check", "--baseline", name)
            check(result.returncode == 2 and "is not a medloc baseline" in result.stderr,
                  f"{name}: {result.returncode} {result.stderr}")
        result = medloc("check", "--baseline", "absent.json")
        check(result.returncode == 2 and "cannot read the baseline" in result.stderr,
              f"absent baseline: {result.stderr}")
    return finish("baseline")


if __name__ == "__main__":
    sys.exit(main())
