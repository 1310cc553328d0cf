#!/usr/bin/env python3
"""Runs that meet the limits of the machine, with the real binary:
  - out of memory (an address-space limit, RLIMIT_AS, at several sizes around what an
    article of 300,000 inline elements needs): every run ends with exit 2 and a message
    naming what ran out ("out of memory while checking …"), or, when the limit is enough,
    with the report of a run without limit; never a signal, never a finding about the
    article, never a truncated report;
  - threads that cannot start (each thread asks for a 1 GiB stack within a 1.5 GiB address
    space): the run does its work on the threads it has and reports what --jobs 1 reports.
AddressSanitizer reserves terabytes of address space and aborts instead of throwing
std::bad_alloc, so a sanitized medloc cannot run these: the test then exits 77, which
ctest shows as skipped (the normal build runs it).
"""
import json
import os
import resource
import subprocess
import sys
import tempfile

from e2e_support import REPO, argument_parser, check, finish, scratch_project

SKIPPED = 77
HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<article xmlns="urn:medloc:article:1" id="{id}" '
        'xml:lang="fr-FR" revision="1"><meta><title id="title">Titre</title><audience>patient'
        '</audience><specialty>x</specialty><review status="draft"/></meta><question id="q">'
        'Une question\u00a0?</question><answer><p id="p">')
TAIL = '</p></answer></article>\n'


def sanitized(binary):
    with open(binary, "rb") as f:
        return b"AddressSanitizer" in f.read()


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    if sanitized(binary):
        print("skipped: medloc is built with AddressSanitizer, which cannot run under an "
              "address-space limit nor throw std::bad_alloc")
        return SKIPPED

    def medloc(args, address_space=None, stack=None):
        def limit():
            if stack is not None:
                resource.setrlimit(resource.RLIMIT_STACK, (stack, stack))
            if address_space is not None:
                resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        return subprocess.run([binary, *args], cwd=scratch_project(), capture_output=True, text=True,
                              timeout=120, preexec_fn=limit)

    with tempfile.TemporaryDirectory() as work:
        big = os.path.join(work, "inline.xml")
        with open(big, "w", encoding="utf-8") as f:
            f.write(HEAD.format(id="inline") + "<em>a</em>" * 300000 + TAIL)
        free = medloc(["check", "--no-cache", "--jobs", "1", big])
        # The 300,000 letters are one unknown string: a finding (an unknown term, a warning).
        check(free.returncode in (0, 1) and "inline.xml:" in free.stdout,
              f"without a limit: findings, exit {free.returncode} {free.stderr[-300:]}")
        ran_out = 0
        for megabytes in (80, 120, 160, 200, 260, 340, 600, 900):
            result = medloc(["check", "--no-cache", "--jobs", "1", big], megabytes << 20)
            print(f"{megabytes} MiB: exit {result.returncode} {result.stderr.strip()[:120]}")
            check(result.returncode >= 0, f"{megabytes} MiB: ended by signal {-result.returncode}")
            if result.returncode == 2:
                ran_out += 1
                check(result.stderr == f"medloc: out of memory while checking {big}\n" or
                      result.stderr == "medloc: out of memory: the run was stopped "
                                       "(no complete report was written)\n",
                      f"{megabytes} MiB: the message names what ran out: {result.stderr!r}")
                check(result.stdout == "", f"{megabytes} MiB: no partial report")
            else:
                check(result.stdout == free.stdout and result.returncode == free.returncode,
                      f"{megabytes} MiB: the report of a run without limit: {result.stderr}")
        check(ran_out >= 2, f"the smaller limits ran out of memory ({ran_out})")

        # A report of 100,000 findings, rendered in memory before it is written: a limit that
        # runs out while rendering it must not leave a truncated report with exit 1.
        many = os.path.join(work, "many-findings.xml")
        with open(many, "w", encoding="utf-8") as f:
            f.write(HEAD.format(id="many-findings") + "a  b " * 100000 + TAIL)
        output = os.path.join(work, "report.json")
        outcomes = set()
        for megabytes in range(120, 600, 60):
            result = medloc(["check", "--no-cache", "--jobs", "1", "--format", "json",
                             "--severity", "spelling.unknown-word=off", "--output", output, many],
                            megabytes << 20)
            check(result.returncode in (0, 2), f"{megabytes} MiB: exit {result.returncode}")
            if result.returncode == 2:
                outcomes.add("out of memory")
                check("out of memory" in result.stderr and not os.path.exists(output),
                      f"{megabytes} MiB: no report file, and the reason: {result.stderr}")
            else:
                outcomes.add("written")
                with open(output) as f:
                    check(len(json.load(f)["findings"]) == 100000,
                          f"{megabytes} MiB: the report file is whole")
                os.remove(output)
        check(outcomes == {"out of memory", "written"}, f"both outcomes were met: {outcomes}")

        one = medloc(["check", "--no-cache", "--jobs", "1", "content", "translations"])
        starved = medloc(["check", "--no-cache", "--jobs", "8", "content", "translations"],
                         address_space=1536 << 20, stack=1024 << 20)
        check(starved.returncode == one.returncode and starved.stdout == one.stdout,
              f"threads that cannot start: the report of --jobs 1: exit {starved.returncode} "
              f"{starved.stderr[-300:]}")
    return finish("resource limits")


if __name__ == "__main__":
    sys.exit(main())
