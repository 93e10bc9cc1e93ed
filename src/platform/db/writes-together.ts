/**
 * Waits for writes made together in one transaction (see withPipelinedQueries) and fails with the
 * first error, but only once every one of them has answered: the transaction is not rolled back
 * while some of its statements are still on their way.
 */
export async function writesTogether(writes: readonly Promise<unknown>[]): Promise<void> {
  const outcomes = await Promise.allSettled(writes);
  for (const o of outcomes) if (o.status === 'rejected') throw o.reason;
}
