import { z } from 'zod';

const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'must be true or false' })
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

/** The sandbox's settings, each read from the environment variable `VARIABLES` names. */
const sandboxSchema = z.object({
  port: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be an integer')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(4010),
  host: z.string().min(1).default('127.0.0.1'),
  stateFile: z.string().min(1, 'must be a file path when set').optional(),
  seedDemo: boolish.default(true),
});

export type SandboxConfig = z.infer<typeof sandboxSchema>;

const VARIABLES: Record<keyof SandboxConfig, string> = {
  port: 'X_SANDBOX_PORT',
  host: 'X_SANDBOX_HOST',
  stateFile: 'X_SANDBOX_STATE_FILE',
  seedDemo: 'X_SANDBOX_SEED_DEMO',
};

/** Configuration of the X sandbox (apps/x-sandbox), validated; throws naming the bad variable. */
export function loadSandboxConfig(env: Record<string, string | undefined> = process.env): SandboxConfig {
  const input: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(VARIABLES).map(([key, name]) => {
      const v = env[name]?.trim();
      return [key, v === '' ? undefined : key === 'seedDemo' ? v?.toLowerCase() : v];
    }),
  );
  const parsed = sandboxSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const key = String(i.path[0] ?? '?');
      return `${VARIABLES[key as keyof SandboxConfig] ?? key}: ${i.message} (got ${JSON.stringify(input[key])})`;
    });
    throw new Error(`Invalid X sandbox configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}
