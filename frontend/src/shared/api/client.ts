import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, NetworkError, isProblem } from './errors';

export type TokenSource = () => Promise<string | null>;
export type UnauthorizedHandler = () => void;

/** Adds `Authorization: Bearer <access token>` and reacts to 401 (sign in again). */
export function authMiddleware(getToken: TokenSource, onUnauthorized: UnauthorizedHandler): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) onUnauthorized();
      return response;
    },
  };
}

export function createApiClient(getToken: TokenSource, onUnauthorized: UnauthorizedHandler, baseUrl = window.location.origin) {
  const client = createClient<paths>({ baseUrl });
  client.use(authMiddleware(getToken, onUnauthorized));
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws ApiError
 * (HTTP error, with the problem+json body) or NetworkError (no answer).
 */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (e) {
    throw new NetworkError(e);
  }
  if (!result.response.ok) {
    throw new ApiError(result.response.status, isProblem(result.error) ? result.error : undefined);
  }
  return result.data as T;
}
