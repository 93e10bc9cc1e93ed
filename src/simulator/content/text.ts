// Tiny template helpers shared by the content tables. Templates use {name} for variables and
// [[…]] around the cue: the words that make a line a problem (or a hard negative).

export type Vars = Readonly<Record<string, string | number>>;

export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (_whole, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new Error(`template variable {${key}} has no value in "${template}"`);
    return String(value);
  });
}

export interface MarkedText {
  text: string;
  /** The cue's position in `text`; an empty cue (start === end) when the template marks none. */
  cueStart: number;
  cueEnd: number;
}

export function renderMarked(template: string, vars: Vars = {}): MarkedText {
  const filled = fill(template, vars);
  const open = filled.indexOf('[[');
  const close = filled.indexOf(']]', open + 2);
  if (open < 0 || close < 0) return { text: filled, cueStart: filled.length, cueEnd: filled.length };
  const text = filled.slice(0, open) + filled.slice(open + 2, close) + filled.slice(close + 2);
  return { text: text.replaceAll('[[', '').replaceAll(']]', ''), cueStart: open, cueEnd: close - 2 };
}

export function cueOf(marked: MarkedText): string {
  return marked.text.slice(marked.cueStart, marked.cueEnd);
}

/** 12900 fen → "129", 12950 → "129.5". */
export function yuan(minor: number): string {
  return String(minor / 100);
}

/** A price in fen drawn from a range in yuan, ending in 9 or 0 like shop prices do. */
export function priceInRange(draw: (min: number, max: number) => number, range: readonly [number, number]): number {
  const yuanValue = draw(range[0], range[1]);
  const rounded = yuanValue >= 100 ? Math.min(range[1], Math.floor(yuanValue / 10) * 10 + 9) : yuanValue;
  return rounded * 100 + (draw(0, 3) === 0 ? 90 : 0);
}
