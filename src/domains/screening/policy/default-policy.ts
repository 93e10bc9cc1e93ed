import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CompiledPolicy, compilePolicy } from './evaluate-policy.js';
import { describeProblems, type PolicyDocument, parsePolicy } from './policy-document.js';

export const DEFAULT_POLICY_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../data/policies/default.yaml',
);

let source: string | undefined;
let compiled: CompiledPolicy | undefined;

/** The YAML of the shipped default policy (data/policies/default.yaml). */
export function defaultPolicySource(): string {
  source ??= readFileSync(DEFAULT_POLICY_FILE, 'utf8');
  return source;
}

export function defaultPolicyDocument(): PolicyDocument {
  const parsed = parsePolicy(defaultPolicySource());
  if (!parsed.ok) throw new Error(`${DEFAULT_POLICY_FILE}: ${describeProblems(parsed.problems)}`);
  return parsed.document;
}

/**
 * The shipped default policy, compiled once per process, with no version: what screens when no
 * database is at hand (`xinren scan`) and what a new database is seeded with as version 1.
 */
export function defaultPolicy(): CompiledPolicy {
  compiled ??= compilePolicy(defaultPolicyDocument(), null);
  return compiled;
}
