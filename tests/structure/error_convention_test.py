#!/usr/bin/env python3
"""The error convention of pipeline/'s module edges (ARCHITECTURE.md, "Errors"): a function
returns either `Result<T>` (a value or an Error) or, when reading an input yields a value
and the problems found in it, a struct named for what it loaded (`LoadedX`, `XLoad`,
`XOutcome`, `XParseResult`, a run's or a file's check) that is [[nodiscard]], so that no
caller can drop the problems unread. This test finds every struct or class with such a
name in pipeline/'s headers and fails when one lacks [[nodiscard]]. It first proves it can
fail, on a planted header."""
import os
import re
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFINITION = re.compile(r"^\s*(struct|class)\s+(\[\[nodiscard\]\]\s+)?([A-Z]\w*)\s*(?:final\s*)?[:{]",
                        re.M)
EDGE_NAME = re.compile(r"^(Loaded\w+|\w+Load|\w+Outcome|\w+ParseResult|FileResult|RunResult|Result)$")


def problems(root):
    found = []
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith(".h"):
                continue
            path = os.path.join(folder, name)
            text = open(path, encoding="utf-8").read()
            for _, nodiscard, type_name in DEFINITION.findall(text):
                if EDGE_NAME.match(type_name) and not nodiscard:
                    found.append(f"{os.path.relpath(path, root)}: {type_name} is not [[nodiscard]]")
    return found


def main():
    with tempfile.TemporaryDirectory() as work:
        os.makedirs(os.path.join(work, "stage"))
        with open(os.path.join(work, "stage", "planted.h"), "w") as f:
            f.write("struct PlantedLoad {\n    int value;\n};\n")
        if not problems(work):
            print("FAIL: a struct PlantedLoad without [[nodiscard]] went unnoticed")
            return 1
    found = problems(os.path.join(REPO, "pipeline"))
    for problem in found:
        print("FAIL: " + problem)
    if found:
        return 1
    print("error convention: every value-plus-problems type of a module edge is [[nodiscard]]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
