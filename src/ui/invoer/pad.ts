/** Reading and writing nested plain objects by a dotted path ("werkwijzen.1.kosten.preparation.bedrag"). */
export type Genest = { [k: string]: unknown };

export function leesPad(obj: unknown, pad: string): unknown {
  let cur: unknown = obj;
  for (const deel of pad.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Genest)[deel];
  }
  return cur;
}

export function zetPad(obj: Genest, pad: string, waarde: unknown): void {
  const delen = pad.split('.');
  let cur: Genest = obj;
  for (const deel of delen.slice(0, -1)) {
    const volgende = cur[deel];
    if (typeof volgende !== 'object' || volgende === null) cur[deel] = {};
    cur = cur[deel] as Genest;
  }
  cur[delen[delen.length - 1]!] = waarde;
}
