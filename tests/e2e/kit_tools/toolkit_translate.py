#!/usr/bin/python3
"""A translator's tool built on translate-toolkit's XLIFF 1.2 store: fills every unit that is
not locked with its translation from a TSV file (unit id, then XLIFF 2 inline content whose
<pc> codes become translate-toolkit <g> placeables), marks it approved and saves the file.
Usage: toolkit_translate.py TSV FILE.xlf..."""
import sys
import xml.etree.ElementTree as ET

from translate.storage import xliff
from translate.storage.placeables import StringElem
from translate.storage.placeables.xliff import G

XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0"


def elements(node):
    parts = [node.text] if node.text else []
    for child in node:
        if child.tag == "{%s}pc" % XLIFF2:
            parts.append(G(id=child.get("id"), sub=elements(child)))
        if child.tail:
            parts.append(child.tail)
    return parts


def rich(content):
    root = ET.fromstring('<t xmlns="%s">%s</t>' % (XLIFF2, content))
    return [StringElem(elements(root))]


def main():
    tsv, files = sys.argv[1], sys.argv[2:]
    targets = {}
    for line in open(tsv, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            unit_id, target = line.rstrip("\n").split("\t", 1)
            targets[unit_id] = target
    for path in files:
        store = xliff.xlifffile.parsefile(path)
        for unit in store.units:
            if unit.isheader() or unit.xmlelement.get("translate") == "no":
                continue
            if unit.getid().split("/")[-1] not in targets and unit.xmlelement.get("id") not in targets:
                continue
            unit.rich_target = rich(targets[unit.xmlelement.get("id")])
            unit.markapproved(True)
        store.savefile(path)


if __name__ == "__main__":
    main()
