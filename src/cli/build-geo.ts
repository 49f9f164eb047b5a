// npm run geo — rebuilds geo/districts.geojson, geo/outline.geojson and geo/landmarks.geojson from
// the CSR boundaries (geo/sources/) and geo/places.csv, after validating them and the baseline.
//   npm run geo -- --report                          also lists every place and how it is drawn
//   npm run geo -- --boundaries FILE --name-field NAME [--name-ar-field NAME_A]
//       builds the same coverage from a polygon file of your own, joined to the gazetteer by name;
//       prints which names matched and which did not. A bad file is reported and nothing is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildGeo, geoJsonText } from '../geo/build.ts';
import { GazetteerError, parseBaseline } from '../geo/places.ts';
import { csrBoundaries } from '../geo/coverage/boundaries.ts';
import { userBoundaries, BoundaryError, type UserBoundaries } from '../geo/user/boundaries.ts';
import { cleanCoverage } from './geo/clean-coverage.ts';
import { drawnReport } from '../geo/coverage/report.ts';

const PLACES = 'geo/places.csv';
const CSR = 'geo/sources/csr_aleppo_neighborhoods.geojson';
const BASELINE = 'geo/baseline-2016-11-15.csv';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new BoundaryError(file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      report: { type: 'boolean', default: false },
      boundaries: { type: 'string' },
      'name-field': { type: 'string' },
      'name-ar-field': { type: 'string' },
    },
  });
  if (!values.boundaries && (values['name-field'] || values['name-ar-field']))
    throw new BoundaryError('npm run geo', '--name-field and --name-ar-field go with --boundaries FILE');
  let user: UserBoundaries | null = null;
  const geo = await buildGeo({
    placesText: readFileSync(PLACES, 'utf8'),
    placesFile: PLACES,
    boundaries: (places) => {
      if (!values.boundaries) return csrBoundaries(JSON.parse(readFileSync(CSR, 'utf8')), places, PLACES);
      user = userBoundaries(readText(values.boundaries), values.boundaries, places, { nameField: values['name-field'], nameArField: values['name-ar-field'] });
      return user;
    },
    clean: cleanCoverage,
  });
  parseBaseline(readFileSync(BASELINE, 'utf8'), BASELINE, geo.places); // validate only
  if (user) {
    const u = user as UserBoundaries;
    console.error(`${values.boundaries}: ${u.matched.length} names matched (field "${u.nameField}"), ${u.unmatched.length} did not`);
    for (const m of u.matched) console.error(`  matched   ${JSON.stringify(m.name)} → ${m.key}`);
    for (const n of u.unmatched) console.error(`  unmatched ${JSON.stringify(n)}`);
  }
  writeFileSync('geo/outline.geojson', geoJsonText(geo.outline));
  writeFileSync('geo/districts.geojson', geoJsonText(geo.districts));
  writeFileSync('geo/landmarks.geojson', geoJsonText(geo.landmarks));
  if (values.report) process.stdout.write(drawnReport(geo));
  console.error(
    `geo: wrote geo/outline.geojson, geo/districts.geojson (${geo.districts.features.length} districts) and geo/landmarks.geojson (${geo.landmarks.features.length} landmarks)`,
  );
}

main().catch((e: unknown) => {
  if (!(e instanceof GazetteerError) && !(e instanceof BoundaryError)) throw e;
  console.error(`error: ${e.message}`);
  process.exitCode = 1;
});
