#!/usr/bin/env python3
"""Speed of medloc's terminology matching with a large termbase.

Generates, in one run, a TBX 2019 termbase of N concepts (default 10,000; words drawn
with a fixed seed from Debian's French Hunspell dictionary; each concept has a preferred
term of one to three words and a deprecated variant) and a corpus of articles whose
sentences mix ordinary words with termbase terms, then times:
  - medloc validate                 (loading + schema, no checks)
  - medloc check, terminology only  (every other content rule off)
and prints words per second, terms matched per second (the deprecated-term findings are
the matches counted) and the matching stage alone (check minus validate).
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<article xmlns="urn:medloc:article:1" id="{id}" xml:lang="fr-FR" revision="1">\n'
          '  <meta><title id="title">Corpus de mesure</title><audience>patient</audience>'
          '<specialty>general-medicine</specialty><review status="draft"/></meta>\n'
          '  <question id="q">Mesure\u00a0?</question>\n  <answer>\n')


def dictionary_words(path, count, rng):
    words = []
    with open(path, encoding='utf-8', errors='replace') as f:
        next(f)
        for line in f:
            word = line.split('/')[0].strip()
            if len(word) >= 5 and re.fullmatch(r'[a-zàâçéèêëîïôûùüÿœ]+', word):
                words.append(word)
    rng.shuffle(words)
    return words[:count]


def timed(command):
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=REPO)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"failed: {' '.join(command)}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--binary', default=os.path.join(REPO, 'build', 'medloc'))
    parser.add_argument('--concepts', type=int, default=10000)
    parser.add_argument('--paragraphs', type=int, default=20000)
    parser.add_argument('--dictionary', default='/usr/share/hunspell/fr_FR.dic')
    parser.add_argument('--jobs', type=int, default=1)
    options = parser.parse_args()
    rng = random.Random(20261124)

    pool = dictionary_words(options.dictionary, options.concepts * 4 + 2000, rng)
    filler, pool = pool[:2000], pool[2000:]
    concepts = []
    for n in range(options.concepts):
        size = 1 + n % 3
        preferred = ' '.join(pool[4 * n:4 * n + size])
        deprecated = pool[4 * n + 3]
        concepts.append((f'c-{n}', preferred, deprecated))

    rules = json.loads(subprocess.run([options.binary, 'rules', '--format', 'json'],
                                      capture_output=True, check=True).stdout)['rules']
    off = [arg for r in rules if not r['id'].startswith(('schema.', 'terminology.'))
           for arg in ('--severity', f"{r['id']}=off")]

    with tempfile.TemporaryDirectory() as work:
        tbx = os.path.join(work, 'generated.tbx')
        with open(tbx, 'w', encoding='utf-8') as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" '
                    'xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">\n<tbxHeader><fileDesc><titleStmt>'
                    '<title>generated</title></titleStmt></fileDesc></tbxHeader>\n<text><body>\n')
            for cid, preferred, deprecated in concepts:
                f.write(f'<conceptEntry id="{cid}"><langSec xml:lang="fr">'
                        f'<termSec><term>{preferred}</term><termNote type="administrativeStatus">'
                        'preferredTerm-admn-sts</termNote></termSec>'
                        f'<termSec><term>{deprecated}</term><termNote type="administrativeStatus">'
                        'deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>\n')
            f.write('</body></text>\n</tbx>\n')
        corpus = os.path.join(work, 'corpus')
        os.makedirs(corpus)
        words = 0
        expected = 0
        per_article = 200
        for start in range(0, options.paragraphs, per_article):
            body = []
            for n in range(start, min(start + per_article, options.paragraphs)):
                sentence = []
                for _ in range(12):
                    if rng.random() < 0.15:
                        cid, preferred, deprecated = concepts[rng.randrange(len(concepts))]
                        if rng.random() < 0.5:
                            sentence.append(deprecated)
                            expected += 1
                        else:
                            sentence.append(preferred)
                    else:
                        sentence.append(rng.choice(filler))
                text = ' '.join(sentence)
                words += len(text.split())
                body.append(f'    <p id="p-{n}">{text.capitalize()}.</p>\n')
            with open(os.path.join(corpus, f'bench-{start // per_article:05d}.xml'), 'w', encoding='utf-8') as f:
                f.write(HEADER.format(id=f'bench-{start // per_article:05d}') + ''.join(body) + '  </answer>\n</article>\n')

        jobs = ['--jobs', str(options.jobs)]
        validate_s, validate_mb = timed([options.binary, 'validate', *jobs, corpus])
        out = os.path.join(work, 'out.json')
        check_s, check_mb = timed([options.binary, 'check', *jobs, *off, '--termbase', tbx,
                                   '--format', 'json', '--output', out, corpus])
        with open(out, encoding='utf-8') as f:
            by_rule = json.load(f)['summary']['by_rule']
    matched = by_rule.get('terminology.deprecated-term', 0)
    stage = max(check_s - validate_s, 1e-9)
    print(f"termbase: {options.concepts} concepts, {2 * options.concepts} terms (1-3 words); "
          f"corpus: {options.paragraphs} paragraphs, {words} words; jobs={options.jobs}")
    print(f"deprecated terms placed: {expected}, found: {matched}")
    print(f"{'what':<36}{'seconds':>9}{'words/s':>13}{'matches/s':>12}{'peak MiB':>10}")
    print(f"{'medloc validate (no checks)':<36}{validate_s:>9.2f}{words / validate_s:>13,.0f}{'':>12}{validate_mb:>10.1f}")
    print(f"{'medloc check, terminology only':<36}{check_s:>9.2f}{words / check_s:>13,.0f}{matched / check_s:>12,.0f}{check_mb:>10.1f}")
    print(f"{'terminology stage alone':<36}{stage:>9.2f}{words / stage:>13,.0f}{matched / stage:>12,.0f}")
    if by_rule.keys() - {'terminology.deprecated-term', 'terminology.mixed-synonyms', 'terminology.admitted-term'}:
        print(f"other findings: {by_rule}")


if __name__ == '__main__':
    main()
