// npm run --silent timeline -- [--json] [--articles DIR] [--mode now|then]
import { parseArgs } from 'node:util';
import { loadArticles, loadGeo, run } from './load.ts';
import { extractAll } from '../extract/run.ts';
import { buildTimeline } from '../timeline/timeline.ts';
import { changesOn } from '../timeline/changes.ts';

run(() => {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, articles: { type: 'string', default: 'articles' }, mode: { type: 'string', default: 'now' }, geo: { type: 'string', default: 'geo' } } });
  const geo = loadGeo(values.geo);
  const { events, articles } = extractAll(loadArticles([values.articles]), geo.gazetteer);
  if (values.mode !== 'now' && values.mode !== 'then') throw new Error(`timeline: ` + `--mode must be "now" or "then", not "${values.mode}"`);
  const timeline = buildTimeline({ baseline: geo.baseline, events, articles, districtsOf: geo.gazetteer.districtsOf, mode: values.mode });
  if (values.json) {
    process.stdout.write(JSON.stringify(timeline) + '\n');
    return;
  }
  const ids = geo.baseline.map((b) => b.id);
  timeline.days.forEach((day, i) => {
    const changes = changesOn(timeline.days, i, ids);
    if (changes.length > 0) process.stdout.write(`${day.date}  ${changes.map((c) => `${c.id} ${c.from} → ${c.to}`).join(', ')}\n`);
  });
});
