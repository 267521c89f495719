// Signing in over HTTP through Auth.js's own endpoints, for checks and the bench that act as staff.
const cookiesOf = (response: Response) =>
  response.headers.getSetCookie().map((c) => c.split(';')[0]!);

/** Returns the session cookie ("authjs.session-token=…") for a Cookie header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookiesOf(csrf).join('; '),
      origin: baseUrl,
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/ja/admin` }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith('authjs.session-token='));
  if (!session)
    throw new Error(
      `sign-in as ${email} failed: ${response.status} → ${response.headers.get('location')}`,
    );
  return session;
}
