import { z } from 'zod';
import { callXinren, type XinrenConnection } from './xinren-http.js';

const Registered = z.object({
  endpoint: z.object({ id: z.string().min(1) }),
  secret: z.string().min(1),
});

export class RegistrationError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** Registers the simulator's webhook endpoint for every message type; the answer carries its signing secret. */
export async function registerWebhookEndpoint(
  connection: XinrenConnection,
  url: string,
): Promise<{ endpointId: string; secret: string }> {
  const outcome = await callXinren(connection, 'POST', '/v1/webhooks/endpoints', {
    contentType: 'application/json',
    json: { url, eventTypes: ['*'], description: 'marketplace simulator' },
  });
  switch (outcome.kind) {
    case 'ok': {
      const parsed = Registered.safeParse(outcome.body);
      if (!parsed.success)
        throw new RegistrationError(
          `unexpected answer to the endpoint registration: ${parsed.error.issues[0]?.message}`,
          false,
        );
      return { endpointId: parsed.data.endpoint.id, secret: parsed.data.secret };
    }
    case 'unauthorized':
      throw new RegistrationError(
        outcome.status === 403
          ? `webhook endpoint registration refused (${outcome.reason}): the API key needs the webhooks:write scope`
          : `webhook endpoint registration refused (${outcome.reason}): the API key is not valid`,
        false,
      );
    case 'refused':
      throw new RegistrationError(`webhook endpoint registration refused: ${outcome.reason}`, false);
    case 'retry':
      throw new RegistrationError(`webhook endpoint registration failed: ${outcome.reason}`, true);
  }
}

/** Removes the endpoint when the simulator stops, so Xinren does not keep retrying a closed port. */
export async function deleteWebhookEndpoint(connection: XinrenConnection, endpointId: string): Promise<boolean> {
  const outcome = await callXinren(connection, 'DELETE', `/v1/webhooks/endpoints/${encodeURIComponent(endpointId)}`);
  return outcome.kind === 'ok';
}
