#!/usr/bin/env python3
"""The Debian package `cpack -G DEB` builds, checked by lintian (Debian's own package
checker) with no error and no warning, and by reading it:
  - the binary is stripped; the copyright file is machine-readable (DEP-5) and names every
    licence it uses; the man page and the changelog are compressed with gzip -9n;
  - the control file has an extended description, git in Recommends;
  - the man page has ENVIRONMENT (NO_COLOR, SOURCE_DATE_EPOCH, TERM) and EXIT STATUS, and
    man(1) renders it without a warning.
"""
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile

from e2e_support import argument_parser, check, finish


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, timeout=600, **kwargs)


def main():
    parser = argument_parser()
    build = os.path.abspath(parser.parse_args().build_dir)
    for tool in ("lintian", "dpkg-deb", "readelf", "man"):
        check(shutil.which(tool) is not None,
              f"{tool} is missing (scripts/install-deps.sh installs it)")
    if shutil.which("lintian") is None or shutil.which("dpkg-deb") is None:
        return finish("Debian package")
    with tempfile.TemporaryDirectory() as work:
        packages = os.path.join(work, "packages")
        result = run(["cpack", "-G", "DEB", "-B", packages, "--config",
                      os.path.join(build, "CPackConfig.cmake")], cwd=build)
        check(result.returncode == 0, f"cpack: {result.stdout[-800:]} {result.stderr[-800:]}")
        debs = [n for n in os.listdir(packages) if n.endswith(".deb")] \
            if os.path.isdir(packages) else []
        check(len(debs) == 1, f"one .deb built: {debs}")
        if len(debs) != 1:
            return finish("Debian package")
        deb = os.path.join(packages, debs[0])

        lint = run(["lintian", "--display-info", "--no-tag-display-limit", deb])
        tags = [line for line in lint.stdout.splitlines() if re.match(r"^[EWIXP]: ", line)]
        for line in tags:
            print("lintian:", line)
        serious = [line for line in tags if line[0] in "EW"]
        check(lint.returncode == 0 and not serious,
              f"lintian: no error or warning ({len(serious)}): {serious} {lint.stderr[-500:]}")

        control = run(["dpkg-deb", "--info", deb]).stdout
        check(re.search(r"^ Recommends: .*\bgit\b", control, re.M), "git in Recommends")
        description = control[control.find(" Description:"):]
        check(len([l for l in description.splitlines()[1:] if l.startswith("  ")]) >= 3,
              f"an extended description: {description}")

        root = os.path.join(work, "root")
        run(["dpkg-deb", "--extract", deb, root])
        binary = os.path.join(root, "usr", "bin", "medloc")
        sections = run(["readelf", "--section-headers", "--wide", binary]).stdout
        check(".symtab" not in sections and ".debug_info" not in sections, "the binary is stripped")
        doc = os.path.join(root, "usr", "share", "doc", "medloc")
        with open(os.path.join(doc, "copyright"), encoding="utf-8") as stream:
            copyright_text = stream.read()
        check(copyright_text.startswith(
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"),
            "copyright in the machine-readable format")
        used = set(re.findall(r"^License: (\S+)", copyright_text, re.M))
        for licence in used:
            check(re.search(rf"^License: {re.escape(licence)}\n ", copyright_text, re.M),
                  f"copyright: the text of licence {licence}")
        for name in ("changelog.gz",):
            with open(os.path.join(doc, name), "rb") as stream:
                header = stream.read(10)
            check(header[:2] == b"\x1f\x8b" and header[4:8] == b"\0\0\0\0" and header[3] & 8 == 0,
                  f"{name}: gzip without a time stamp or name")
        man_page = os.path.join(root, "usr", "share", "man", "man1", "medloc.1.gz")
        with gzip.open(man_page, "rt", encoding="utf-8") as stream:
            page = stream.read()
        environment = page[page.find(".SH ENVIRONMENT"):]
        check(".SH ENVIRONMENT" in page, "man page: ENVIRONMENT")
        for variable in ("NO_COLOR", "SOURCE_DATE_EPOCH", "TERM"):
            check(f".B {variable}" in environment, f"man page: {variable} under ENVIRONMENT")
        check(".SH EXIT STATUS" in page, "man page: EXIT STATUS")
        rendered = run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", man_page],
                       env={**os.environ, "MANROFFSEQ": "", "MANWIDTH": "80"})
        check(rendered.returncode == 0 and not rendered.stderr.strip(),
              f"man renders the page without a warning: {rendered.stderr}")
        version = run(["dpkg-deb", "--field", deb, "Version"]).stdout.strip()
        with gzip.open(os.path.join(doc, "changelog.gz"), "rt", encoding="utf-8") as stream:
            first = stream.readline()
        check(first.startswith(f"medloc ({version})"),
              f"the changelog's last entry is this version ({version}): {first}")
    return finish("Debian package")


if __name__ == "__main__":
    sys.exit(main())
