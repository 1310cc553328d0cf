#!/usr/bin/env python3
"""Installing medloc like any tool of its kind:
  - `cmake --install` puts the executable, the schemas, the bundled word lists and the man
    page under the prefix, and the installed medloc, run on a project that has none of
    them, finds the schemas and accepts the words of the bundled lists;
  - `cpack -G DEB` builds a Debian package holding the same files, whose dependencies
    name the shared libraries (dpkg-shlibdeps) and the Hunspell dictionaries.
"""
import os
import shutil
import subprocess
import sys
import tempfile

from e2e_support import REPO, argument_parser, check, finish


def main():
    parser = argument_parser()
    build = os.path.abspath(parser.parse_args().build_dir)
    with tempfile.TemporaryDirectory() as work:
        prefix = os.path.join(work, "prefix")
        result = subprocess.run(["cmake", "--install", build, "--prefix", prefix],
                                capture_output=True, text=True, timeout=300)
        check(result.returncode == 0, f"cmake --install: {result.stderr}")
        for path in ("bin/medloc", "share/medloc/schemas/article.xsd",
                     "share/medloc/schemas/bundle-manifest.schema.json",
                     "share/medloc/terminology/medical.fr.txt",
                     "share/medloc/terminology/calques.fr.usage", "share/man/man1/medloc.1.gz"):
            check(os.path.isfile(os.path.join(prefix, path)), f"{path} installed")

        # A project with one article and nothing else: no schemas, no word lists.
        project = os.path.join(work, "project")
        os.makedirs(os.path.join(project, "content"))
        with open(os.path.join(REPO, "content", "fievre-enfant.xml"), encoding="utf-8") as f:
            article = f.read()
        article = article.replace("Le <term", "Le fondaparinux, une drogue prescrite, et le <term", 1)
        with open(os.path.join(project, "content", "fievre-enfant.xml"), "w", encoding="utf-8") as f:
            f.write(article)
        with open(os.path.join(project, "medloc.ini"), "w") as f:
            f.write("[paths]\ncontent = content\n")
        result = subprocess.run([os.path.join(prefix, "bin", "medloc"), "check", "--today",
                                 "2026-11-24", "content"], cwd=project, capture_output=True,
                                text=True, timeout=120)
        check(result.returncode in (0, 1) and "not found" not in result.stderr,
              f"the installed medloc finds its schemas: {result.returncode} {result.stderr}")
        check("fondaparinux" not in result.stdout,
              f"and the bundled word lists: {result.stdout}")
        check("entry drogue-medicament" in result.stdout,
              f"and the bundled usage file (calques): {result.stdout}")

        if shutil.which("dpkg-deb") is None:
            check(False, "dpkg-deb is missing (scripts/install-deps.sh installs it)")
            return finish("install")
        packages = os.path.join(work, "packages")
        result = subprocess.run(["cpack", "-G", "DEB", "-B", packages, "--config",
                                 os.path.join(build, "CPackConfig.cmake")],
                                cwd=build, capture_output=True, text=True, timeout=600)
        check(result.returncode == 0, f"cpack: {result.stdout[-500:]} {result.stderr[-500:]}")
        debs = [n for n in os.listdir(packages) if n.endswith(".deb")] if os.path.isdir(packages) else []
        check(len(debs) == 1, f"one .deb built: {debs}")
        if debs:
            deb = os.path.join(packages, debs[0])
            listing = subprocess.run(["dpkg-deb", "-c", deb], capture_output=True, text=True).stdout
            for path in ("./usr/bin/medloc", "./usr/share/medloc/schemas/article.xsd",
                         "./usr/share/medloc/terminology/medical.fr.txt",
                         "./usr/share/medloc/terminology/calques.fr.usage",
                         "./usr/share/man/man1/medloc.1.gz"):
                check(path in listing, f"the package holds {path}")
            depends = subprocess.run(["dpkg-deb", "-f", deb, "Depends"], capture_output=True,
                                     text=True).stdout
            for name in ("libxml2", "libicu", "libhunspell", "libarchive", "hunspell-fr"):
                check(name in depends, f"the package depends on {name}: {depends.strip()}")
    return finish("install")


if __name__ == "__main__":
    sys.exit(main())
