"""What the end-to-end test scripts share: assertions that collect failures and report
them at the end, so that one run shows every problem, and the repository root."""
import argparse
import atexit
import os
import shutil
import subprocess
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

failures = []

PROJECT_FOLDERS = ("content", "translations", "terminology", "schemas")


def copy_project(work, folders=PROJECT_FOLDERS):
    """A copy of the sample project (its folders and medloc.ini) in `work`/project, outside
    the repository's git tree; returns its path."""
    project = os.path.join(work, "project")
    os.makedirs(project)
    for folder in folders:
        shutil.copytree(os.path.join(REPO, folder), os.path.join(project, folder))
    shutil.copy(os.path.join(REPO, "medloc.ini"), project)
    return project


def argument_parser():
    """The parser of the arguments tests/CMakeLists.txt gives every end-to-end script (one
    foreach registers them all): the medloc binary, the build folder and the folder of the
    npm tools. A script adds its own options and uses what it needs."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True, help="the medloc binary under test")
    parser.add_argument("--build-dir", required=True, help="the CMake build folder")
    parser.add_argument("--npm-tools", required=True,
                        help="where scripts/install-npm-tools.sh installed the npm tools")
    return parser


_scratch_project = None


def scratch_project():
    """One copy of the sample project per script, for commands that would otherwise run in
    the checkout (and write its result cache there): the project's folders and medloc.ini,
    with `tests` linked so that fixture paths relative to the repository root still resolve.
    Removed when the script ends."""
    global _scratch_project
    if _scratch_project is None:
        work = tempfile.mkdtemp(prefix="medloc-e2e-")
        atexit.register(shutil.rmtree, work, True)
        _scratch_project = copy_project(work)
        os.symlink(os.path.join(REPO, "tests"), os.path.join(_scratch_project, "tests"))
    return _scratch_project


def medloc(binary, *args, cwd=None, timeout=120, **kwargs):
    """Runs medloc with `args` in `cwd` (default: the scratch project, never the checkout);
    text output captured unless the caller says otherwise."""
    kwargs.setdefault("capture_output", "stdout" not in kwargs and "stderr" not in kwargs)
    kwargs.setdefault("text", True)
    return subprocess.run([binary, *args], cwd=cwd or scratch_project(), timeout=timeout,
                          **kwargs)


def check(condition, message):
    """Records a failure (and prints it) when `condition` is false."""
    if not condition:
        failures.append(message)
        print("FAIL: " + message)
    return condition


def finish(name):
    """Prints the outcome; the exit status for sys.exit."""
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print(f"{name} tests passed")
    return 0
