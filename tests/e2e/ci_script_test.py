#!/usr/bin/env python3
"""ci/medloc-ci.sh, the script the CI templates run, on a copy of the sample project with
the built medloc first on PATH: a full check and a four-shard run then merge both write
the SARIF, JUnit and JSON reports, agree on the findings, and fail like medloc check
(the sample's seed article has error findings). Safe by default: without MEDLOC_CACHE_KEY
no result cache is read or written (a cache restored from a CI store is not trusted on its
own); with it, the cache is used and no key file is written beside it. A report that
cannot be written fails the script with 2, whichever report it is."""
import json
import os
import subprocess
import sys
import tempfile

from e2e_support import REPO, argument_parser, check, copy_project, finish


def main():
    parser = argument_parser()
    binary = os.path.abspath(parser.parse_args().binary)
    script = os.path.join(REPO, "ci", "medloc-ci.sh")
    env = dict(os.environ, PATH=os.path.dirname(binary) + os.pathsep + os.environ["PATH"])
    env.pop("GITHUB_ACTIONS", None)
    with tempfile.TemporaryDirectory() as work:
        project = copy_project(work)

        def ci(*args):
            return subprocess.run(["bash", script, *args], cwd=project, env=env,
                                  capture_output=True, text=True, timeout=180)

        def reports():
            found = {}
            for name in ("medloc.json", "medloc.sarif", "medloc.xml"):
                path = os.path.join(project, "reports", name)
                check(os.path.isfile(path), f"reports/{name} written")
                found[name] = path
            return found

        result = ci("check")
        check(result.returncode == 1, f"check fails on the seed's errors: {result.returncode} {result.stderr}")
        check(not os.path.exists(os.path.join(project, ".medloc")),
              "without MEDLOC_CACHE_KEY no cache is read or written")
        with open(reports()["medloc.json"]) as f:
            whole = json.load(f)
        with open(os.path.join(project, "reports", "medloc.sarif")) as f:
            check(len(json.load(f)["runs"][0]["results"]) == len(whole["findings"]),
                  "the SARIF report has every finding")

        for k in range(1, 5):
            result = ci("shard", str(k), "4")
            check(result.returncode == 0, f"shard {k} leaves the verdict to merge: {result.stderr}")
        result = ci("merge")
        check(result.returncode == 1, f"merge fails on the errors: {result.returncode} {result.stderr}")
        with open(reports()["medloc.json"]) as f:
            merged = json.load(f)
        check(merged["summary"]["errors"] == whole["summary"]["errors"] and
              merged["checked_files"] == whole["checked_files"],
              "the merged shards report what one run reports")
        check(ci("unknown").returncode == 2, "an unknown mode is a usage error")

        keyed = dict(env, MEDLOC_CACHE_KEY="0123456789abcdef" * 4)
        for _ in range(2):
            result = subprocess.run(["bash", script, "check"], cwd=project, env=keyed,
                                    capture_output=True, text=True, timeout=180)
            check(result.returncode == 1, f"with a key: {result.stderr}")
        check(os.path.isfile(os.path.join(project, ".medloc", "cache.sqlite")) and
              not os.path.exists(os.path.join(project, ".medloc", "cache.sqlite.key")),
              "with MEDLOC_CACHE_KEY the cache is used and no key is written beside it")

        os.remove(os.path.join(project, "reports", "medloc.xml"))
        os.makedirs(os.path.join(project, "reports", "medloc.xml"))
        result = ci("check")
        check(result.returncode == 2 and "medloc merge-results failed" in result.stderr,
              f"a JUnit report that cannot be written fails the script: {result.returncode} "
              f"{result.stderr}")
    return finish("CI script")


if __name__ == "__main__":
    sys.exit(main())
