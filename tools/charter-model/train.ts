// Trains the charter classifier on every labelled set of tools/charter-corpus (thresholds from a grouped
// cross-validation over them, see thresholds.ts) and writes it as the module the domain imports:
// libs/server/domain/src/charter/charter-model.generated.ts.
//
//   node tools/scripts/build-server.mjs && node dist/server/tools/charter-model/train.js && \
//     npx prettier --write libs/server/domain/src/charter/charter-model.generated.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSets, repoRoot } from './corpus';
import { modelModule } from './model-module';
import { trainWithThresholds } from './thresholds';

function main(): void {
  const root = repoRoot();
  const sets = loadSets(root);
  const model = trainWithThresholds(sets);
  const target = join(root, 'libs/server/domain/src/charter/charter-model.generated.ts');
  writeFileSync(target, modelModule(model, sets));
  console.log(
    `${Object.keys(model.weights).length} features; thresholds ${model.categories.map((c, k) => `${c} ${model.thresholds[k]}`).join(', ')} → ${target}`,
  );
}

main();
