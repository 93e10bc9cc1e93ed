import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CloudEventEnvelope, EVENT_TYPES, type EventType, isEventType } from './event-types.js';
import { EventsErrorCode } from './events.errors.js';

// docs/events.md is the contract platforms integrate against: it must name every event type, list
// each type's fields, and hold only examples that Xinren would accept.

const DOC_PATH = fileURLToPath(new URL('../../../docs/events.md', import.meta.url));

interface JsonBlock {
  line: number;
  text: string;
  /** The event type whose section holds the block, if any. */
  section: string | null;
}

interface TypeSection {
  /** The section's lines outside code fences (where its field table is). */
  lines: string[];
}

interface ParsedDoc {
  sections: Map<string, TypeSection>;
  blocks: JsonBlock[];
}

const TYPE_HEADING = /^###\s+`([^`]+)`\s*$/;

/** Splits the markdown into event-type sections (### `type`) and fenced json blocks. */
function parseDoc(markdown: string): ParsedDoc {
  const sections = new Map<string, TypeSection>();
  const blocks: JsonBlock[] = [];
  let current: { type: string; section: TypeSection } | null = null;
  let fence: { lang: string; line: number; body: string[] } | null = null;
  for (const [i, raw] of markdown.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    if (fence) {
      if (/^```\s*$/.test(line)) {
        if (fence.lang === 'json')
          blocks.push({ line: fence.line, text: fence.body.join('\n'), section: current?.type ?? null });
        fence = null;
      } else {
        fence.body.push(line);
      }
      continue;
    }
    const open = /^```(\S*)/.exec(line);
    if (open) {
      fence = { lang: open[1] ?? '', line: i + 1, body: [] };
      continue;
    }
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading && (heading[1]?.length ?? 0) <= 3) {
      // A heading of level 3 or above ends the section before it; only ### `type` opens one.
      const type = TYPE_HEADING.exec(line)?.[1];
      current = type ? { type, section: { lines: [] } } : null;
      if (current) sections.set(current.type, current.section);
      continue;
    }
    current?.section.lines.push(line);
  }
  return { sections, blocks };
}

function fieldsOf(type: EventType): string[] {
  return Object.keys(EVENT_TYPES[type].shape);
}

function isRequired(type: EventType, field: string): boolean {
  const schema = (EVENT_TYPES[type].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>)[field];
  return schema !== undefined && !schema.safeParse(undefined).success;
}

/** Rows of the section's field table: the backticked name in the first cell, the required cell. */
function tableRows(section: TypeSection): { field: string; required: string }[] {
  const rows: { field: string; required: string }[] = [];
  for (const line of section.lines) {
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    const field = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (field && cells.length >= 5) rows.push({ field, required: cells[3] ?? '' });
  }
  return rows;
}

function missingSections(doc: ParsedDoc): string[] {
  return Object.keys(EVENT_TYPES).filter((t) => !doc.sections.has(t));
}

function unknownSections(doc: ParsedDoc): string[] {
  return [...doc.sections.keys()].filter((t) => !isEventType(t));
}

function tableProblems(doc: ParsedDoc): string[] {
  const problems: string[] = [];
  for (const [type, section] of doc.sections) {
    if (!isEventType(type)) continue;
    const rows = tableRows(section);
    const listed = rows.map((r) => r.field);
    for (const f of fieldsOf(type)) if (!listed.includes(f)) problems.push(`${type}: the table lacks the field ${f}`);
    for (const r of rows) {
      if (!fieldsOf(type).includes(r.field)) {
        problems.push(`${type}: the table lists ${r.field}, which the schema does not have`);
        continue;
      }
      const says = /^yes\b/.test(r.required) ? true : /^no\b/.test(r.required) ? false : null;
      if (says !== isRequired(type, r.field)) {
        problems.push(
          `${type}: ${r.field} is ${isRequired(type, r.field) ? 'required' : 'optional'}, the table says "${r.required}"`,
        );
      }
    }
  }
  return problems;
}

function envelopeProblems(where: string, value: unknown, sectionType: string | null): string[] {
  const envelope = CloudEventEnvelope.safeParse(value);
  if (!envelope.success)
    return [
      `${where}: invalid envelope: ${envelope.error.issues[0]?.path.join('.')} ${envelope.error.issues[0]?.message}`,
    ];
  const { type, data } = envelope.data;
  if (!isEventType(type)) return [`${where}: unknown event type ${type}`];
  if (sectionType !== null && type !== sectionType)
    return [`${where}: a ${type} example in the section of ${sectionType}`];
  const parsed = EVENT_TYPES[type].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return [`${where}: invalid ${type} data: ${issue?.path.join('.')} ${issue?.message}`];
  }
  // Intake drops attributes and fields it does not know, so an example showing one would mislead.
  const extraAttributes = Object.keys(value as object).filter((k) => !Object.hasOwn(CloudEventEnvelope.shape, k));
  const extraFields = Object.keys(data as object).filter((k) => !fieldsOf(type).includes(k));
  return [
    ...extraAttributes.map((k) => `${where}: ${k} is not an envelope attribute Xinren reads`),
    ...extraFields.map((k) => `${where}: ${type} has no field ${k}`),
  ];
}

