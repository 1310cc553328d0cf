#!/usr/bin/env python3
"""Inputs an attacker can hand medloc in CI, generated here, each of which crashed it,
hung it or passed silently before; every run must end with findings or exit 2, never a
signal, and within a bound (a timeout far above what the run takes):
  - one word of 100,000 letters (the URL regex overflowed the stack) and a paragraph of a
    million inline elements;
  - one line of 2 MB with 300,000 findings (each position rescanned its line);
  - an element with 200,000 attributes (libxml2 compares each with every earlier one);
  - a FIFO, a socket and /dev/zero named *.xml (reading a FIFO blocked forever);
  - a baseline nested a million levels deep (a stack overflow in nlohmann's copies);
  - standard output that cannot be written (> /dev/full): exit 2, not a silent success;
  - `--jobs 1000000`: the threads are capped, the report is the one of --jobs 1;
  - file names holding a line feed, a carriage return, terminal escapes and a right-to-left
    override: the text report and the messages on stderr show them escaped.
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

from e2e_support import REPO, argument_parser, check, finish, scratch_project

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<article xmlns="urn:medloc:article:1" id="{id}" '
        'xml:lang="fr-FR" revision="1"><meta><title id="title">Titre</title><audience>patient'
        '</audience><specialty>x</specialty><review status="draft"/></meta><question id="q">'
        'Une question\u00a0?</question><answer><p id="p">')
TAIL = '</p></answer></article>\n'


def article(folder, name, body):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEAD.format(id=os.path.splitext(name)[0]) + body + TAIL)
    return path


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)

    def medloc(*args, timeout=60, stdout=subprocess.PIPE):
        started = time.monotonic()
        try:
            run = subprocess.run([binary, *args], cwd=scratch_project(), stdout=stdout,
                                 stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            check(False, f"medloc {' '.join(args)[:100]}: still running after {timeout} s")
            return None
        print(f"medloc {' '.join(a[-40:] for a in args)}: exit {run.returncode}, "
              f"{time.monotonic() - started:.2f} s")
        check(run.returncode >= 0, f"ended by signal {-run.returncode}")
        run.out = (run.stdout or b"").decode("utf-8", "replace")
        run.err = run.stderr.decode("utf-8", "replace")
        return run

    with tempfile.TemporaryDirectory() as work:
        long_word = article(work, "long-word.xml", "a" * 100000)
        run = medloc("check", "--no-cache", long_word)
        # Far from any word, the string is an unknown term (a warning), not a likely typo.
        check(run and run.returncode in (0, 1) and "long-word.xml:2:" in run.out,
              f"a word of 100,000 letters: findings, no crash: {run and run.err[-300:]}")

        # One word of a million letters, each in its own inline element.
        inline = article(work, "inline.xml", "<em>a</em>" * 1000000)
        run = medloc("check", "--no-cache", inline, timeout=120)
        check(run and run.returncode in (0, 1) and "inline.xml" in run.out,
              f"a million inline elements: {run and run.err[-300:]}")

        # Positions on one long line: every finding's column is counted from the line start.
        long_line = article(work, "long-line.xml", "a  b " * 300000)
        run = medloc("check", "--no-cache", "--severity", "spelling.unknown-word=off", long_line,
                     timeout=120)
        if run:
            doubles = [line for line in run.out.splitlines()
                       if line.endswith("[typography.double-space]")]
            check(len(doubles) == 300000, f"one double space per repetition: {len(doubles)}")
            head = HEAD.format(id="long-line")
            offset = len(head) - head.index("\n") - 1  # code points before the text, line 2
            last = f"long-line.xml:2:{offset + 5 * 299999 + 2}: warning:"
            check(doubles and last in doubles[-1], f"the last column is exact: {doubles[-1:]}")

        crowded = os.path.join(work, "crowded.xml")
        with open(crowded, "w") as f:
            f.write('<article xmlns="urn:medloc:article:1"' +
                    "".join(f' a{i}="x"' for i in range(200000)) + "/>")
        run = medloc("check", "--no-cache", crowded, timeout=30)
        check(run and run.returncode == 1 and "has 200001 attributes" in run.out and
              "[schema.not-well-formed]" in run.out, f"200,000 attributes: {run and run.out}")

        # What is not a regular file is a finding, at once, whether found in a folder or named.
        special = os.path.join(work, "special")
        os.makedirs(special)
        os.mkfifo(os.path.join(special, "fifo.xml"))
        listening = socket.socket(socket.AF_UNIX)
        listening.bind(os.path.join(special, "socket.xml"))
        os.symlink("/dev/zero", os.path.join(special, "zero.xml"))
        article(special, "good.xml", "Un texte.")
        run = medloc("check", "--no-cache", special, timeout=30)
        check(run is not None and run.returncode == 1, "a FIFO in the folder does not block")
        if run:
            for name, kind in (("fifo.xml", "a FIFO"), ("socket.xml", "a socket"),
                               ("zero.xml", "a character device")):
                check(f"{name}: error: not a regular file: it is {kind}, not read "
                      "[schema.unreadable]" in run.out, f"{name} is a finding: {run.out}")
            check("4 files checked, 3 errors" in run.out, f"the run goes on: {run.out}")
        run = medloc("check", "--no-cache", os.path.join(special, "fifo.xml"), timeout=30)
        check(run and run.returncode == 1 and "it is a FIFO" in run.out, "a FIFO named directly")
        listening.close()

        deep = os.path.join(work, "deep-baseline.json")
        with open(deep, "w") as f:
            f.write('{"format": "medloc-baseline", "format_version": 1, "findings": [' +
                    "[" * 1000000 + "]" * 1000000 + "]}")
        run = medloc("check", "--no-cache", "--baseline", deep, long_word)
        check(run and run.returncode == 2 and "nested deeper than 256 levels" in run.err,
              f"a baseline nested a million levels: {run and run.err[-300:]}")

        with open("/dev/full", "w") as full:
            run = medloc("check", "--no-cache", long_word, stdout=full)
        check(run and run.returncode == 2 and "cannot write to standard output" in run.err,
              f"> /dev/full: exit {run and run.returncode} {run and run.err}")

        one = medloc("check", "--no-cache", "--jobs", "1", "--format", "json", "content")
        many = medloc("check", "--no-cache", "--jobs", "1000000", "--format", "json", "content")
        check(one and many and one.returncode == many.returncode and
              json.loads(one.out)["findings"] == json.loads(many.out)["findings"],
              "--jobs 1000000 runs, and reports what --jobs 1 does")

        # Names that would forge lines or drive a terminal.
        names = os.path.join(work, "names")
        os.makedirs(names)
        forged = "x.xml:1:1: note: fine\n\x1b]0;pwned\x07\x1b[2Jgpj.\u202eexe.xml"
        article(names, forged, "Un texte.")
        run = medloc("check", "--no-cache", names)
        if run:
            check("\x1b" not in run.out and "\u202e" not in run.out,
                  "no escape character reaches the report")
            check("\\n\\x1b]0;pwned\\x07\\x1b[2Jgpj.\\u{202e}exe.xml:" in run.out,
                  f"the name is shown escaped: {run.out!r}")
            check(all(line.startswith(("/", "medloc:")) for line in run.out.splitlines()),
                  f"no forged line: {run.out!r}")
        run = medloc("merge-results", os.path.join(names, forged))
        check(run and run.returncode == 2 and "\x1b" not in run.err and "\\x1b" in run.err,
              f"stderr escapes the name too: {run and run.err!r}")
    return finish("hostile inputs")


if __name__ == "__main__":
    sys.exit(main())
