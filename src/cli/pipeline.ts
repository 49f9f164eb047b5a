// npm run pipeline: everything the app loads, written to public/data/.
// Nothing is written until every input and output passed its checks; the files go to a temporary
// folder beside the output and replace it in one rename, so a failed run leaves it as it was.
import { parseArgs } from 'node:util';
import { loadArticles, loadGeo, run } from './load.ts';
import { replaceFolder } from './writeFolder.ts';
import { runPipeline } from '../pipeline.ts';

run(() => {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: 'articles' }, geo: { type: 'string', default: 'geo' }, out: { type: 'string', default: 'public/data' } } });
  const geo = loadGeo(values.geo);
  const out = runPipeline({ articles: loadArticles([values.articles]), geo });
  replaceFolder(values.out, out.files);
  const { extraction, now } = out;
  process.stdout.write(`pipeline: ${extraction.articles.length} articles → ${extraction.events.length} events (${extraction.ignored.length} ignored mentions) → ${now.days.length} days × ${geo.baseline.length} districts → ${values.out}/\n`);
});
