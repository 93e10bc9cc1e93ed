import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AllowEntry, type Lexicon, lexiconSchema } from './lexicon-entry.js';
import { LexiconFormatError, parseAllowCsv, parseEntriesCsv } from './lexicon-io.js';

export const DEFAULT_LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../data/lexicons');

const ALLOW_SUFFIX = '-allow.csv';

/**
 * Reads the shipped lexicons: one Lexicon per `*.csv` (named after the file), each carrying the
 * allow-list merged from every `*-allow.csv`. The version is a hash of the file and of the
 * allow-lists, so any edit to either yields a new version (and a fresh compile).
 */
export async function loadDefaultLexicons(dir: string = DEFAULT_LEXICON_DIR): Promise<Lexicon[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.csv')).sort();
  const allowFiles = files.filter((f) => f.endsWith(ALLOW_SUFFIX));
  const lexiconFiles = files.filter((f) => !f.endsWith(ALLOW_SUFFIX));

  const allowHash = createHash('sha256');
  const allow: AllowEntry[] = [];
  const seenAllow = new Set<string>();
  for (const f of allowFiles) {
    const text = await readFile(join(dir, f), 'utf8');
    allowHash.update(f).update('\u0000').update(text);
    for (const a of withFile(f, () => parseAllowCsv(text))) {
      if (!seenAllow.has(a.term)) allow.push(a);
      seenAllow.add(a.term);
    }
  }
  const allowDigest = allowHash.digest('hex');

  const out: Lexicon[] = [];
  for (const f of lexiconFiles) {
    const text = await readFile(join(dir, f), 'utf8');
    const entries = withFile(f, () => parseEntriesCsv(text));
    const version = createHash('sha256').update(text).update('\u0000').update(allowDigest).digest('hex').slice(0, 16);
    const parsed = lexiconSchema.safeParse({ name: f.slice(0, -'.csv'.length), version, entries, allow });
    if (!parsed.success) {
      throw new LexiconFormatError(`${f}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    }
    out.push(parsed.data);
  }
  return out;
}

function withFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof LexiconFormatError) {
      throw new LexiconFormatError(`${file}: ${e.message}`);
    }
    throw e;
  }
}
