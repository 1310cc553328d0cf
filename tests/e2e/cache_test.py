#!/usr/bin/env python3
"""The result cache (.medloc/cache.sqlite) with the real binary, on a copy of the sample
project:
  - a second run on unchanged files gives the same report, and takes it from the cache
    (a doctored entry with a valid checksum shows up; one without is checked again);
  - an edited article, a changed setting, word list or termbase gives exactly the report of
    a run without the cache;
  - a damaged, truncated or foreign cache file is discarded with a warning, never trusted;
  - --no-cache and an empty cache.path write nothing; a cache that cannot be written is a
    warning and the report is unchanged.
"""
import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile

from e2e_support import check, copy_project, finish

SEED = os.path.join("content", "fausse-couche-8-semaines.xml")
CACHE = os.path.join(".medloc", "cache.sqlite")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    binary = os.path.abspath(parser.parse_args().binary)
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work)

        def medloc(*args):
            return subprocess.run([binary, "check", "--format", "json", "--today", "2026-11-24",
                                   *args], cwd=project, capture_output=True, text=True,
                                  timeout=120)

        def uncached():
            return medloc("--no-cache").stdout

        def same_as_uncached(label):
            result = medloc()
            check(result.returncode in (0, 1) and result.stdout == uncached(),
                  f"{label}: the report equals a run without cache: {result.stderr}")
            return result

        check(not os.path.exists(os.path.join(project, ".medloc")), "no cache before a run")
        cold = medloc()
        cache_path = os.path.join(project, CACHE)
        check(cold.returncode == 1 and os.path.isfile(cache_path), "a first run creates the cache")
        check(cold.stderr == "", f"a first run is silent: {cold.stderr}")
        files = json.loads(cold.stdout)["summary"]["files"]
        with sqlite3.connect(cache_path) as db:
            rows = db.execute("SELECT count(*) FROM results").fetchone()[0]
        check(rows == files, f"one entry per checked file ({rows} for {files})")
        warm = medloc()
        check(warm.stdout == cold.stdout and warm.returncode == cold.returncode,
              "a warm run reports the same")

        # An entry with a valid checksum is believed: the file was not checked again.
        with sqlite3.connect(cache_path) as db:
            file_, content_hash = db.execute(
                "SELECT file, content_hash FROM results WHERE file LIKE '%fausse-couche%'"
            ).fetchone()
            doctored = json.dumps([{"rule_id": "spelling.unknown-word", "severity": "warning",
                                    "file": file_, "line": 1, "column": 1,
                                    "message": "from the cache"}])
            checksum = hashlib.sha256(
                f"{file_}\0{content_hash}\0{doctored}".encode()).hexdigest()
            db.execute("UPDATE results SET findings = ?, checksum = ? WHERE file = ?",
                       (doctored, checksum, file_))
        report = json.loads(medloc().stdout)
        check([f["message"] for f in report["findings"] if f["file"] == file_] ==
              ["from the cache"], "an unchanged file's findings come from the cache")
        # Without a matching checksum, the entry is not trusted.
        with sqlite3.connect(cache_path) as db:
            db.execute("UPDATE results SET checksum = 'x' WHERE file = ?", (file_,))
        check(medloc().stdout == cold.stdout, "an entry failing its checksum is checked again")

        # What a file's findings depend on, changed one at a time.
        seed = os.path.join(project, SEED)
        with open(seed, encoding="utf-8") as f:
            text = f.read()
        with open(seed, "w", encoding="utf-8") as f:
            f.write(text.replace("microrragies", "microrragie", 1))
        edited = same_as_uncached("an edited article")
        check(edited.stdout != cold.stdout, "the edit shows")
        with open(os.path.join(project, "medloc.ini"), "a", encoding="utf-8") as f:
            f.write("\n[rules]\ntypography.nbsp-breaking-space = off\n")
        severity = same_as_uncached("a severity in medloc.ini")
        check("nbsp-breaking-space" in edited.stdout and
              "nbsp-breaking-space" not in severity.stdout, "the rule turned off is gone")
        with open(os.path.join(project, "terminology", "cache-test.txt"), "w",
                  encoding="utf-8") as f:
            f.write("microrragie\n")
        listed = same_as_uncached("a new word list")
        check("microrragie'" not in listed.stdout, "the listed word is no longer reported")
        termbase = os.path.join(project, "terminology", "termbase.tbx")
        if os.path.exists(termbase):
            with open(termbase, "a", encoding="utf-8") as f:
                f.write("\n")
            same_as_uncached("a changed termbase")
        check(medloc("--today", "2031-01-01").stdout == medloc("--today", "2031-01-01",
                                                                "--no-cache").stdout,
              "another date gives the report of that date")

        # Damaged caches: discarded with a warning, the report unchanged, then used again.
        expected = uncached()
        with open(cache_path, "rb") as f:
            good = f.read()
        for label, content in (("garbage", b"\x00not a database\x00" * 512),
                               ("truncated", good[: len(good) // 3]),
                               ("empty tables", None)):
            if content is None:
                os.remove(cache_path)
                with sqlite3.connect(cache_path) as db:
                    db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                    db.execute("INSERT INTO meta VALUES('format', 'another tool')")
            else:
                with open(cache_path, "wb") as f:
                    f.write(content)
            result = medloc()
            check(result.stdout == expected, f"{label} cache: the report is unchanged")
            check("was damaged" in result.stderr and "discarded" in result.stderr,
                  f"{label} cache: a warning says so: {result.stderr}")
            again = medloc()
            check(again.stdout == expected and again.stderr == "",
                  f"{label} cache: rebuilt, the next run is clean: {again.stderr}")

        # Turned off: nothing is read or written.
        shutil.rmtree(os.path.join(project, ".medloc"))
        medloc("--no-cache")
        check(not os.path.exists(os.path.join(project, ".medloc")), "--no-cache writes nothing")
        medloc("--cache", "")
        check(not os.path.exists(os.path.join(project, ".medloc")),
              "an empty cache.path writes nothing")

        # A cache that cannot be written: a warning, the same report, the same exit status.
        in_the_way = os.path.join(project, ".medloc")
        with open(in_the_way, "w", encoding="utf-8") as f:
            f.write("a file where the cache folder goes\n")
        result = medloc()
        check(result.stdout == expected and result.returncode == 1 and
              "warning: no result cache" in result.stderr,
              f"a file in the way of the cache folder: {result.stderr}")
        os.remove(in_the_way)
        if os.geteuid() != 0:  # root writes anywhere: the read-only case needs another user
            os.makedirs(in_the_way)
            os.chmod(in_the_way, stat.S_IRUSR | stat.S_IXUSR)
            result = medloc()
            check(result.stdout == expected and "warning" in result.stderr,
                  f"read-only cache folder: {result.stderr}")
            os.chmod(in_the_way, stat.S_IRWXU)
    return finish("cache")


if __name__ == "__main__":
    sys.exit(main())
