import { z } from 'zod';

const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'must be true or false' })
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const sandboxEnvSchema = z.object({
  X_SANDBOX_PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be an integer')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(4010),
  X_SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
  X_SANDBOX_STATE_FILE: z.string().min(1, 'must be a file path when set').optional(),
  X_SANDBOX_SEED_DEMO: boolish.default(true),
});

export interface SandboxConfig {
  port: number;
  host: string;
  stateFile?: string;
  seedDemo: boolean;
}

/** Configuration of the X sandbox (apps/x-sandbox), validated; throws naming the bad variable. */
export function loadSandboxConfig(env: Record<string, string | undefined> = process.env): SandboxConfig {
  const input = Object.fromEntries(
    ['X_SANDBOX_PORT', 'X_SANDBOX_HOST', 'X_SANDBOX_STATE_FILE', 'X_SANDBOX_SEED_DEMO'].map((k) => {
      const v = env[k];
      if (v === undefined || v.trim() === '') return [k, undefined];
      return [k, k === 'X_SANDBOX_SEED_DEMO' ? v.trim().toLowerCase() : v.trim()];
    }),
  );
  const parsed = sandboxEnvSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${String(i.path[0] ?? '?')}: ${i.message} (got ${JSON.stringify(input[String(i.path[0])])})`,
    );
    throw new Error(`Invalid X sandbox configuration: ${problems.join('; ')}`);
  }
  const c = parsed.data;
  return {
    port: c.X_SANDBOX_PORT,
    host: c.X_SANDBOX_HOST,
    stateFile: c.X_SANDBOX_STATE_FILE,
    seedDemo: c.X_SANDBOX_SEED_DEMO,
  };
}
