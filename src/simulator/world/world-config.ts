import { z } from 'zod';

export const WorldConfig = z.object({
  merchants: z.number().int().min(1).max(1_000).default(12),
  hosts: z.number().int().min(0).max(1_000).default(8),
  buyers: z.number().int().min(1).max(1_000_000).default(300),
  /** Listings each merchant publishes at the start. */
  initialListingsPerMerchant: z.number().int().min(1).max(200).default(5),
  maxListings: z.number().int().min(1).max(100_000).default(1_500),
  maxLiveSessions: z.number().int().min(0).max(1_000).default(3),
  minSegmentsPerSession: z.number().int().min(1).default(25),
  maxSegmentsPerSession: z.number().int().min(1).default(90),
  /** Delivered orders kept for returns and reviews; older ones are forgotten. */
  maxRememberedOrders: z.number().int().min(10).default(3_000),
  /** A host rests this long (simulation time) after a stream before going live again. */
  hostRestMs: z.number().int().min(0).default(20_000),
});
export type WorldConfig = z.infer<typeof WorldConfig>;
export type WorldConfigInput = z.input<typeof WorldConfig>;
