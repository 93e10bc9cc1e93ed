import { isUnauthenticated } from '../../api/api-error';
import { http } from '../../api/http-client';
import type { Role } from './roles';

export { type Role, roles } from './roles';

export interface User {
  id: string;
  username: string;
  role: Role;
  subjectId: string | null;
}

export interface Credentials {
  username: string;
  password: string;
}

export async function login(credentials: Credentials): Promise<User> {
  const { user } = await http.post<{ user: User }>('/v1/auth/login', credentials);
  return user;
}

export async function logout(): Promise<void> {
  await http.post<void>('/v1/auth/logout');
}

/** The signed-in user, or null when there is no valid session. */
export async function fetchCurrentUser(): Promise<User | null> {
  try {
    const { user } = await http.get<{ user: User }>('/v1/auth/me');
    return user;
  } catch (error) {
    if (isUnauthenticated(error)) return null;
    throw error;
  }
}
