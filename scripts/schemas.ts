// `npm run schemas`: writes the JSON Schema of every file the pipeline reads or writes to docs/schemas/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/schema/jsonSchema.ts';

const dir = 'docs/schemas';
mkdirSync(dir, { recursive: true });
const files = jsonSchemas();
for (const [name, text] of files) writeFileSync(join(dir, name), text);
process.stdout.write(`schemas: ${files.size} files → ${dir}/\n`);
