import { useId, useMemo, useState } from 'react';
import type { SearchHit, SearchIndex } from './searchIndex.ts';

/**
 * Find a place by any spelling, Arabic or English: a combobox with a list of matches.
 * ↓/↑ move through the matches, Enter picks one (the first if none is active), Escape clears.
 */
export function SearchBox({ index, onPick }: { index: SearchIndex; onPick: (hit: SearchHit) => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => index.search(query), [index, query]);
  const expanded = open && query.trim().length >= 2;

  function pick(hit: SearchHit | undefined) {
    if (!hit) return;
    onPick(hit);
    setQuery(hit.place.name_en);
    setOpen(false);
    setActive(-1);
  }

  return (
    <div className="search" role="search">
      <label htmlFor={id} className="visually-hidden">
        Find a district
      </label>
      <input
        id={id}
        data-testid="search"
        className="search__input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder="Find a district — Karm al-Maysar, كرم الميسر…"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${id}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => (hits.length === 0 ? -1 : (a + step + hits.length) % hits.length));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(hits[active >= 0 ? active : 0]);
          } else if (e.key === 'Escape') {
            setQuery('');
            setOpen(false);
          }
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Matching places" className="search__list" hidden={!expanded}>
        {expanded && hits.length === 0 && (
          <li className="search__empty" role="option" aria-disabled="true" aria-selected="false">
            No district by that name
          </li>
        )}
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={hit.place.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              data-id={hit.place.id}
              className={`search__option${i === active ? ' search__option--active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault(); // keep focus in the box until the pick
                pick(hit);
              }}
            >
              <span className="search__en">{hit.place.name_en}</span>
              <span className="search__ar" lang="ar" dir="rtl">
                {hit.place.name_ar}
              </span>
              {hit.place.kind !== 'neighbourhood' && <span className="search__kind">{hit.place.kind}</span>}
              {hit.matched !== hit.place.name_en && hit.matched !== hit.place.name_ar && <span className="search__matched">“{hit.matched}”</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
