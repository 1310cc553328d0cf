#!/usr/bin/env python3
"""Output that cannot be written, and runs killed while writing, with the real binary on a
copy of the sample project.

A full disk is simulated with a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored: a write
past it fails with EFBIG, as on a full file system), so no privilege is needed. For every
command that writes (check --output, baseline write, extract, merge, export to a folder
and to an archive, report, and the result cache):
  - the run ends with a clear error and exit status 2 (the cache: a warning, and the
    report and exit status of a run without it);
  - the previous output is intact, byte for byte;
  - nothing is left beside it (no temporary file);
  - the next run, without the limit, succeeds.
A file in the way of an output folder is an error too, and so is a read-only output folder
(the commands then run as the user `nobody` when the test runs as root, since root writes
anywhere): exit 2, the previous output intact, nothing left beside it. Extract and merge are killed at
random moments, and so is export (to a folder and to an archive): every file readers see
is the old one or the new one, never a mix (for a bundle: the whole old bundle or the
whole new one); a hidden temporary may stay until the next run, which removes it and
succeeds.
"""
import os
import pwd
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from e2e_support import argument_parser, check, copy_project, finish

LIMIT = 2048  # bytes: every output of the sample project is larger


def snapshot(root):
    """Every file under `root` (hidden ones too) with its bytes; {} when it is absent."""
    files = {}
    for folder, _, names in os.walk(root):
        if ".medloc" in folder.split(os.sep):
            continue
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, root)] = f.read()
    return files


def hidden(relative):
    """A temporary of an atomic write or a bundle publish: a hidden name on the path."""
    return any(part.startswith(".") for part in relative.split(os.sep))


def limited():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def read_only(root, writable=False):
    """Takes write permission off (or gives it back to) `root` and everything under it."""
    for folder, _, names in os.walk(root):
        os.chmod(folder, 0o755 if writable else 0o555)
        for name in names:
            os.chmod(os.path.join(folder, name), 0o644 if writable else 0o444)


