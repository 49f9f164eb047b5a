import type { GeoOutput } from '../build.ts';

/** `npm run geo -- --report`: every place, one line each, and how the map draws it. */
export function drawnReport(geo: GeoOutput): string {
  const drawn = new Map(geo.districts.features.map((f) => [f.properties.id, f.properties]));
  const holder = new Map<string, string>();
  for (const f of geo.districts.features) for (const l of f.properties.landmarks) holder.set(l, f.properties.id);
  const lines = geo.places.map((p) => {
    const d = drawn.get(p.id);
    let how: string;
    if (d && d.geometry !== 'derived') how = `${d.geometry === 'csr' ? 'CSR' : 'supplied'} polygon ${d.source_names.map((n) => `"${n}"`).join(' + ')}`;
    else if (d)
      how = d.parent ? `derived: carved from ${d.parent} by Voronoi of our points` : 'derived: outskirts cell around our point (beyond the CSR survey)';
    else if (geo.absorbedInto.has(p.id)) how = `polygon taken into ${geo.absorbedInto.get(p.id)} (a landmark, not a district)`;
    else if (p.kind === 'area') how = `area of ${p.part_of.length} districts`;
    else if (holder.has(p.id)) how = `${p.kind} in ${holder.get(p.id)}`;
    else if (p.kind === 'village') how = p.point ? 'village: a point outside the city' : 'village: not placed';
    else how = p.point ? `${p.kind}: a point in no district` : `NOT DRAWN: ${p.kind} without a point`;
    return `${p.id.padEnd(30)} ${p.kind.padEnd(13)} ${how}`;
  });
  const unmatched = geo.unmatched.map((n) => `source polygon "${n}": named by no place, not drawn`);
  return [...lines, ...unmatched].join('\n') + '\n';
}