const REJECTION_CODES = new Set<string>([
  EventsErrorCode.InvalidEnvelope,
  EventsErrorCode.UnknownType,
  EventsErrorCode.InvalidData,
]);

/** The intake answer shown in the doc; its codes must be ones that intake really sends. */
function answerProblems(where: string, value: Record<string, unknown>): string[] {
  const { accepted, duplicates, rejected } = value;
  if (!Number.isInteger(accepted) || !Array.isArray(duplicates) || !Array.isArray(rejected)) {
    return [`${where}: an answer needs accepted, duplicates and rejected`];
  }
  return rejected
    .filter((r: { code?: unknown }) => typeof r?.code !== 'string' || !REJECTION_CODES.has(r.code))
    .map((r: { code?: unknown }) => `${where}: ${String(r?.code)} is not a rejection code`);
}

/**
 * Every json block must parse. An intake answer must use real rejection codes; an error body is
 * left alone; anything else is an envelope or a batch of them, and must be what intake accepts.
 */
function exampleProblems(doc: ParsedDoc): string[] {
  const problems: string[] = [];
  for (const block of doc.blocks) {
    const where = `json block at line ${block.line}`;
    let value: unknown;
    try {
      value = JSON.parse(block.text);
    } catch (err) {
      problems.push(`${where}: not JSON: ${(err as Error).message}`);
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) problems.push(`${where}: an empty batch shows nothing`);
      for (const [i, item] of value.entries())
        problems.push(...envelopeProblems(`${where} [${i}]`, item, block.section));
    } else if (value !== null && typeof value === 'object' && 'accepted' in value) {
      problems.push(...answerProblems(where, value as Record<string, unknown>));
    } else if (value !== null && typeof value === 'object' && 'error' in value && 'requestId' in value) {
      // An error body; docs/errors.md and its own test cover those.
    } else {
      problems.push(...envelopeProblems(where, value, block.section));
    }
  }
  return problems;
}

function envelopesIn(doc: ParsedDoc, type: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const block of doc.blocks.filter((b) => b.section === type)) {
    let value: unknown;
    try {
      value = JSON.parse(block.text);
    } catch {
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      const e = CloudEventEnvelope.safeParse(item);
      if (e.success && e.data.type === type && e.data.data && typeof e.data.data === 'object')
        out.push(e.data.data as Record<string, unknown>);
    }
  }
  return out;
}

/** A complete example: each field of a type appears in at least one example of that type. */
function coverageProblems(doc: ParsedDoc): string[] {
  const problems: string[] = [];
  for (const type of Object.keys(EVENT_TYPES) as EventType[]) {
    const examples = envelopesIn(doc, type);
    if (examples.length === 0) {
      problems.push(`${type}: no json example in its section`);
      continue;
    }
    const shown = new Set(examples.flatMap((d) => Object.keys(d)));
    for (const f of fieldsOf(type)) if (!shown.has(f)) problems.push(`${type}: no example shows the field ${f}`);
  }
  return problems;
}

