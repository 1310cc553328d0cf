#!/usr/bin/env python3
"""Speed of medloc's spelling stage beside Debian's `hunspell -l` on the same text.

Builds a large corpus by repeating the paragraphs of the sample articles (content/ by
default, or any folder of medloc articles given with --source) into N paragraphs, writes
it both as medloc articles and as plain text, then times in one run:
  - medloc validate               (loading + schema: the cost without any check)
  - medloc check, spelling only   (every other content rule off)
  - hunspell -d fr_FR -l          (Hunspell's own tokenizer and lookups, no cache)
and prints words per second, the spelling stage alone (check minus validate), ratios and
peak memory. Numbers vary with the machine: compare ratios, not seconds.

The repeated paragraphs favour medloc's verdict cache (each distinct word is looked up
once per run); use --source with a folder of varied articles (bench/text_to_articles.py
turns the public corpora into articles) for a corpus with a realistic vocabulary.
"""
import argparse
import glob
import html
import json
import os
import re
import resource
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
FOOTER = '  </answer>\n</article>\n'
BLOCK = re.compile(r'<(p|item|heading|question)\b[^>]*>(.*?)</\1>', re.S)
TAG = re.compile(r'<[^>]+>')


def paragraphs(source):
    found = []
    for path in sorted(glob.glob(os.path.join(source, '**', '*.xml'), recursive=True)):
        if not os.path.isfile(path):
            continue
        with open(path, encoding='utf-8', errors='replace') as f:
            for _, inner in BLOCK.findall(f.read()):
                # Only blocks that are valid inside <p>: plain text and inline markup.
                if inner.strip() and not re.search(r'<(?!/?(em|strong|term|dose|link|foreign)\b)', inner):
                    found.append(inner.strip())
    return found


def run(command, **kwargs):
    """Runs a command; returns (seconds, peak RSS in MiB of that child)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, **kwargs)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"failed ({code}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--binary', default=os.path.join(REPO, 'build', 'medloc'))
    parser.add_argument('--source', default=os.path.join(REPO, 'content'))
    parser.add_argument('--paragraphs', type=int, default=30000)
    parser.add_argument('--per-article', type=int, default=200)
    parser.add_argument('--jobs', type=int, default=1)
    options = parser.parse_args()

    blocks = paragraphs(options.source)
    if not blocks:
        sys.exit(f"no paragraphs found in {options.source}")
    rules = json.loads(subprocess.run([options.binary, 'rules', '--format', 'json'],
                                      capture_output=True, check=True).stdout)['rules']
    not_spelling = [r['id'] for r in rules
                    if not r['id'].startswith('schema.') and r['id'] != 'spelling.unknown-word']

    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, 'corpus')
        os.makedirs(corpus)
        text_path = os.path.join(work, 'corpus.txt')
        words = 0
        with open(text_path, 'w', encoding='utf-8') as text:
            for start in range(0, options.paragraphs, options.per_article):
                article_id = f'bench-{start // options.per_article:05d}'
                body = []
                for n in range(start, min(start + options.per_article, options.paragraphs)):
                    inner = blocks[n % len(blocks)]
                    body.append(f'    <p id="p-{n}">{inner}</p>\n')
                    plain = html.unescape(TAG.sub('', inner))
                    text.write(plain + '\n')
                    words += len(re.findall(r'\w+', plain))
                with open(os.path.join(corpus, article_id + '.xml'), 'w', encoding='utf-8') as f:
                    f.write(HEADER.format(id=article_id) + ''.join(body) + FOOTER)

        jobs = ['--jobs', str(options.jobs)]
        validate_s, validate_mb = run([options.binary, 'validate', *jobs, corpus],
                                      stdout=subprocess.DEVNULL, cwd=REPO)
        off = [arg for rule in not_spelling for arg in ('--severity', f'{rule}=off')]
        check_s, check_mb = run([options.binary, 'check', *jobs, *off, '--format', 'json',
                                 '--output', os.path.join(work, 'out.json'), corpus], cwd=REPO)
        with open(text_path, 'rb') as stdin:
            hunspell_s, hunspell_mb = run(['hunspell', '-d', 'fr_FR', '-l'], stdin=stdin,
                                          stdout=subprocess.DEVNULL)
        with open(os.path.join(work, 'out.json'), encoding='utf-8') as f:
            by_rule = json.load(f)['summary']['by_rule']
        broken = {rule: n for rule, n in by_rule.items() if rule.startswith('schema.')}
        if broken:
            sys.exit(f"the generated corpus is not valid ({broken}): pick another --source")
        flagged = by_rule.get('spelling.unknown-word', 0)

    spelling_s = max(check_s - validate_s, 1e-9)
    print(f"corpus: {options.paragraphs} paragraphs, {words} words (\\w+ runs), "
          f"{len(blocks)} distinct source paragraphs, jobs={options.jobs}")
    print(f"{'what':<34}{'seconds':>9}{'words/s':>14}{'peak MiB':>10}")
    for name, seconds, mb in [("medloc validate (no checks)", validate_s, validate_mb),
                              ("medloc check, spelling only", check_s, check_mb),
                              ("medloc spelling stage alone", spelling_s, float('nan')),
                              ("hunspell -d fr_FR -l", hunspell_s, hunspell_mb)]:
        print(f"{name:<34}{seconds:>9.2f}{words / seconds:>14,.0f}{mb:>10.1f}")
    print(f"ratio hunspell -l / medloc spelling stage: {hunspell_s / spelling_s:.2f}x "
          f"(>1 means medloc is faster)")
    print(f"ratio hunspell -l / medloc whole check:    {hunspell_s / check_s:.2f}x")
    print(f"spelling findings: {flagged}")


if __name__ == '__main__':
    main()
