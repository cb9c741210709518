/**
 * The V8 flags a scheduler process starts with, wherever it is started (the launcher, docker/compose.yaml, the tests'
 * fleet, the benchmark). A young generation of 2 × 32 MB instead of V8's 2 × 16 MB: a burst's short-lived request
 * objects die young without a scavenge every few hundred calls (a warm burst of 2,000 posts: 0.36 → 0.29 ms of
 * CPU per post; docs/scheduler.md, "Performance"). Costs about 30 MB of resident memory.
 */
export const SCHEDULER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
