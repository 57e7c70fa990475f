// Gives the names the wasm and its JavaScript glue share short replacements, in both files.
//
// wasm-bindgen names each import after its function plus a 16-digit hash
// (`__wbg_setAttribute_f75317b2b5cabfb4`) and each closure export after its full Rust type, and
// both files spell every name out; hashes are what compression cannot shrink. Binaryen's
// `--minify-imports-and-exports-and-modules` pass renames them in the wasm (every import then
// comes from one module, "a") and prints the old and new names; this script makes the glue agree.
//
//   node scripts/short-names.mjs <glue.js> <names.json>
//
// The glue is wasm-bindgen's output as it wrote it, before terser: the import object is built
// in `__wbg_get_imports`, whose `return` lists one object per module (the glue's own functions
// in `import0`, each snippet file as a namespace `importN`), and exports are read as
// `wasm.<name>`. Any name found other than as expected stops the build rather than ship glue
// that no longer fits its wasm.
import { readFileSync, writeFileSync } from 'node:fs';

const [gluePath, namesPath] = process.argv.slice(2);
let glue = readFileSync(gluePath, 'utf8');
const { imports, exports } = JSON.parse(readFileSync(namesPath, 'utf8'));

const fail = (message) => {
  console.error(`short-names: ${message}`);
  process.exit(1);
};
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (pattern) => (glue.match(pattern) ?? []).length;

// The module list the glue hands to the wasm: `"module": importN` entries.
const returned = /return \{\s*__proto__: null,((?:\s*"[^"]+": import\d+,)+)\s*\};/;
const list = glue.match(returned);
if (!list) fail('the import object of the glue has an unexpected shape');
const moduleVariable = new Map(
  [...list[1].matchAll(/"([^"]+)": (import\d+)/g)].map(([, module, variable]) => [module, variable]),
);

// The glue's own functions are keys of `import0`: rename each key where it is defined. Snippet
// functions come from their module's namespace object, so they are listed by their new name.
const fromSnippets = [];
for (const [module, name, short] of imports) {
  const variable = moduleVariable.get(module);
  if (!variable) fail(`the wasm imports from ${module}, which the glue does not provide`);
  if (variable !== 'import0') {
    fromSnippets.push(`${JSON.stringify(short)}: ${variable}[${JSON.stringify(name)}]`);
    continue;
  }
  const key = new RegExp(`(?<=\\n\\s*)${escape(name)}(?=: function\\()`, 'g');
  if (count(key) !== 1 || count(new RegExp(`\\b${escape(name)}\\b`, 'g')) !== 1) {
    fail(`the import ${name} is not defined exactly once in the glue`);
  }
  glue = glue.replace(key, JSON.stringify(short));
}
glue = glue.replace(
  returned,
  `return { __proto__: null, a: { __proto__: null, ...import0, ${fromSnippets.join(', ')} } };`,
);

// Exports are read from the instance's exports object, which the glue calls `wasm`.
for (const [name, short] of exports) {
  const read = new RegExp(`\\bwasm\\.${escape(name)}\\b`, 'g');
  glue = glue.replace(read, `wasm[${JSON.stringify(short)}]`);
}
// Any export still read by name is one the wasm does not have (under its old name or at all).
const unknown = [...new Set([...glue.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((read) => read[1]))];
if (unknown.length) fail(`the glue reads exports the wasm does not have: ${unknown.join(', ')}`);

writeFileSync(gluePath, glue);
