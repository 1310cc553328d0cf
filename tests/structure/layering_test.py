#!/usr/bin/env python3
"""The one dependency rule of pipeline/, checked on the sources:
  - a stage (pipeline/<stage>/, library medloc_<stage>) includes headers only of itself and
    of the stages its CMake target links, directly or through their PUBLIC links;
  - the links between stages have no cycle;
  - ARCHITECTURE.md's table of stages and what each uses is exactly the CMake links.
It first proves that it can fail: an upward include planted in a copy of pipeline/, and a
table that disagrees with CMake, must both be reported."""
import os
import re
import shutil
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"', re.M)
LINK = re.compile(r"target_link_libraries\(\s*(medloc_\w+)([^)]*)\)", re.S)


def cmake_links(pipeline):
    """stage -> {"public": set, "private": set} of the medloc stages it links."""
    links = {}
    for stage in sorted(os.listdir(pipeline)):
        path = os.path.join(pipeline, stage, "CMakeLists.txt")
        if not os.path.isfile(path):
            continue
        text = open(path, encoding="utf-8").read()
        for target, args in LINK.findall(text):
            if target != "medloc_" + stage:
                continue
            visibility = "public"
            entry = links.setdefault(stage, {"public": set(), "private": set()})
            for word in args.split():
                if word in ("PUBLIC", "INTERFACE"):
                    visibility = "public"
                elif word == "PRIVATE":
                    visibility = "private"
                elif word.startswith("medloc_") and word != "medloc_settings":
                    entry[visibility].add(word[len("medloc_"):])
        links.setdefault(stage, {"public": set(), "private": set()})
    return links


def public_closure(links, stage, seen=None):
    seen = set() if seen is None else seen
    for used in links.get(stage, {}).get("public", ()):
        if used not in seen:
            seen.add(used)
            public_closure(links, used, seen)
    return seen


def allowed_stages(links, stage):
    direct = links[stage]["public"] | links[stage]["private"]
    allowed = set(direct)
    for used in direct:
        allowed |= public_closure(links, used)
    return allowed


def cycles(links):
    found = []
    state = {}

    def visit(stage, path):
        state[stage] = "open"
        for used in sorted(links.get(stage, {}).get("public", set()) |
                           links.get(stage, {}).get("private", set())):
            if state.get(used) == "open":
                found.append(" -> ".join(path + [used]))
            elif used not in state:
                visit(used, path + [used])
        state[stage] = "done"

    for stage in sorted(links):
        if stage not in state:
            visit(stage, [stage])
    return found


def include_problems(pipeline):
    links = cmake_links(pipeline)
    problems = [f"dependency cycle: {cycle}" for cycle in cycles(links)]
    for stage in sorted(links):
        allowed = allowed_stages(links, stage)
        for folder, _, files in os.walk(os.path.join(pipeline, stage)):
            for name in sorted(files):
                if not name.endswith((".h", ".cpp", ".inl")):
                    continue
                path = os.path.join(folder, name)
                text = open(path, encoding="utf-8").read()
                for match in INCLUDE.finditer(text):
                    used = match.group(1)
                    if used == stage or used not in links:
                        continue
                    if used not in allowed:
                        line = text.count("\n", 0, match.start()) + 1
                        where = os.path.relpath(path, os.path.dirname(pipeline))
                        problems.append(f"{where}:{line}: {stage} includes {used}/, which "
                                        f"medloc_{stage} does not link")
    return problems


TABLE_ROW = re.compile(r"^\|\s*`(\w+)`\s*\|([^|]*)\|", re.M)


def table_problems(pipeline, architecture):
    """The 'Dependencies' table of ARCHITECTURE.md against the CMake links."""
    links = cmake_links(pipeline)
    text = open(architecture, encoding="utf-8").read()
    section = text.split("## Dependencies", 1)
    if len(section) < 2:
        return ["ARCHITECTURE.md has no '## Dependencies' table"]
    table = {}
    for stage, uses in TABLE_ROW.findall(section[1].split("\n## ", 1)[0]):
        table[stage] = set(re.findall(r"`(\w+)`", uses))
    problems = []
    for stage in sorted(set(links) | set(table)):
        cmake = links.get(stage, {"public": set(), "private": set()})
        direct = cmake["public"] | cmake["private"]
        if stage not in table:
            problems.append(f"ARCHITECTURE.md: stage {stage} is missing from the table")
        elif stage not in links:
            problems.append(f"ARCHITECTURE.md: {stage} is not a stage of pipeline/")
        elif table[stage] != direct:
            problems.append(f"ARCHITECTURE.md: {stage} uses {sorted(table[stage])} in the "
                            f"table but links {sorted(direct)} in CMake")
    return problems


def self_test():
    """The checks must fail on a planted upward include and on a wrong table row."""
    failures = []
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, "pipeline")
        shutil.copytree(os.path.join(REPO, "pipeline"), copy)
        victim = os.path.join(copy, "core", "severity.cpp")
        with open(victim, "a", encoding="utf-8") as f:
            f.write('\n#include "cli/cli.h"\n')
        found = include_problems(copy)
        if not any("core/severity.cpp" in p and "includes cli/" in p for p in found):
            failures.append("an upward include (core -> cli) went unnoticed")
        architecture = os.path.join(work, "ARCHITECTURE.md")
        text = open(os.path.join(REPO, "ARCHITECTURE.md"), encoding="utf-8").read()
        with open(architecture, "w", encoding="utf-8") as f:
            f.write(re.sub(r"^(\|\s*`text`\s*\|)[^|]*\|", r"\1 `core`, `cli` |", text,
                           count=1, flags=re.M))
        if not any("text uses" in p for p in table_problems(os.path.join(REPO, "pipeline"),
                                                             architecture)):
            failures.append("a table row that disagrees with CMake went unnoticed")
    return failures


def main():
    failures = self_test()
    for failure in failures:
        print("FAIL (self-test): " + failure)
    problems = include_problems(os.path.join(REPO, "pipeline"))
    problems += table_problems(os.path.join(REPO, "pipeline"), os.path.join(REPO, "ARCHITECTURE.md"))
    for problem in problems:
        print("FAIL: " + problem)
    if failures or problems:
        return 1
    print("layering: every include follows the CMake links; no cycle; ARCHITECTURE.md agrees")
    return 0


if __name__ == "__main__":
    sys.exit(main())
