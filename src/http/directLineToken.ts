/**
 * Exchanges the Direct Line secret for a short-lived token, so the browser can talk to the real Direct
 * Line channel without ever seeing the secret.
 */
export interface DirectLineToken {
  token: string;
  conversationId: string;
  expiresIn: number;
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** The page waits on this; Direct Line answers in well under a second when it is up. */
const TOKEN_TIMEOUT_MS = 5000;

export class DirectLineTokenError extends Error {
  constructor(readonly status: number) {
    super(`Direct Line token exchange failed with HTTP ${status}`);
    this.name = 'DirectLineTokenError';
  }
}

export async function generateDirectLineToken(secret: string, userId: string, endpoint: string, fetchImpl: FetchLike): Promise<DirectLineToken> {
  const response = await fetchImpl(`${endpoint.replace(/\/$/, '')}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    // A user id starting "dl_" binds the token to that user, as the Direct Line docs recommend.
    body: JSON.stringify({ user: { id: userId } }),
    signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
  });
  if (!response.ok) throw new DirectLineTokenError(response.status);
  const body = (await response.json()) as { token?: unknown; conversationId?: unknown; expires_in?: unknown };
  if (typeof body.token !== 'string' || typeof body.conversationId !== 'string') throw new DirectLineTokenError(502);
  return { token: body.token, conversationId: body.conversationId, expiresIn: typeof body.expires_in === 'number' ? body.expires_in : 3600 };
}
