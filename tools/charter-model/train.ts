// Trains the charter classifier on every labelled set of tools/charter-corpus (thresholds from a grouped
// cross-validation over them, see thresholds.ts) and writes it as the module the domain imports:
// libs/server/domain/src/charter/charter-model.generated.ts.
//
//   node tools/scripts/build-server.mjs && node dist/server/tools/charter-model/train.js && \
//     npx prettier --write libs/server/domain/src/charter/charter-model.generated.ts
//
// `--held <regexp>` leaves the sets it names out (a fresh hold-out measured with the model before it is trained on).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSets, repoRoot } from './corpus';
import { modelModule } from './model-module';
import { trainWithThresholds } from './thresholds';

function main(): void {
  const root = repoRoot();
  const at = process.argv.indexOf('--held');
  const held = at > 0 ? new RegExp(process.argv[at + 1]) : null;
  const sets = loadSets(root).filter((s) => !held?.test(s.name));
  const model = trainWithThresholds(sets);
  const target = join(root, 'libs/server/domain/src/charter/charter-model.generated.ts');
  writeFileSync(target, modelModule(model, sets));
  console.log(
    `${Object.keys(model.weights).length} features; thresholds ${model.categories.map((c, k) => `${c} ${model.thresholds[k]}`).join(', ')} → ${target}`,
  );
}

main();
