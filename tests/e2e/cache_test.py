#!/usr/bin/env python3
"""The result cache (.medloc/cache.sqlite) with the real binary, on a copy of the sample
project:
  - a second run on unchanged files gives the same report, and takes it from the cache
    (a doctored entry with a valid checksum shows up; one without is checked again);
  - an edited article, a changed setting, word list or termbase gives exactly the report of
    a run without the cache;
  - rows are keyed (HMAC-SHA-256, a secret beside the database, mode 0600): a row forged
    without the key, as format 1's plain checksum allowed, is checked again;
  - a dictionary whose bytes change (same size and time) or a shared library that is not
    the same build invalidates every entry;
  - a damaged medloc cache is discarded with a warning, never trusted; a file that is not a
    medloc cache (garbage, another program's database, README.md) is exit 2 and untouched;
  - --no-cache and an empty cache.path write nothing; a cache that cannot be written is a
    warning and the report is unchanged.
"""
import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile

from e2e_support import argument_parser, check, copy_project, finish

SEED = os.path.join("content", "fausse-couche-8-semaines.xml")
CACHE = os.path.join(".medloc", "cache.sqlite")


def varint(value):
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def finding_list_bytes(file_, rule_id, message):
    """One warning at 1:1, in the form a cache row holds (core/finding_list): a table of
    distinct strings, then each finding as variable-length integers (numbers zigzag)."""
    texts = [file_, rule_id, message, ""]
    text = texts.index
    record = b"".join([
        varint(text(file_)), varint(2), varint(2),  # line 1, column 1
        varint(text(rule_id)), varint(text(message)), varint(1),  # warning
        *[varint(text(""))] * 5,  # document, block, locale, flagged text, message id
        varint(0), varint(0), varint(0)])  # no suggestion, fix or argument
    table = varint(len(texts)) + b"".join(varint(len(t.encode())) + t.encode() for t in texts)
    return b"medloc-findings-1\n" + table + varint(1) + varint(len(record)) + record


