import Fastify from 'fastify';

// Reference (a): a bare Fastify 5 route on loopback that only parses the batch (the same JSON body,
// with the same media type) and answers like intake would with every event accepted.

export interface BareServer {
  origin: string;
  path: string;
  close(): Promise<void>;
}

export async function startBareFastify(): Promise<BareServer> {
  const app = Fastify({ logger: false });
  app.addContentTypeParser(
    ['application/cloudevents-batch+json', 'application/cloudevents+json'],
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );
  app.post('/v1/events', { bodyLimit: 32 * 1024 * 1024 }, async (req) => {
    const batch = req.body as unknown[];
    return { accepted: batch.length, duplicates: [], rejected: [] };
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { origin: address, path: '/v1/events', close: () => app.close() };
}
