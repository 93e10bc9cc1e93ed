import { startThrowAwayCluster } from './postgres-cluster.js';

// With TEST_DB=postgres and no TEST_DATABASE_URL, start a throw-away cluster for the whole run.
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.TEST_DB !== 'postgres' || process.env.TEST_DATABASE_URL) return undefined;
  const cluster = await startThrowAwayCluster(Number(process.env.TEST_PG_PORT ?? 54_329));
  process.env.TEST_DATABASE_URL = cluster.url;
  return () => cluster.stop();
}