def as_other_user():
    """Root writes anywhere: a read-only folder stops only another user."""
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.setgroups([])
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work)

        def medloc(*args, limit=False, preexec=None, program=binary):
            return subprocess.run([program, *args], cwd=project, capture_output=True, text=True,
                                  timeout=300, preexec_fn=limited if limit else preexec)

        # Each command once without the limit (the previous output), then with it.
        commands = [
            ("check --output", ["check", "--no-cache", "--format", "json", "--output",
                                "out/report.json"], 1),
            ("baseline write", ["baseline", "write", "out/baseline.json", "--no-cache"], 0),
            ("extract", ["extract", "--locale", "de-DE"], 0),
            ("merge", ["merge", "--locale", "en-US"], 1),  # 1: some articles incomplete
            ("export", ["export", "--no-cache", "--out", "out/bundle"], 0),
            ("export --archive", ["export", "--no-cache", "--archive", "tar.gz", "--out",
                                  "out/bundle.tar.gz"], 0),
            ("report", ["report", "--no-cache", "--out", "out/reports"], 0),
        ]
        os.makedirs(os.path.join(project, "out"))
        for label, args, status in commands:
            first = medloc(*args)
            check(first.returncode == status,
                  f"{label}: first run {first.returncode} {first.stderr[-300:]}")
            before = snapshot(project)
            full = medloc(*args, limit=True)
            after = snapshot(project)
            check(full.returncode == 2, f"{label} on a full disk: exit 2, not {full.returncode}")
            check("medloc" in full.stderr,
                  f"{label} on a full disk: a message: {full.stderr[-300:]}")
            changed = sorted(p for p in set(before) | set(after)
                             if before.get(p) != after.get(p))
            check(not changed, f"{label} on a full disk: nothing changed or left: {changed[:5]}")
            again = medloc(*args)
            check(again.returncode == status,
                  f"{label}: the next run succeeds {again.stderr[-300:]}")

        # The cache only saves time: a full disk is a warning, the report is unchanged.
        expected = medloc("check", "--no-cache", "--format", "json")
        cached = medloc("check", "--format", "json", "--cache", "out/cache/c.sqlite", limit=True)
        check(cached.returncode == expected.returncode and cached.stdout == expected.stdout,
              "a cache that cannot be written changes no report")
        check("warning" in cached.stderr, f"...and says so: {cached.stderr[-300:]}")
        cached = medloc("check", "--format", "json", "--cache", "out/cache/c.sqlite")
        check(cached.stdout == expected.stdout and "damaged" not in cached.stderr,
              f"the cache is usable afterwards: {cached.stderr[-300:]}")

        # A file where an output folder goes.
        with open(os.path.join(project, "out", "file"), "w") as f:
            f.write("in the way\n")
        for label, args in (("export", ["export", "--out", "out/file/bundle"]),
                            ("report", ["report", "--out", "out/file/reports"]),
                            ("check --output", ["check", "--output", "out/file/r.txt"])):
            result = medloc(*args)
            check(result.returncode == 2 and result.stderr,
                  f"{label} under a file: exit 2 with a message ({result.returncode})")

        # A read-only output folder: exit 2, the previous output intact, nothing left.
        os.chmod(work, 0o755)  # the other user reaches the project...
        reachable = os.path.join(work, "medloc")  # ...and a binary (the build may be private)
        shutil.copy2(binary, reachable)
        os.chmod(reachable, 0o755)
        for label, args, folder, status in (
                ("check --output", ["check", "--no-cache", "--format", "json", "--output",
                                    "out/ro-check/report.json"], "out/ro-check", 1),
                ("baseline write", ["baseline", "write", "out/ro-baseline/baseline.json",
                                    "--no-cache"], "out/ro-baseline", 0),
                ("extract", ["extract", "--locale", "de-DE"], "translations/de-DE", 0),
                ("merge", ["merge", "--locale", "en-US"], "localized", 1),
                ("export", ["export", "--no-cache", "--out", "out/ro-export/bundle"],
                 "out/ro-export", 0),
                ("report", ["report", "--no-cache", "--out", "out/ro-report/reports"],
                 "out/ro-report", 0)):
            target = os.path.join(project, folder)
            os.makedirs(target, exist_ok=True)  # the folder that is made read-only
            first = medloc(*args)
            check(first.returncode == status,
                  f"{label}: first run {first.returncode} {first.stderr[-300:]}")
            before = snapshot(target)
            read_only(target)
            try:
                denied = medloc(*args, preexec=as_other_user, program=reachable)
                after = snapshot(target)
            finally:
                read_only(target, writable=True)
            check(denied.returncode == 2 and "medloc" in denied.stderr,
                  f"{label} in a read-only folder: exit 2 with a message, not "
                  f"{denied.returncode} {denied.stderr[-300:]}")
            check(after == before, f"{label} in a read-only folder: the previous output intact, "
                  "nothing left beside it")

        # Killed at random moments: old or new files, never a mix; the next run succeeds.
        rng = random.Random(20261125)
        # Extract and merge replace each file atomically; an export replaces the whole bundle.
        kills_leaving_temporaries = 0
        for label, args, folder, status, whole in (
                ("extract", ["extract", "--locale", "it-IT"], "translations/it-IT", 0, False),
                ("merge", ["merge", "--locale", "en-US"], "localized", 1, False),
                ("export", ["export", "--no-cache", "--out", "out/killed/bundle"],
                 "out/killed", 0, True),
                ("export --archive", ["export", "--no-cache", "--archive", "tar.gz", "--out",
                                      "out/killed-archive/bundle.tar.gz"],
                 "out/killed-archive", 0, True)):
            target = os.path.join(project, folder)
            started = time.monotonic()
            finished = medloc(*args)
            duration = time.monotonic() - started  # kills land anywhere in a run
            new = snapshot(target)
            check(finished.returncode == status and new, f"{label} writes {folder}")
            for run in range(8):
                if run % 2 == 0:
                    shutil.rmtree(target, ignore_errors=True)
                state = snapshot(target)
                process = subprocess.Popen([binary, *args], cwd=project,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(rng.uniform(0.0, duration))
                process.kill()
                process.wait()
                left = snapshot(target)
                # A kill can land between naming a finished file and renaming it (no signal
                # handling closes that instant): a hidden temporary may stay until the next
                # run, which removes it. What readers see is the old or the new content.
                visible = {name: content for name, content in left.items()
                           if not hidden(name)}
                if whole:
                    check(visible in (state, new), f"{label} killed: the old bundle or the new one")
                for name, content in visible.items():
                    check(content == new.get(name) or content == state.get(name),
                          f"{label} killed: {name} is the old or the new file")
                kills_leaving_temporaries += len(visible) != len(left)
                result = medloc(*args)
                check(result.returncode == status and snapshot(target) == new,
                      f"{label}: the run after a kill succeeds, writes the same files and "
                      f"removes what the killed run left: {sorted(snapshot(target))[:4]}")
        print(f"{kills_leaving_temporaries} kill(s) left a hidden temporary, removed by the "
              "next run")
    return finish("faults")


if __name__ == "__main__":
    sys.exit(main())
