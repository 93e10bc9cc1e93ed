import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readCatalogue, type ViolationCatalogue } from '../rules/violation-catalogue.js';

export const DEFAULT_CATALOGUE_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../data/governance/violations.yaml',
);

let cached: ViolationCatalogue | undefined;

/** The shipped catalogue (data/governance/violations.yaml), read and checked once per process. */
export function defaultViolationCatalogue(): ViolationCatalogue {
  cached ??= readCatalogue(parse(readFileSync(DEFAULT_CATALOGUE_PATH, 'utf8')));
  return cached;
}
