// Node side of the geo build: mapshaper snaps the pieces' vertices, cleans them into a coverage
// and writes each ring from shared arcs, so neighbours carry identical border vertices.
// The CSR polygons leave the streets between neighbourhoods open (15–80 m), and these gaps all
// connect to the city's edge. The city's outline is the pieces with those gaps closed
// (`close-outer-gaps`, up to GAP_WIDTH); each point of a gap then goes to the piece whose boundary
// is nearest (src/geo/coverage/nearest.ts) once each piece's setback is added to the distance
// (src/geo/coverage/setback.ts): a street is split along its middle line unless one side has too
// little IoU headroom, then the line moves towards that side. The pieces with their shares are
// cleaned once more into the coverage.
import mapshaper from 'mapshaper';
import type { FeatureCollection, GeometryCollection, Polygon, MultiPolygon } from 'geojson';
import type { CleanCoverage, Piece } from '../../geo/coverage/pieces.ts';
import { nearestRegions, SAMPLE_SPACING_M } from '../../geo/coverage/nearest.ts';
import { streetSetbacks, SETBACK_DEFAULTS } from '../../geo/coverage/setback.ts';
import { boundarySamples } from '../../geo/coverage/samples.ts';

export const GAP_WIDTH = '80m';
/** The middle lines of the streets are drawn within this many metres (they come from 5 m samples). */
const SHARE_SIMPLIFY_M = 1;
const OUT = 'format=geojson precision=0.0000001';

type Cleaned = FeatureCollection<Polygon | MultiPolygon | null, Piece['properties'] & { piece?: number }>;

async function run(commands: string, files: Record<string, unknown>, output: string): Promise<Cleaned> {
  // (a dissolve without fields comes back as a GeometryCollection: see cityOf)
  const input = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, JSON.stringify(v)]));
  const out = await mapshaper.applyCommands(commands, input);
  const text = out[output];
  if (text === undefined) throw new Error(`cleanCoverage: mapshaper wrote no ${output}`);
  return JSON.parse(typeof text === 'string' ? text : new TextDecoder().decode(text)) as Cleaned;
}

/** The dissolved outline as one geometry (mapshaper writes a dissolve without fields as a GeometryCollection). */
function cityOf(outline: Cleaned | GeometryCollection): MultiPolygon {
  const geoms = outline.type === 'GeometryCollection' ? outline.geometries : outline.features.map((f) => f.geometry);
  return {
    type: 'MultiPolygon',
    coordinates: geoms.flatMap((g) => (g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [])),
  };
}

export const cleanCoverage: CleanCoverage = async (input, groupOf = (p) => p.properties.key) => {
  const pieces: Piece[] = input.features.map((f, piece) => ({ ...f, properties: { ...f.properties, piece } }));
  const numbered = { type: 'FeatureCollection', features: pieces };
  const outline = await run(
    `-i pieces.json snap -clean gap-width=${GAP_WIDTH} close-outer-gaps overlap-rule=min-id -dissolve -o outline.json ${OUT}`,
    { 'pieces.json': numbered },
    'outline.json',
  );
  const samples = boundarySamples(pieces, SAMPLE_SPACING_M, SETBACK_DEFAULTS.maxSetbackM);
  const { perPiece } = streetSetbacks(pieces, cityOf(outline), samples, groupOf);
  const shares = await run(
    [
      '-i regions.json name=regions -i outline.json name=outline -i pieces.json name=pieces',
      `-simplify dp interval=${SHARE_SIMPLIFY_M} target=regions`,
      '-clip outline target=regions -erase pieces target=regions',
      `-o target=regions shares.json ${OUT}`,
    ].join(' '),
    { 'regions.json': nearestRegions(pieces, SAMPLE_SPACING_M, perPiece, samples), 'outline.json': outline, 'pieces.json': numbered },
    'shares.json',
  );
  const grown = [...pieces, ...shares.features.flatMap((s) => (s.geometry ? [{ ...s, properties: pieces[s.properties.piece!]!.properties }] : []))];
  const cleaned = await run(
    `-i all.json snap -dissolve piece copy-fields=key,csr,order -clean gap-width=${GAP_WIDTH} close-outer-gaps overlap-rule=min-id -o cleaned.json ${OUT}`,
    { 'all.json': { type: 'FeatureCollection', features: grown } },
    'cleaned.json',
  );
  return cleaned.features
    .filter((f): f is Piece => f.geometry !== null)
    .map((f) => ({ ...f, properties: { key: f.properties.key, csr: f.properties.csr, order: f.properties.order } }));
};
