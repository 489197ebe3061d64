/** Placeholder; built in issue 3. */
export default function Verantwoording() {
  return <section><h1>Verantwoording</h1></section>;
}
