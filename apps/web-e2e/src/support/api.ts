import type { APIRequestContext } from 'playwright-core';

/** One API call as the signed-in browser context (its cookies, a fresh CSRF token); throws on any non-2xx answer. */
export async function api<T>(
  request: APIRequestContext,
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const csrf = (await (await request.get(`${baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
  const res = await request.fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.csrfToken },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
