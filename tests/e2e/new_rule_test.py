#!/usr/bin/env python3
"""scripts/new-rule creates a rule that builds and passes the rule catalogue test unchanged.

In a copy of the sources, the script makes `usage.example-phrase`; the rule, the edited
registration (builtin_rules.cpp), the message catalogue with the rule's message
(messages.cpp), the catalogue test and its support are compiled with the
very commands of this build (compile_commands.json) and linked with its libraries in place
of the unit test objects; the catalogue test then runs on the copy's docs and fixtures, so
it sees the new rule's page, true positive and near miss. Also: a bad id, and a rule that
exists already, are refused with nothing written."""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

from e2e_support import REPO, argument_parser, check, finish

COPIED = ("pipeline", "scripts", "docs", "tests", "schemas", "terminology", "cmake")


def compile_like(commands, target, source, objects, repo, copy):
    """Compiles `source` (in the copy) with a command the build used for a file of CMake
    target `target`: the same flags and include folders, whether the build compiled that
    target file by file or in unity batches."""
    marker = os.sep + target + ".dir" + os.sep
    for entry in commands:
        words = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
        if "-o" in words and marker in words[words.index("-o") + 1]:
            break
    else:
        raise RuntimeError("no compile command for target " + target)
    words = [w.replace(repo, copy) for w in words]
    out = os.path.join(objects, os.path.basename(source) + ".o")
    words[words.index("-o") + 1] = out
    words[words.index("-c") + 1] = source
    run = subprocess.run(words, cwd=entry["directory"], capture_output=True, text=True,
                         timeout=600)
    check(run.returncode == 0, f"{os.path.basename(source)} compiles: {run.stderr[-2000:]}")
    return out


def unit_test_link(build):
    """The folder the unit tests are linked from and their link command, as this build's
    generator wrote it: Ninja's build.ninja (one command line for the target, run from the
    build folder) or Makefiles' link.txt (run from tests/)."""
    if os.path.isfile(os.path.join(build, "build.ninja")):
        listed = subprocess.run(["ninja", "-C", build, "-t", "commands", "medloc_unit_tests"],
                                capture_output=True, text=True, check=True).stdout
        link = listed.strip().splitlines()[-1]
        # CMake wraps the link between its pre-link and post-build steps (": && ... && :").
        return build, next(part for part in link.split(" && ") if " -o " in part)
    link_dir = os.path.join(build, "tests")
    return link_dir, open(os.path.join(link_dir, "CMakeFiles", "medloc_unit_tests.dir",
                                       "link.txt")).read()


def main():
    parser = argument_parser()
    options = parser.parse_args()
    build = os.path.abspath(options.build_dir)
    commands = json.load(open(os.path.join(build, "compile_commands.json")))
    repo = os.path.realpath(REPO)

    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, "src")
        os.makedirs(copy)
        for folder in COPIED:
            shutil.copytree(os.path.join(REPO, folder), os.path.join(copy, folder),
                            ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(os.path.join(REPO, "CMakeLists.txt"), copy)

        script = os.path.join(copy, "scripts", "new-rule")
        bad = subprocess.run([script, "Usage.Bad_Id"], capture_output=True, text=True)
        check(bad.returncode != 0 and "FAMILY.NAME" in bad.stderr, "a bad id is refused")
        existing = subprocess.run([script, "typography.ellipsis"], capture_output=True, text=True)
        check(existing.returncode != 0 and "exists already" in existing.stderr,
              "an existing rule is refused")
        made = subprocess.run([script, "usage.example-phrase", "--summary",
                               "a phrase the project avoids"], capture_output=True, text=True)
        check(made.returncode == 0, f"new-rule runs: {made.stderr}")
        rule_cpp = os.path.join(copy, "pipeline", "checks", "usage", "example_phrase_rule.cpp")
        for path in (rule_cpp, rule_cpp[:-4] + ".h",
                     os.path.join(copy, "docs", "rules", "usage.example-phrase.md"),
                     os.path.join(copy, "tests", "fixtures", "rules", "usage.example-phrase",
                                  "true-positive.xml"),
                     os.path.join(copy, "tests", "fixtures", "rules", "usage.example-phrase",
                                  "near-miss.xml")):
            check(os.path.isfile(path), f"{os.path.relpath(path, copy)} written")
        registration = open(os.path.join(copy, "pipeline", "checks", "builtin_rules.cpp")).read()
        check("registry.add<ExamplePhraseRule>(options);" in registration, "rule registered")
        messages_cpp = os.path.join(copy, "pipeline", "language", "messages.cpp")
        check('{"usage.example-phrase", ' in open(messages_cpp, encoding="utf-8").read(),
              "the rule's message is in the catalogue")

        objects = os.path.join(work, "objects")
        os.makedirs(objects)
        built = [
            compile_like(commands, "medloc_checks", rule_cpp, objects, repo, copy),
            compile_like(commands, "medloc_checks",
                         os.path.join(copy, "pipeline", "checks", "builtin_rules.cpp"), objects,
                         repo, copy),
            compile_like(commands, "medloc_language", messages_cpp, objects, repo, copy),
            compile_like(commands, "medloc_unit_tests",
                         os.path.join(copy, "tests", "unit", "checks", "rule_catalogue_test.cpp"),
                         objects, repo, copy),
            compile_like(commands, "medloc_unit_tests",
                         os.path.join(copy, "tests", "unit", "test_support.cpp"), objects, repo,
                         copy),
        ]
        if not all(os.path.isfile(o) for o in built):
            return finish("new-rule")
        # The unit tests' link line, with these objects in place of the unit tests' own: an
        # object defines builtin_rules() and the catalogue first, so the libraries' copies
        # are never pulled in (a unity build keeps those two files out of its batches).
        link_dir, link = unit_test_link(build)
        words = [w for w in shlex.split(link)
                 if not re.match(r"(.*/)?CMakeFiles/medloc_unit_tests\.dir/.*\.o$", w)]
        binary = os.path.join(work, "catalogue_test")
        words[words.index("-o") + 1] = binary
        at = words.index("-o")
        words[at:at] = built
        linked = subprocess.run(words, cwd=link_dir, capture_output=True, text=True, timeout=600)
        check(linked.returncode == 0, f"links: {linked.stderr[-2000:]}")
        if linked.returncode == 0:
            run = subprocess.run([binary, "--gtest_filter=RuleCatalogue.*"], capture_output=True,
                                 text=True, timeout=600)
            check(run.returncode == 0, f"the catalogue test passes with the new rule:\n"
                                       f"{run.stdout[-3000:]}")
            listed = subprocess.run([binary, "--gtest_list_tests"], capture_output=True, text=True)
            check("EveryRuleHasATruePositiveAndANearMiss" in listed.stdout,
                  "the catalogue test ran its fixture test")
    return finish("new-rule")


if __name__ == "__main__":
    sys.exit(main())
