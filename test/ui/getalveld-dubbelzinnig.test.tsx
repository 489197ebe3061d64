// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useVoorkeuren } from '../../src/store/voorkeurenStore';
import { GetalVeld } from '../../src/ui/gedeeld/GetalVeld';

beforeEach(() => useVoorkeuren.setState({ taal: 'nl' }));
afterEach(cleanup);

/** The shared number field (uncertainty ranges, time, Monte Carlo) with a value it reports to. */
function Veld({ schaal, waarde, gezien }: { schaal?: number; waarde: number; gezien: number[] }) {
  return (
    <GetalVeld
      label="Kosten per afsluiting"
      waarde={waarde}
      schaal={schaal}
      opWaarde={(x) => {
        gezien.push(x as number);
        return null;
      }}
      testId="veld"
    />
  );
}

describe('the shared number field refuses "1,700" outside a percentage (review: it flowed in as 1,7)', () => {
  it('pasted "2,500": an error naming both readings, nothing reported to the scenario; "2500" is taken', async () => {
    const user = userEvent.setup();
    const gezien: number[] = [];
    render(<Veld waarde={790} gezien={gezien} />);
    await user.clear(screen.getByTestId('veld'));
    await user.paste('2,500');
    expect(screen.getByTestId('veld-fout').textContent).toBe('"2,500" is dubbelzinnig: bedoelt u 2.500 of 2,50? Typ 2500 of 2,50. Gerekend wordt met 790, de waarde van vóór deze bewerking.');
    expect(screen.getByTestId('veld').getAttribute('aria-invalid')).toBe('true');
    expect(gezien).toEqual([]);
    await user.clear(screen.getByTestId('veld'));
    await user.paste('2500');
    expect(screen.queryByTestId('veld-fout')).toBeNull();
    expect(gezien).toEqual([2500]);
  });

  it('a percentage field takes "2,500" % as 2,5%, and a stored 4,125 shown as it is stays untouched', async () => {
    const user = userEvent.setup();
    const gezien: number[] = [];
    render(<Veld schaal={100} waarde={0.03} gezien={gezien} />);
    await user.clear(screen.getByTestId('veld'));
    await user.paste('2,500');
    expect(screen.queryByTestId('veld-fout')).toBeNull();
    expect(gezien).toEqual([0.025]);
    cleanup();
    const ook: number[] = [];
    render(<Veld waarde={4.125} gezien={ook} />);
    expect((screen.getByTestId('veld') as HTMLInputElement).value).toBe('4,125');
    // Typing a character and taking it away again gives back the stored text: not refused.
    await user.type(screen.getByTestId('veld'), '9{Backspace}');
    expect(screen.queryByTestId('veld-fout')).toBeNull();
  });
});

/** The field with its value in a parent, as the views hold it (the store's value comes back as a prop). */
function Gebonden({ begin, gezien, eenheid, schaal, max }: { begin: number; gezien: number[]; eenheid?: string; schaal?: number; max?: number }) {
  const [w, zetW] = useState(begin);
  return (
    <GetalVeld
      label="Kosten per afsluiting"
      waarde={w}
      eenheid={eenheid}
      schaal={schaal}
      opWaarde={(x) => {
        if (max !== undefined && (x as number) > max) return `Mag hoogstens ${max} zijn`;
        gezien.push(x as number);
        zetW(x as number);
        return null;
      }}
      testId="veld"
    />
  );
}

describe('invalid text typed key by key leaves no valid first part in use (tester5 #1, outside Invoer)', () => {
  it('"12O0" over € 1.700: 1 and 12 count while valid, then 1.700 again, and the message names it; "1200" is taken', async () => {
    const user = userEvent.setup();
    const gezien: number[] = [];
    render(<Gebonden begin={1700} gezien={gezien} eenheid="€" />);
    const veld = screen.getByTestId('veld') as HTMLInputElement;
    await user.tripleClick(veld);
    await user.keyboard('12O0');
    expect(gezien).toEqual([1, 12, 1700]);
    expect(veld.value).toBe('12O0');
    expect(screen.getByTestId('veld-fout').textContent).toMatch(/Gerekend wordt met € 1\.700, de waarde van vóór deze bewerking\.$/);
    await user.keyboard('{Backspace}{Backspace}00');
    expect(gezien.at(-1)).toBe(1200);
    expect(screen.queryByTestId('veld-fout')).toBeNull();
  });

  it('in English, a percentage: "4,O" after "4" gives back 43,5% (as 0.435)', async () => {
    useVoorkeuren.setState({ taal: 'en' });
    const user = userEvent.setup();
    const gezien: number[] = [];
    render(<Gebonden begin={0.435} gezien={gezien} eenheid="%" schaal={100} />);
    await user.tripleClick(screen.getByTestId('veld'));
    await user.keyboard('4.O');
    expect(gezien[0]).toBe(0.04);
    expect(gezien.at(-1)).toBe(0.435);
    expect(screen.getByTestId('veld-fout').textContent).toMatch(/Calculated with 43\.5%, the value before this edit\.$/);
  });

  it('a value the scenario refuses ("30000" over a maximum of 5000): its valid first part 3000 does not stay in use (tester6 N2)', async () => {
    const user = userEvent.setup();
    const gezien: number[] = [];
    render(<Gebonden begin={1700} gezien={gezien} eenheid="€" max={5000} />);
    await user.tripleClick(screen.getByTestId('veld'));
    await user.keyboard('30000');
    expect(gezien).toEqual([3, 30, 300, 3000, 1700]);
    expect(screen.getByTestId('veld-fout').textContent).toBe('Mag hoogstens 5000 zijn. Gerekend wordt met € 1.700, de waarde van vóór deze bewerking.');
  });
});
