// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { startSandbox, type RunningSandbox } from '@xp/x-sandbox';
import { startStack, type StackOptions, type TestStack } from './stack';

export type { RunningSandbox };

/**
 * The X sandbox (with its demo users, no app yet), then the stack pointed at it, then the OAuth app whose redirect
 * URI is the stack's callback (its port is only known once the stack listens).
 */
export async function startSandboxStack(
  client: { id: string; secret: string },
  options: StackOptions = {},
): Promise<{ sandbox: RunningSandbox; stack: TestStack }> {
  const sandbox = await startSandbox({ port: 0, seedDemo: true });
  const stack = await startStack(
    { X_API_BASE_URL: sandbox.url, X_CLIENT_ID: client.id, X_CLIENT_SECRET: client.secret },
    options,
  );
  const registered = await fetch(`${sandbox.url}/_sandbox/apps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clientId: client.id,
      clientSecret: client.secret,
      redirectUris: [`${stack.baseUrl}/api/oauth/x/callback`],
      profile: 'pro',
    }),
  });
  if (registered.status !== 201) throw new Error(`the sandbox refused the OAuth app: ${registered.status}`);
  return { sandbox, stack };
}