def main():
    parser = argument_parser()
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

        # An entry with a valid MAC is believed: the file was not checked again.
        key_path = cache_path + ".key"
        check(stat.S_IMODE(os.stat(key_path).st_mode) == 0o600, "the key is its owner's only")
        with open(key_path) as f:
            key = f.read().strip()
        with sqlite3.connect(cache_path) as db:
            environment, file_, content_hash = db.execute(
                "SELECT environment, file, content_hash FROM results "
                "WHERE file LIKE '%fausse-couche%'").fetchone()

        def plant(message, mac_key):
            doctored = finding_list_bytes(file_, "spelling.unknown-word", message)
            mac = hmac.new(mac_key.encode(),
                           f"{environment}\0{file_}\0{content_hash}\0".encode() + doctored,
                           hashlib.sha256).hexdigest()
            with sqlite3.connect(cache_path) as db:
                db.execute("UPDATE results SET findings = ?, mac = ? WHERE file = ?",
                           (doctored, mac, file_))

        def from_cache():
            report = json.loads(medloc().stdout)
            return [f["message"] for f in report["findings"] if f["file"] == file_]

        first_environment = environment
        plant("from the cache", key)
        check(from_cache() == ["from the cache"], "an unchanged file's findings come from the cache")
        # Forged without the key (format 1's plain SHA-256, or another key): checked again.
        with sqlite3.connect(cache_path) as db:
            forged = b"medloc-findings-1\n" + varint(0) + varint(0) + varint(0)  # no finding
            db.execute("UPDATE results SET findings = ?, mac = ? WHERE file = ?",
                       (forged, hashlib.sha256(f"{file_}\0{content_hash}\0".encode() +
                                               forged).hexdigest(), file_))
        check(medloc().stdout == cold.stdout, "a row forged without the key is checked again")
        plant("forged", "not-the-key-" + "0" * 52)
        check(medloc().stdout == cold.stdout, "a row under another key is checked again")

        # The dictionaries' bytes and the shared libraries are part of the environment: a
        # planted row is no longer used once either changes, whatever its size and time.
        dictionaries = os.path.join(work, "dictionaries")
        shutil.copytree("/usr/share/hunspell", dictionaries)
        with_dictionaries = ["--dictionary-path", dictionaries]

        def environments():
            with sqlite3.connect(cache_path) as db:
                return {row[0] for row in db.execute("SELECT environment FROM results")}
        known = environments()
        medloc(*with_dictionaries)
        (environment,) = environments() - known
        plant("planted", key)
        check("planted" in medloc(*with_dictionaries).stdout,
              "a planted row is used while nothing changes")
        dic = os.path.realpath(os.path.join(dictionaries, "fr_FR.dic"))
        times = os.stat(dic)
        with open(dic, "r+b") as f:
            f.seek(-2, os.SEEK_END)
            last = f.read(1)
            f.seek(-2, os.SEEK_END)
            f.write(b"z" if last != b"z" else b"y")
        os.utime(dic, ns=(times.st_atime_ns, times.st_mtime_ns))
        report = medloc(*with_dictionaries).stdout
        check("planted" not in report, "a dictionary with other bytes (same size and time) "
                                       "invalidates the cache")
        library = subprocess.run(["sh", "-c", f"ldd {binary} | grep -o '/[^ ]*libhunspell[^ ]*'"],
                                 capture_output=True, text=True).stdout.strip()
        build_id = subprocess.run(["readelf", "-n", library], capture_output=True,
                                  text=True).stdout.split("Build ID:")[1].split()[0]
        rebuilt_dir = os.path.join(work, "libraries")
        os.makedirs(rebuilt_dir)
        with open(library, "rb") as f:
            data = bytearray(f.read())
        at = data.find(bytes.fromhex(build_id))
        check(at > 0, "the build id of libhunspell is in the file")
        data[at] ^= 0xFF
        with open(os.path.join(rebuilt_dir, os.path.basename(library)), "wb") as f:
            f.write(data)
        environment = first_environment
        plant("planted", key)
        check(from_cache() == ["planted"], "planted in the first environment")
        env = dict(os.environ, LD_LIBRARY_PATH=rebuilt_dir)
        rebuilt = subprocess.run([binary, "check", "--format", "json", "--today", "2026-11-24"],
                                 cwd=project, capture_output=True, text=True, timeout=120, env=env)
        check(rebuilt.returncode == 1 and "planted" not in rebuilt.stdout,
              f"another build of libhunspell invalidates the cache: {rebuilt.stderr}")
        with sqlite3.connect(cache_path) as db:
            db.execute("DELETE FROM results WHERE file = ?", (file_,))
        check(medloc().stdout == cold.stdout, "back to the first environment: its report")

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

        # Damaged medloc caches: discarded with a warning, the report unchanged, then used
        # again.
        expected = uncached()
        with open(cache_path, "rb") as f:
            good = f.read()
        for label, content in (("truncated", good[: len(good) // 3]),
                               ("overwritten after its header", good[:100] + b"\x5a" * 8192),
                               ("an older format", None)):
            if content is None:
                os.remove(cache_path)
                with sqlite3.connect(cache_path) as db:
                    db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                    db.execute("INSERT INTO meta VALUES('format', 'medloc result cache 1')")
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

        # Files that are not a medloc cache are never discarded: exit 2, untouched.
        readme = os.path.join(project, "README.md")
        with open(readme, "w", encoding="utf-8") as f:
            f.write("# The project\n" + "text\n" * 2000)
        other_db = os.path.join(project, "other.sqlite")
        with sqlite3.connect(other_db) as db:
            db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("INSERT INTO meta VALUES('format', 'another tool')")
        garbage = os.path.join(project, "garbage.bin")
        with open(garbage, "wb") as f:
            f.write(b"\x00not a database\x00" * 512)
        for path in (readme, other_db, garbage, os.path.join(project, "content")):
            before = open(path, "rb").read() if os.path.isfile(path) else os.listdir(path)
            result = medloc("--cache", path)
            check(result.returncode == 2 and result.stdout == "" and
                  ("is not a medloc result cache" in result.stderr or
                   "not a regular file" in result.stderr),
                  f"--cache {os.path.basename(path)}: exit {result.returncode} {result.stderr}")
            after = open(path, "rb").read() if os.path.isfile(path) else os.listdir(path)
            check(after == before, f"--cache {os.path.basename(path)}: untouched")
        with open(os.path.join(project, "medloc.ini"), encoding="utf-8") as f:
            ini = f.read()
        with open(os.path.join(project, "medloc.ini"), "a", encoding="utf-8") as f:
            f.write("\n[cache]\npath = README.md\n")
        result = medloc()
        check(result.returncode == 2 and "README.md is not a medloc result cache" in result.stderr,
              f"cache.path = README.md: {result.stderr}")
        with open(os.path.join(project, "medloc.ini"), "w", encoding="utf-8") as f:
            f.write(ini)

        # A key others can read or write (a checked-out file is 0644) is not trusted.
        os.chmod(key_path, 0o644)
        result = medloc()
        check(result.returncode == 1 and result.stdout == expected and
              "is not trusted" in result.stderr, f"a key others may read: {result.stderr}")
        os.chmod(key_path, 0o600)

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
