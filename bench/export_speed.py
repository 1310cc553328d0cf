#!/usr/bin/env python3
"""Speed and memory of `medloc export` and `medloc verify` on a generated corpus.

Copies the sample project to a temporary directory and multiplies its approved, fully
translated article (fievre-enfant, with its en-US XLIFF file) into --articles articles
with new ids, then times, in one run:
  - medloc export to a directory (every article checked, localized, written, flushed);
  - medloc export --archive tar.gz;
  - medloc verify of the directory;
  - peers on the same bundle: `sha256sum` of every file (what verify must at least do)
    and `tar czf` of the directory (what the archive step must at least do),
and prints seconds, peak memory and ratios. Numbers vary with the machine: compare ratios.
"""
import argparse
import os
import shutil
import subprocess
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(command, cwd):
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - started, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def make_corpus(work, count):
    project = os.path.join(work, "project")
    os.makedirs(os.path.join(project, "content"))
    os.makedirs(os.path.join(project, "translations", "en-US"))
    for folder in ("terminology", "schemas"):
        shutil.copytree(os.path.join(REPO, folder), os.path.join(project, folder))
    shutil.copy(os.path.join(REPO, "medloc.ini"), project)
    with open(os.path.join(REPO, "content", "fievre-enfant.xml"), encoding="utf-8") as f:
        article = f.read()
    with open(os.path.join(REPO, "translations", "en-US", "fievre-enfant.xlf"), encoding="utf-8") as f:
        xliff = f.read()
    for n in range(count):
        name = f"fievre-enfant-{n:05d}"
        with open(os.path.join(project, "content", name + ".xml"), "w", encoding="utf-8") as f:
            f.write(article.replace('id="fievre-enfant"', f'id="{name}"', 1))
        with open(os.path.join(project, "translations", "en-US", name + ".xlf"), "w",
                  encoding="utf-8") as f:
            f.write(xliff.replace('<file id="fievre-enfant" original="content/fievre-enfant.xml"',
                                  f'<file id="{name}" original="content/{name}.xml"', 1))
    return project


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(REPO, "build", "medloc"))
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    with tempfile.TemporaryDirectory() as work:
        project = make_corpus(work, args.articles)
        bundle = os.path.join(work, "bundle")
        rows = []
        seconds, memory, status = timed([binary, "export", "--out", bundle], project)
        if status != 0:
            raise SystemExit(f"export failed ({status})")
        files = sum(len(names) for _, _, names in os.walk(bundle))
        size = sum(os.path.getsize(os.path.join(root, n)) for root, _, names in os.walk(bundle) for n in names)
        rows.append(("medloc export (directory)", seconds, memory))
        rows.append(("medloc export --archive tar.gz",
                     *timed([binary, "export", "--out", os.path.join(work, "b.tar.gz"), "--archive", "tar.gz"],
                            project)[:2]))
        verify = timed([binary, "verify", bundle], project)
        if verify[2] != 0:
            raise SystemExit("verify rejected the bundle")
        rows.append(("medloc verify (directory)", *verify[:2]))
        listing = [os.path.join(root, n) for root, _, names in os.walk(bundle) for n in names]
        with open(os.path.join(work, "files.txt"), "w") as f:
            f.write("\n".join(listing))
        rows.append(("sha256sum of every file", *timed(["sh", "-c", f"xargs sha256sum < {work}/files.txt"], work)[:2]))
        rows.append(("tar czf of the bundle", *timed(["tar", "czf", os.path.join(work, "peer.tar.gz"), "-C", bundle, "."], work)[:2]))
    print(f"{args.articles} source articles x 2 locales -> {files} files, {size / 1e6:.1f} MB")
    print(f"{'step':<34}{'seconds':>9}{'peak MiB':>10}")
    for name, seconds, memory in rows:
        print(f"{name:<34}{seconds:>9.2f}{memory:>10.0f}")
    print(f"\nexport: {2 * args.articles / rows[0][1]:.0f} articles/s written (checks included)")
    print(f"verify / sha256sum: {rows[2][1] / rows[3][1]:.2f}x the time of hashing alone")


if __name__ == "__main__":
    main()
