// npm run --silent districts — prints the district polygons the map draws (geo/districts.geojson,
// ours or a user's replacement) as one GeoJSON FeatureCollection, after checking it as the pipeline does.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { Command } from '../command.ts';
import { readText } from '../load.ts';
import { parsePlaces } from '../../geo/places.ts';
import { checkBoundaries } from '../../checks/boundaries.ts';
import { GEO_FILES } from '../../inputs.ts';

export const districtsCommand: Command = (argv, { stdout, stderr }) => {
  const { values } = parseArgs({ args: [...argv], options: { geo: { type: 'string', default: 'geo' } } });
  const file = join(values.geo, GEO_FILES.districts);
  const places = parsePlaces(readText(join(values.geo, GEO_FILES.places)), join(values.geo, GEO_FILES.places));
  const text = readText(file);
  const { errors, warnings } = checkBoundaries(text, file, places);
  for (const w of warnings) stderr.write(`note: ${w}\n`);
  if (errors.length > 0)
    throw new AggregateError(
      errors.map((m) => new Error(m)),
      errors.join('\n'),
    );
  stdout.write(text);
};
