import { z } from 'zod';
import { ROLES, SCOPES } from './roles.js';

export const LoginBody = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(500) });
export const CreateUserBody = z.object({
  username: z
    .string()
    .min(2)
    .max(64)
    .regex(/^[A-Za-z0-9_.@-]+$/, 'letters, digits, _ . @ - only'),
  role: z.enum(ROLES),
  subjectId: z.string().min(1).max(128).optional(),
  password: z.string().min(10).max(500).optional(),
});
export const CreateApiKeyBody = z.object({
  name: z.string().min(1).max(100),
  scopes: z.array(z.enum(SCOPES)).min(1),
  subjectId: z.string().min(1).max(128).optional(),
});
export const IdParams = z.object({ id: z.string().min(1).max(100) });
