// The demo's public (`npm start`): calm crowds on the X sandbox around the demo accounts, a few mentions and replies
// an hour, with French customer-care questions for @Kindy. Crowds live in the sandbox's memory: they are started at
// every launch (their posts stay in the sandbox's state file).

/** The crowds `npm start` runs, for a given seed. */
export function demoCrowds(seed: number): Record<string, unknown>[] {
  const month = 30 * 24 * 3600_000;
  return [
    // @Kindy: about 6 an hour, in French (customer care, mentions, replies under its latest posts)
    {
      scenario: 'calm',
      about: ['Kindy'],
      keywords: ['Kindy', 'soldes'],
      perMinute: 0.1,
      durationMs: month,
      seed,
      lang: 'fr',
    },
    // the group, the careers and the F1 accounts: about 3 an hour, French and English
    {
      scenario: 'calm',
      about: ['GroupeKindy', 'TotalCareers', 'F1TotalOfficiel'],
      keywords: ['GrandPrix'],
      perMinute: 0.05,
      durationMs: month,
      seed: seed + 1,
      lang: 'mix',
    },
  ];
}

/**
 * Starts the demo crowds on the sandbox at `sandboxUrl`. The seed changes every hour of the sandbox's clock, so a
 * restart does not replay the same posts (which X would refuse as duplicates). Returns the crowd ids.
 */
export async function startDemoPublic(sandboxUrl: string): Promise<string[]> {
  const clock = (await (await fetch(`${sandboxUrl}/_sandbox/clock`)).json()) as { data: { now: string } };
  const seed = Math.floor(Date.parse(clock.data.now) / 3600_000);
  const ids: string[] = [];
  for (const body of demoCrowds(seed)) {
    const res = await fetch(`${sandboxUrl}/_sandbox/crowd`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`demo crowd refused: ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as { data: { id: string } }).data.id);
  }
  return ids;
}
