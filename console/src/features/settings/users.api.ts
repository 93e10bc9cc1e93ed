import { http } from '../../api/http-client';
import type { Role } from '../auth/auth.api';

export interface ManagedUser {
  id: string;
  username: string;
  role: Role;
  subjectId: string | null;
  createdAt: string;
}

export interface NewUser {
  username: string;
  role: Role;
  subjectId?: string;
}

export const usersApi = {
  list: () => http.get<{ items: ManagedUser[] }>('/v1/users').then((body) => body.items),
  create: (input: NewUser) => http.post<{ user: ManagedUser; password: string }>('/v1/users', input),
};
