"""What the end-to-end test scripts share: assertions that collect failures and report
them at the end, so that one run shows every problem, and the repository root."""
import os

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

failures = []


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
