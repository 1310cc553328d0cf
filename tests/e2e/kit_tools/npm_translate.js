// A translator's tool built on the npm `xliff` package: reads each XLIFF 2 file of a kit
// with xliff2js, fills every unit that is not locked with its translation from a TSV file
// (unit id, then XLIFF 2 inline content), and writes the file back with js2xliff.
// Usage: node npm_translate.js TSV FILE.xlf...
'use strict';
const fs = require('fs');
const path = require('path');
const xliff = require(path.join(process.cwd(), 'node_modules', 'xliff'));

async function inline(content) {
  // The library's own reading of inline markup: a one-unit document around it.
  const doc = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="x" trgLang="y">
<file id="f"><unit id="u"><segment><source>${content}</source></segment></unit></file></xliff>`;
  const js = await xliff.xliff2js(doc);
  return js.resources.f.u.source;
}

(async () => {
  const [tsv, ...files] = process.argv.slice(2);
  const targets = {};
  for (const line of fs.readFileSync(tsv, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    targets[line.slice(0, tab)] = line.slice(tab + 1);
  }
  for (const file of files) {
    const js = await xliff.xliff2js(fs.readFileSync(file, 'utf8'));
    for (const units of Object.values(js.resources))
      for (const [id, unit] of Object.entries(units)) {
        const locked = unit.additionalAttributes && unit.additionalAttributes.translate === 'no';
        if (!locked && targets[id] !== undefined) unit.target = await inline(targets[id]);
      }
    fs.writeFileSync(file, await xliff.js2xliff(js));
  }
})().catch((error) => { console.error(error); process.exit(1); });
