import { describe, expect, it, vi } from 'vitest';
import { call, createApiClient } from './client';
import { ApiError, NetworkError } from './errors';

function fakeFetch(response: Response | Error) {
  return vi.fn(async (_input: Request) => {
    if (response instanceof Error) throw response;
    return response.clone();
  });
}

describe('API client', () => {
  it('adds the bearer token to every request', async () => {
    const fetchMock = fakeFetch(new Response(JSON.stringify({ sub: 's', roles: ['staff'] }), { headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    const api = createApiClient(async () => 'abc', vi.fn(), 'http://app.test');
    const me = await call(api.GET('/api/v1/me'));
    expect(me.roles).toEqual(['staff']);
    const req = fetchMock.mock.calls[0][0] as Request;
    expect(req.headers.get('Authorization')).toBe('Bearer abc');
    expect(req.url).toBe('http://app.test/api/v1/me');
    vi.unstubAllGlobals();
  });

  it('on 401 asks to sign in again and throws ApiError', async () => {
    vi.stubGlobal('fetch', fakeFetch(new Response(JSON.stringify({ type: 'x', title: 'No', status: 401, code: 'unauthenticated' }), { status: 401, headers: { 'Content-Type': 'application/problem+json' } })));
    const onUnauthorized = vi.fn();
    const api = createApiClient(async () => 'old', onUnauthorized, 'http://app.test');
    await expect(call(api.GET('/api/v1/me'))).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });

  it('keeps the problem+json body (field errors) of a 400', async () => {
    const problem = {
      type: 'x', title: 'There is a problem', status: 400, code: 'validation-failed',
      errors: [{ field: 'patient.nhsNumber', code: 'invalid-nhs-number', message: 'Enter a valid 10 digit NHS number' }],
    };
    vi.stubGlobal('fetch', fakeFetch(new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } })));
    const api = createApiClient(async () => 't', vi.fn(), 'http://app.test');
    const error = await call(api.GET('/api/v1/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem?.errors?.[0].field).toBe('patient.nhsNumber');
    vi.unstubAllGlobals();
  });

  it('turns "no answer" into NetworkError', async () => {
    vi.stubGlobal('fetch', fakeFetch(new TypeError('Failed to fetch')));
    const api = createApiClient(async () => 't', vi.fn(), 'http://app.test');
    await expect(call(api.GET('/api/v1/me'))).rejects.toBeInstanceOf(NetworkError);
    vi.unstubAllGlobals();
  });
});
