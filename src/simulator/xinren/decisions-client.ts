import { z } from 'zod';
import { callXinren, type HttpOutcome, type XinrenConnection } from './xinren-http.js';

const Filed = z.object({ id: z.string().min(1) });

export type FileAppealOutcome = Exclude<HttpOutcome, { kind: 'ok' }> | { kind: 'ok'; appealId: string };

/** POST /v1/decisions/:id/appeals with the party's own key. */
export async function fileAppeal(
  connection: XinrenConnection,
  decisionId: string,
  text: string,
): Promise<FileAppealOutcome> {
  const outcome = await callXinren(connection, 'POST', `/v1/decisions/${encodeURIComponent(decisionId)}/appeals`, {
    contentType: 'application/json',
    json: { text, language: 'zh-CN' },
  });
  if (outcome.kind !== 'ok') return outcome;
  const parsed = Filed.safeParse(outcome.body);
  return parsed.success
    ? { kind: 'ok', appealId: parsed.data.id }
    : { kind: 'refused', status: outcome.status, reason: 'unexpected answer to the appeal' };
}
