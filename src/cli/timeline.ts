// npm run --silent timeline -- [--json] [--articles DIR]
import { parseArgs } from 'node:util';
import { loadArticles, loadGeo, run } from './load.ts';
import { extractAll } from '../extract/run.ts';
import { buildTimeline } from '../timeline/timeline.ts';

run(() => {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, articles: { type: 'string', default: 'articles' }, geo: { type: 'string', default: 'geo' } } });
  const geo = loadGeo(values.geo);
  const { events } = extractAll(loadArticles([values.articles]), geo.gazetteer);
  const timeline = buildTimeline({ baseline: geo.baseline, events, districtsOf: geo.gazetteer.districtsOf });
  if (values.json) {
    process.stdout.write(JSON.stringify(timeline) + '\n');
    return;
  }
  let previous = timeline.days[0]!.control;
  for (const day of timeline.days) {
    const changes = Object.entries(day.control).filter(([id, c]) => previous[id] !== c);
    if (changes.length > 0) process.stdout.write(`${day.date}  ${changes.map(([id, c]) => `${id} → ${c}`).join(', ')}\n`);
    previous = day.control;
  }
});
