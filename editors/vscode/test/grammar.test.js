'use strict';
// Tokenises each sample under test/fixtures with the TextMate grammar, as VS Code does, and
// compares the tokens with the golden list beside it (NAME.tokens). Set UPDATE_GOLDEN=1 to
// rewrite the golden lists after a deliberate change of the grammar, then review the diff.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.join(__dirname, '..');
const fixtures = path.join(__dirname, 'fixtures');

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(
      fs.readFileSync(path.join(root, 'syntaxes', 'verdict.tmLanguage.json'), 'utf8'),
      'verdict.tmLanguage.json'),
  });
  return registry.loadGrammar('source.verdict');
}

/** One line per token that is not whitespace: line:start-end, the innermost scope, the text. */
function tokenise(grammar, text) {
  const lines = text.split(/\r\n|\r|\n/);
  const out = [];
  let state = textmate.INITIAL;
  lines.forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const value = line.substring(token.startIndex, token.endIndex);
      if (value.trim() === '') continue;
      const scope = token.scopes[token.scopes.length - 1];
      out.push(`${index + 1}:${token.startIndex}-${token.endIndex} ${scope} ${value}`);
    }
    state = result.ruleStack;
  });
  return out.join('\n') + '\n';
}

const samples = fs.readdirSync(fixtures).filter((f) => /\.(policy|platform|schema)$/.test(f));

test('there are samples of every file kind', () => {
  for (const kind of ['.policy', '.platform']) {
    assert.ok(samples.some((s) => s.endsWith(kind)), `a ${kind} sample`);
  }
});

for (const sample of samples) {
  test(`tokens of ${sample}`, async () => {
    const grammar = await loadGrammar();
    const actual = tokenise(grammar, fs.readFileSync(path.join(fixtures, sample), 'utf8'));
    const golden = path.join(fixtures, sample + '.tokens');
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.writeFileSync(golden, actual);
    }
    assert.strictEqual(actual, fs.readFileSync(golden, 'utf8'));
  });
}
