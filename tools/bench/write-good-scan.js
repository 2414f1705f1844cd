// write-good over every .txt/.md draft under a folder, with one custom check: the sourcing
// phrases of sourcing-phrases.rg (its default checks off), so that it does the same phrase scan
// as ripgrep. Usage: node write-good-scan.js NODE_MODULES PHRASES DIR
const fs = require('fs');
const path = require('path');
const [modules, phrasesFile, dir] = process.argv.slice(2);
const writeGood = require(path.join(modules, 'write-good'));

const phrases = fs.readFileSync(phrasesFile, 'utf8').split('\n')
  .map((l) => l.trim().replace(/\\b/g, '')).filter(Boolean);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = new RegExp(`\\b(?:${phrases.map(escape).join('|')})\\b`, 'gi');
const checks = {
  sourcing: {
    fn: (text) => {
      const found = [];
      for (const m of text.matchAll(pattern)) found.push({ index: m.index, offset: m[0].length });
      return found;
    },
    explanation: 'is a sourcing phrase',
  },
};

let files = 0;
let suggestions = 0;
function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(txt|md)$/.test(e.name)) {
      files += 1;
      suggestions += writeGood(fs.readFileSync(p, 'utf8'), { checks }).length;
    }
  }
}
walk(dir);
console.log(`${files} files, ${suggestions} suggestions`);
