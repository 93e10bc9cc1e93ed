import { toSimplifiedChar } from '../normalize/traditional-to-simplified.js';

// The phrase detectors match regular expressions, which know nothing of the matcher's folding, so
// they run over a folded copy of the text: Traditional → Simplified, full-width → half-width ASCII,
// ASCII upper → lower case. Every fold maps one UTF-16 unit to one, so an offset into the copy is an
// offset into the original.

const TABLE = (() => {
  const t = new Uint16Array(65_536);
  for (let u = 0; u < 65_536; u++) t[u] = u;
  for (let u = 0x41; u <= 0x5a; u++) t[u] = u + 0x20;
  for (let u = 0xff01; u <= 0xff5e; u++) {
    const ascii = u - 0xfee0;
    t[u] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii;
  }
  t[0x3000] = 0x20;
  return t;
})();

let simplifiedReady = false;

function ensureSimplified(): void {
  if (simplifiedReady) return;
  for (let u = 0x3400; u <= 0x9fff; u++) {
    const s = toSimplifiedChar(String.fromCharCode(u));
    if (s.length === 1) TABLE[u] = s.charCodeAt(0);
  }
  simplifiedReady = true;
}

/** The text folded unit for unit (same length, same offsets). */
export function foldText(text: string): string {
  ensureSimplified();
  let out = '';
  let from = 0;
  // Copy runs that fold to themselves in one slice: most shop text is mostly Simplified already.
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const f = TABLE[u];
    if (f === u) continue;
    out += text.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
