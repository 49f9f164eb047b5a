// npm run pipeline: everything the app loads, written to public/data/.
// Nothing is written until every input and output passed its checks; the files go to a temporary
// folder beside the output and replace it in one rename, so a failed run leaves it as it was.
import { parseArgs } from 'node:util';
import type { Command } from '../command.ts';
import { buildData } from '../buildData.ts';

export const pipelineCommand: Command = (argv, { stdout }) => {
  const { values } = parseArgs({
    args: [...argv],
    options: { articles: { type: 'string', default: 'articles' }, geo: { type: 'string', default: 'geo' }, out: { type: 'string', default: 'public/data' } },
  });
  const { extraction, now } = buildData({ articles: values.articles, geo: values.geo, out: values.out });
  const districts = Object.keys(now.days[0]?.districts ?? {}).length;
  stdout.write(
    `pipeline: ${extraction.articles.length} articles → ${extraction.events.length} events (${extraction.ignored.length} ignored mentions) → ${now.days.length} days × ${districts} districts → ${values.out}/\n`,
  );
};
