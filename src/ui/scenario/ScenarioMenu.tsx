/** Placeholder for open / save / share / new / undo. */
export function ScenarioMenu() {
  return <div className="scenario-menu" />;
}