const doc = parseDoc(readFileSync(DOC_PATH, 'utf8'));

describe('docs/events.md', () => {
  it('has a section for every event type Xinren accepts', () => {
    expect(missingSections(doc)).toEqual([]);
  });

  it('has no section for a type that Xinren does not accept', () => {
    expect(unknownSections(doc)).toEqual([]);
  });

  it('lists every data field of each type, and only those, saying which are required', () => {
    expect(tableProblems(doc)).toEqual([]);
  });

  it('holds only JSON examples that validate as CloudEvents envelopes with valid data', () => {
    expect(doc.blocks.length).toBeGreaterThanOrEqual(Object.keys(EVENT_TYPES).length);
    expect(exampleProblems(doc)).toEqual([]);
  });

  it('shows every field of every type in an example in the type’s section', () => {
    expect(coverageProblems(doc)).toEqual([]);
  });

  it('names every intake error code', () => {
    const text = readFileSync(DOC_PATH, 'utf8');
    expect(Object.values(EventsErrorCode).filter((code) => !text.includes(`\`${code}\``))).toEqual([]);
  });
});

// The checks above must be able to fail; these feed them broken copies of the doc.
describe('the events.md checks', () => {
  const markdown = readFileSync(DOC_PATH, 'utf8');

  it('report a type whose section is missing', () => {
    const broken = markdown.replace(/^### `order\.paid`[\s\S]*?(?=^### )/m, '');
    expect(broken).not.toBe(markdown);
    expect(missingSections(parseDoc(broken))).toEqual(['order.paid']);
  });

  it('report an example whose data is wrong', () => {
    const broken = markdown.replace('"carrier": "顺丰速运"', '"carrier": ""');
    expect(broken).not.toBe(markdown);
    expect(exampleProblems(parseDoc(broken))).toEqual([expect.stringMatching(/invalid order\.shipped data: carrier/)]);
  });

  it('report money given as a decimal', () => {
    const broken = markdown.replace('"price": { "amount": 5990,', '"price": { "amount": 59.9,');
    expect(broken).not.toBe(markdown);
    expect(exampleProblems(parseDoc(broken))).toEqual([
      expect.stringMatching(/invalid listing\.upserted data: price\.amount/),
    ]);
  });

  it('report an envelope that is not CloudEvents 1.0', () => {
    const broken = markdown.replace(
      '"specversion": "1.0",\n  "id": "evt-rtn-3381-requested"',
      '"specversion": "0.3",\n  "id": "evt-rtn-3381-requested"',
    );
    expect(broken).not.toBe(markdown);
    expect(exampleProblems(parseDoc(broken))).toEqual([expect.stringMatching(/invalid envelope: specversion/)]);
  });

  it('report an example of an unknown type and a block that is not JSON', () => {
    const broken = markdown
      .replace('"reason": "finished",', '"reason": "finished",,')
      .replace('"type": "order.delivered"', '"type": "order.received"');
    expect(exampleProblems(parseDoc(broken))).toEqual([
      expect.stringMatching(/not JSON/),
      expect.stringMatching(/unknown event type order\.received/),
    ]);
  });

  it('report a field or an attribute that Xinren would drop', () => {
    const broken = markdown
      .replace('"npsScore": 9,', '"npsScore": 9,\n    "nps": 9,')
      .replace(
        '"id": "evt-rpt-77120",',
        '"id": "evt-rpt-77120",\n  "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",',
      );
    expect(exampleProblems(parseDoc(broken))).toEqual([
      expect.stringMatching(/traceparent is not an envelope attribute/),
      expect.stringMatching(/feedback\.submitted has no field nps$/),
    ]);
  });

  it('report a table that leaves out a field or gets its requiredness wrong', () => {
    const broken = markdown
      .replace(/^\| `wasPrice` .*\n/m, '')
      .replace('| `carrier` | string (1–100) | yes |', '| `carrier` | string (1–100) | no |');
    expect(tableProblems(parseDoc(broken))).toEqual([
      'listing.upserted: the table lacks the field wasPrice',
      'order.shipped: carrier is required, the table says "no"',
    ]);
  });
});
