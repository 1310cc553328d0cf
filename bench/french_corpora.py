"""The public French medical corpora of ../shared/data, read as paragraphs, each corpus
split into a tuning half and an evaluation half.

Each corpus is a list of documents (a leaflet, a clinical case, an exam question, a
MEDLINE title, a dialogue); a document goes to one half by a hash of its name, so the
split never depends on reading order and never cuts a document in two. Tune on the
tuning half only; report the evaluation half.

Nothing of these texts is written into the repository: scripts read them through a
path option and write only to temporary folders.
"""
import glob
import hashlib
import json
import os
import re

HALVES = ("tuning", "evaluation")


def half_of(key):
    """'tuning' or 'evaluation', from the SHA-256 of a document's name."""
    return HALVES[hashlib.sha256(key.encode("utf-8")).digest()[0] & 1]


def _json_documents(data, pattern):
    for path in sorted(glob.glob(os.path.join(data, pattern))):
        with open(path, encoding="utf-8") as f:
            text = json.load(f)["text"]
        yield os.path.relpath(path, data), text.split("\n")


def _text_documents(data, pattern, strip=None):
    for path in sorted(glob.glob(os.path.join(data, pattern), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        if strip:
            lines = [strip.sub("", line) for line in lines]
        yield os.path.relpath(path, data), lines


def _mcqa(data):
    for name in ("train", "dev", "test"):
        with open(os.path.join(data, "frenchmedmcqa", name + ".json"), encoding="utf-8") as f:
            for item in json.load(f):
                yield "frenchmedmcqa/" + item["id"], [item["question"], *item["answers"].values()]


def _medline_titles(data):
    with open(os.path.join(data, "quaero-frenchmed", "MEDLINE_titles.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split("\t")
            yield "medline/" + fields[1], [fields[-1]]


# Line prefixes of the dialogue files: "d01000000 " and "MTF0001 +++ ".
_DIALOGUE_ID = re.compile(r"^(?:[dp]\d{8}\s+|[A-Z]{3}\d{4}\s+\+\+\+\s*)")

# name -> (licence note, reader of (document name, paragraphs))
CORPORA = {
    "frenchmedmcqa": ("Apache-2.0", _mcqa),
    "quaero-emea": ("GFDL", lambda d: _text_documents(d, "quaero-frenchmed/EMEA/**/*.txt")),
    "quaero-medline-titles": ("GFDL", _medline_titles),
    "rcp-fr-medinfo2019": ("no licence stated: measured only",
                           lambda d: _text_documents(d, "rcp-fr-medinfo2019/*.txt")),
    "labforsims2-dialogues": ("CC BY-SA 4.0", lambda d: _text_documents(
        d, "labforsims2-dialogues-fr/dialogues/*/dialogues", _DIALOGUE_ID)),
    "e3c-clinical-cases": ("CC BY", lambda d: _json_documents(d, "e3c-fr-clinical-cases/*/*.json")),
    "e3c-patient-leaflets": ("CC BY-NC: measured only",
                             lambda d: _json_documents(d, "e3c-fr-patient-leaflets/*.json")),
}


def read_half(data, corpus, half):
    """The paragraphs of one half of one corpus, as (document name, paragraph) pairs."""
    _, reader = CORPORA[corpus]
    for name, paragraphs in reader(data):
        if half_of(name) != half:
            continue
        for paragraph in paragraphs:
            paragraph = paragraph.strip()
            if paragraph:
                yield name, paragraph
