"""What the end-to-end test scripts share: assertions that collect failures and report
them at the end, so that one run shows every problem, and the repository root."""
import os
import shutil

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
