/** How to read the map, in two sentences. */
export function About() {
  return (
    <section className="about" aria-label="About this map">
      <p>
        Each district is coloured by who held it on the selected day, as reconstructed from Arabic news reports. The front line runs along borders between
        districts held by different sides; districts of unknown control are left out of it.
      </p>
      <p>
        Click a district for the reports behind its colour, or find it by name above the map. ← and → move a day, Home and End go to the first and last, space
        plays. The address keeps the whole view: copy it to share.
      </p>
    </section>
  );
}
