#!/usr/bin/env python3
"""Command-line habits, from the real binary:
  - a mistyped command or option names the one meant (`medloc chek` -> check), exit 2;
  - `-` reads one article or XLIFF file from standard input, named by --stdin-filename in
    every message, with the same findings as the file on disk;
  - colour: on a pseudo-terminal with --color auto, TERM=dumb and NO_COLOR turn it off;
  - `medloc --help` shows every command name whole, apart from its summary;
  - summaries count in the singular for one ("1 error", "1 file").
"""
import json
import os
import pty
import re
import subprocess
import sys

from e2e_support import REPO, argument_parser, check, finish, scratch_project

SEED = "content/fausse-couche-8-semaines.xml"


def medloc(binary, *args, stdin=None, env=None):
    return subprocess.run([binary, *args], cwd=scratch_project(), capture_output=True, text=True,
                          timeout=120, input=stdin, env=env)


def test_did_you_mean(binary):
    result = medloc(binary, "chek")
    check(result.returncode == 2, f"unknown command: exit {result.returncode}")
    check("did you mean 'check'?" in result.stderr, f"chek -> check: {result.stderr[:200]}")
    result = medloc(binary, "extarct")
    check("did you mean 'extract'?" in result.stderr, f"extarct -> extract: {result.stderr[:200]}")
    result = medloc(binary, "zzzzzz")
    check("did you mean" not in result.stderr, "nothing close: no suggestion")
    result = medloc(binary, "check", "--formta", "json", "content")
    check(result.returncode == 2, f"unknown option: exit {result.returncode}")
    check("did you mean '--format'?" in result.stderr, f"--formta -> --format: {result.stderr}")


def test_stdin(binary):
    with open(os.path.join(REPO, SEED), encoding="utf-8") as stream:
        article = stream.read()
    on_disk = medloc(binary, "check", "--no-cache", "--today", "2026-11-24", "--format", "json",
                     SEED)
    piped = medloc(binary, "check", "--no-cache", "--today", "2026-11-24", "--format", "json",
                   "--stdin-filename", SEED, "-", stdin=article)
    check(piped.returncode == on_disk.returncode == 1, f"stdin exit {piped.returncode}")
    if piped.returncode in (0, 1):
        a = json.loads(on_disk.stdout)
        b = json.loads(piped.stdout)
        check(a["findings"] == b["findings"], "stdin: the same findings as the file")
        check(b["checked_files"] == [SEED], f"stdin: named {b['checked_files']}")
    text = medloc(binary, "check", "--no-cache", "--today", "2026-11-24", "--stdin-filename",
                  "content/piped.xml", "-", stdin=article)
    check(text.stdout.count("content/piped.xml:") > 3, "stdin: messages carry the given name")
    with open(os.path.join(REPO, "translations", "en-US", "fievre-enfant.xlf"),
              encoding="utf-8") as stream:
        xliff = stream.read()
    piped = medloc(binary, "check", "--no-cache", "--format", "json", "--stdin-filename",
                   "translations/en-US/fievre-enfant.xlf", "-", stdin=xliff)
    on_disk = medloc(binary, "check", "--no-cache", "--format", "json",
                     "translations/en-US/fievre-enfant.xlf")
    check(piped.returncode == on_disk.returncode and
          json.loads(piped.stdout)["findings"] == json.loads(on_disk.stdout)["findings"],
          "stdin: an XLIFF file read as XLIFF, same findings")
    broken = medloc(binary, "check", "--no-cache", "-", stdin="<article")
    check(broken.returncode == 1 and "stdin.xml:1:" in broken.stdout,
          f"stdin: broken XML is a finding on stdin.xml: {broken.stdout}")


def run_on_terminal(binary, env):
    """Runs medloc check with stdout on a pseudo-terminal; returns what it printed."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(REPO)
        os.execve(binary, [binary, "check", "--no-cache", "--today", "2026-11-24", SEED], env)
    output = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    os.waitpid(pid, 0)
    return output.decode("utf-8", "replace")


COLOUR = re.compile(r"\033\[[0-9;]*m")


def test_color(binary):
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    colored = run_on_terminal(binary, {**base, "TERM": "xterm"})
    check(COLOUR.search(colored), "colour on a terminal")
    dumb = run_on_terminal(binary, {**base, "TERM": "dumb"})
    check("\033[" not in dumb, "TERM=dumb: no colour, no escape sequence at all")
    check(not COLOUR.search(run_on_terminal(binary, {**base, "TERM": "xterm", "NO_COLOR": "1"})),
          "NO_COLOR: no colour")


def test_help(binary):
    result = medloc(binary, "--help")
    check(result.returncode == 0, "--help exit 0")
    lines = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    names = [line.split()[0] for line in lines]
    for name in ("check", "merge-results", "fix", "extract", "report"):
        check(name in names, f"--help lists '{name}' as a word of its own: {names}")


def test_plurals(binary):
    result = medloc(binary, "check", "--no-cache", "--today", "2026-11-24",
                    "tests/fixtures/rules/schema.duplicate-id/true-positive.xml")
    last = result.stdout.strip().splitlines()[-1]
    check(last.startswith("medloc: 1 file checked, 1 error, 0 warnings"),
          f"singular for one: {last}")
    github = medloc(binary, "check", "--no-cache", "--format", "github",
                    "tests/fixtures/rules/schema.duplicate-id/true-positive.xml")
    check("1 file checked, 1 error, 0 warnings" in github.stdout, f"github summary: {github.stdout}")


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    test_did_you_mean(binary)
    test_stdin(binary)
    test_color(binary)
    test_help(binary)
    test_plurals(binary)
    return finish("command line")


if __name__ == "__main__":
    sys.exit(main())
