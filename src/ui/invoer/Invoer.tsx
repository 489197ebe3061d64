/** Placeholder; built in issue 3. */
export default function Invoer() {
  return <section><h1>Invoer</h1></section>;
}
