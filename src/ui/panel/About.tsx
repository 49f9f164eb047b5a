/** How to read the map, in two sentences. */
export function About() {
  return (
    <section className="about" aria-label="About this map">
      <p>
        Each district is coloured by who held it on the selected day, as reconstructed from Arabic news reports. The
        front line runs along borders between districts held by different sides; districts of unknown control are left
        out of it.
      </p>
      <p>Hover over a district for its name. Use the slider, or ← and → once it has focus, to move a day.</p>
    </section>
  );
}
