import { SAMPLE_PASSWORD } from '../support/server.js';

/** One sign-in as a browser at `forwardedFor` (seen through a proxy) would send it, with its cookies. */
export type SignInResult = { code: string | undefined; retryAfterSeconds?: number; cookies: string[] };

export async function signInAs(url: string, email: string, opts: { password?: string; forwardedFor?: string; cookies?: string[] } = {}): Promise<SignInResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.forwardedFor) headers['x-forwarded-for'] = opts.forwardedFor;
  if (opts.cookies?.length) headers.cookie = opts.cookies.join('; ');
  const res = await fetch(`${url}graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: email, p: opts.password ?? SAMPLE_PASSWORD } }),
  });
  const body = (await res.json()) as { data?: { signIn?: { id: string } }; errors?: { extensions?: { code?: string; reason?: string; retryAfterSeconds?: number } }[] };
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (body.data?.signIn) return { code: 'OK', cookies };
  const ext = body.errors?.[0]?.extensions;
  return { code: ext?.reason === 'BAD_CREDENTIALS' ? 'BAD_CREDENTIALS' : ext?.code, retryAfterSeconds: ext?.retryAfterSeconds, cookies };
}

/** How many answers had each code. */
export function tally(results: SignInResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.code ?? 'none'] = (counts[r.code ?? 'none'] ?? 0) + 1;
  return counts;
}

export const wrongPassword = (i: number) => `wrong-password-${i}`;
