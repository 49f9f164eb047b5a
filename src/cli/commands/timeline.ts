// npm run --silent timeline -- [--json] [--articles DIR] [--mode now|then]
import { parseArgs } from 'node:util';
import type { Command } from '../command.ts';
import { loadArticles, loadGeo } from '../load.ts';
import { extractAll } from '../../extract/run.ts';
import { buildStates } from '../../timeline/states.ts';
import { toTimeline } from '../../timeline/timeline.ts';

export const timelineCommand: Command = (argv, { stdout }) => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean', default: false },
      articles: { type: 'string', default: 'articles' },
      mode: { type: 'string', default: 'now' },
      geo: { type: 'string', default: 'geo' },
    },
  });
  if (values.mode !== 'now' && values.mode !== 'then') throw new Error(`timeline: --mode must be "now" or "then", not "${values.mode}"`);
  const articles = loadArticles([values.articles]);
  const geo = loadGeo(values.geo);
  const { events, articles: refs } = extractAll(articles, geo.gazetteer);
  const states = buildStates({ baseline: geo.baseline, events, articles: refs, districtsOf: geo.gazetteer.districtsOf, mode: values.mode });
  if (values.json) {
    stdout.write(JSON.stringify(toTimeline(states)) + '\n');
    return;
  }
  for (const day of states.days) {
    if (day.changes.length > 0) stdout.write(`${day.date}  ${day.changes.map((c) => `${c.district} ${c.from} → ${c.to}`).join(', ')}\n`);
  }
};
