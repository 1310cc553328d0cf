"""How the bench scripts measure one process: wall and CPU seconds and peak memory by
/usr/bin/time, and a JSON report's summary and digest without holding the report."""
import hashlib
import json
import os
import subprocess
import tempfile


def measured(command, cwd, output=None, stdin=None):
    """(wall seconds, CPU seconds, peak MiB, exit status, stderr tail) of one process.

    Measured by /usr/bin/time, a small process of its own: a child forked from this script
    would count this script's memory at the fork in its peak (Linux keeps the larger of the
    two across exec), and the script holds a corpus."""
    with open(output or os.devnull, "w") as out, tempfile.TemporaryFile() as errors, \
            open(stdin or os.devnull) as given, tempfile.NamedTemporaryFile("r") as usage:
        status = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", usage.name,
                                 *command], cwd=cwd, stdout=out, stderr=errors,
                                stdin=given).returncode
        errors.seek(0)
        err = errors.read()[-800:].decode(errors="replace")
        fields = usage.read().split()[-4:]
    wall, user, system, peak_kib = (float(field) for field in fields)
    return wall, user + system, peak_kib / 1024, status, err


def file_digest(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def report_summary(path):
    """The summary of a JSON report, its last member, read from the end of the file (a
    report of 100,000 articles is gigabytes as Python objects)."""
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        f.seek(max(0, f.tell() - (1 << 20)))
        tail = f.read().decode("utf-8", "replace")
    at = tail.rindex('"summary":') + len('"summary":')
    return json.loads(tail[at:].rstrip().removesuffix("}"))


def xmllint(project, files):
    wall = cpu = peak = 0.0
    for i in range(0, len(files), 2000):
        w, c, m, status, err = measured(["xmllint", "--noout", "--nonet", "--schema",
                                         "schemas/article.xsd", *files[i:i + 2000]], project)
        if status not in (0, 3, 4):
            raise SystemExit(f"xmllint exited {status}: {err}")
        wall, cpu, peak = wall + w, cpu + c, max(peak, m)
    return wall, cpu, peak
