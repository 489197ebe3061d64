/** Placeholder; built in issue 3. */
export default function Resultaten() {
  return <section><h1>Resultaten</h1></section>;
}
