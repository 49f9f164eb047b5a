// npm run pipeline: everything the app loads, written to public/data/.
// Nothing is written until every input and output passed its checks; the files go to a temporary
// folder beside the output and replace it in one rename, so a failed run leaves it as it was.
import { parseArgs } from 'node:util';
import { run } from './load.ts';
import { buildData } from './buildData.ts';

run(() => {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: 'articles' }, geo: { type: 'string', default: 'geo' }, out: { type: 'string', default: 'public/data' } } });
  const { extraction, now } = buildData({ articles: values.articles, geo: values.geo, out: values.out });
  process.stdout.write(`pipeline: ${extraction.articles.length} articles → ${extraction.events.length} events (${extraction.ignored.length} ignored mentions) → ${now.days.length} days × ${Object.keys(now.days[0]?.districts ?? {}).length} districts → ${values.out}/\n`);
});
