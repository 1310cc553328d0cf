#!/usr/bin/env python3
"""Speed of medloc's XLIFF reading and bilingual checks beside translate-toolkit.

Generates, in one run, a large set of XLIFF 1.2 files (the version translate-toolkit
reads) with en-US sources and fr-FR targets, including deliberate errors (a changed
number, a missing target, an untranslated unit), then times on the same files:
  - medloc check, translation rules only (XLIFF read, units paired, numbers parsed)
  - medloc check, every rule (adds spelling, typography, terminology of the targets)
  - pocount  (translate-toolkit: reads the files and counts units and words)
  - pofilter (translate-toolkit: runs its checks, writes the failing units)
and prints units per second and ratios. Numbers vary with the machine: compare ratios.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAIRS = [
    ("Take {n} mg every {h} hours with water.", "Prenez {n}\u00a0mg toutes les {h}\u00a0heures avec de l’eau."),
    ("Give two puffs of the inhaler if you are short of breath.", "Prenez deux bouffées de l’inhalateur en cas d’essoufflement."),
    ("A fever above {t} °C in a baby under three months needs a doctor.", "Une fièvre au-delà de {t}\u00a0°C chez un bébé de moins de trois mois impose de consulter."),
    ("Drink small amounts of oral rehydration solution often.", "Buvez souvent de petites quantités de soluté de réhydratation orale."),
    ("See your doctor if the pain lasts more than {d} days.", "Consultez votre médecin si la douleur dure plus de {d}\u00a0jours."),
]


def timed(command):
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
    _, status, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - started, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--binary', default=os.path.join(REPO, 'build', 'medloc'))
    parser.add_argument('--files', type=int, default=400)
    parser.add_argument('--units', type=int, default=100)
    parser.add_argument('--jobs', type=int, default=1)
    options = parser.parse_args()
    rng = random.Random(20261124)
    rules = json.loads(subprocess.run([options.binary, 'rules', '--format', 'json'], capture_output=True,
                                      check=True).stdout)['rules']
    only_translation = [a for r in rules if not r['id'].startswith(('schema.', 'translation.'))
                        for a in ('--severity', f"{r['id']}=off")]
    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, 'xliff')
        os.makedirs(corpus)
        units = 0
        for f in range(options.files):
            body = []
            for u in range(options.units):
                source, target = PAIRS[rng.randrange(len(PAIRS))]
                values = {'n': rng.choice([250, 500, 1000]), 'h': rng.choice([4, 6, 8]),
                          't': rng.choice([38, 39]), 'd': rng.choice([3, 5, 7])}
                source, target = source.format(**values), target.format(**values)
                roll = rng.random()
                if roll < 0.01:
                    target = target.replace(str(values['n']), str(values['n'] // 10)) if '{n}' else target
                elif roll < 0.02:
                    target = None
                elif roll < 0.03:
                    target = source
                t = f'<target state="translated">{escape(target)}</target>' if target is not None else ''
                body.append(f'<trans-unit id="u{u}"><source>{escape(source)}</source>{t}</trans-unit>')
                units += 1
            with open(os.path.join(corpus, f'bench-{f:05d}.xlf'), 'w', encoding='utf-8') as out:
                out.write('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
                          'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="bench" '
                          'source-language="en-US" target-language="fr-FR" datatype="plaintext"><body>\n'
                          + '\n'.join(body) + '\n</body></file>\n</xliff>\n')
        jobs = ['--jobs', str(options.jobs)]
        runs = [
            ("medloc check, translation rules", timed([options.binary, 'check', *jobs, *only_translation,
                                                       '--format', 'json', '--output', os.path.join(work, 't.json'), corpus])),
            ("medloc check, every rule", timed([options.binary, 'check', *jobs, '--format', 'json',
                                                '--output', os.path.join(work, 'a.json'), corpus])),
            ("pocount", timed(['pocount', corpus])),
            ("pofilter", timed(['pofilter', corpus, os.path.join(work, 'pofilter-out')])),
        ]
        with open(os.path.join(work, 't.json'), encoding='utf-8') as f:
            found = json.load(f)['summary']['by_rule']
    print(f"corpus: {options.files} XLIFF 1.2 files, {units} units (about 1% each: changed number, "
          f"missing target, untranslated); jobs={options.jobs}")
    print(f"medloc translation findings: {found}")
    print(f"{'what':<34}{'seconds':>9}{'units/s':>12}{'peak MiB':>10}")
    for name, (seconds, mib, code) in runs:
        print(f"{name:<34}{seconds:>9.2f}{units / seconds:>12,.0f}{mib:>10.1f}")
    base = runs[0][1][0]
    print(f"ratio pocount / medloc (translation rules): {runs[2][1][0] / base:.1f}x, "
          f"pofilter / medloc: {runs[3][1][0] / base:.1f}x (>1 means medloc is faster)")


if __name__ == '__main__':
    main()
