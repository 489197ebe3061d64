/**
 * The SystemJS entry chunk (file://) without the style sheet that index.html already links (issue 13,
 * speed). Vite inlines the CSS of every non-ES chunk as a <style> that the chunk adds when it runs,
 * the entry chunk's too; but the entry's CSS is the page's own style sheet, linked from index.html
 * for both paths (the same rules; Vite's copy only ends in a marker comment). On file:// the page then
 * held every start-up rule twice: 12 kB more CSS to parse when the chunk runs, every rule matched
 * twice in the first style recalculation, and ~3 kB gz more start-up JavaScript. A CPU profile of
 * the cold load at 4x CPU put ~20 ms in that one appendChild alone.
 */

/** `el=document.createElement(`style`),el.textContent=`…`,document.head.appendChild(el)` as the minifier writes Vite's injection. */
const INJECTIE = /([\w$]+)=document\.createElement\(`style`\),\1\.textContent=(`(?:[^`\\]|\\[\s\S])*`),document\.head\.appendChild\(\1\)/g;

/** Vite's marker at the end of an inlined style sheet. */
const MARKERING = /\s*\/\*\$vite\$:\d+\*\/\s*$/;

/** The text of a template literal without substitutions, as JavaScript reads it. */
function letterlijk(sjabloon: string): string {
  if (/(^|[^\\])\$\{/.test(sjabloon)) throw new Error('mkba:dubbele-css: ingevoegde CSS bevat een ${…}-substitutie');
  return (new Function(`return ${sjabloon};`) as () => string)();
}

/** A style sheet as compared: without Vite's marker comment and surrounding white space. */
export const normaleCss = (css: string) => css.replace(MARKERING, '').trim();

/**
 * The SystemJS entry chunk without its <style> injection (replaced by `void 0`, so that the
 * surrounding comma sequence stays valid), and the CSS it injected: the caller checks that this is
 * the style sheet index.html links. Throws unless there is exactly one injection: the build must
 * not ship a page whose styles are missing or there twice.
 */
export function zonderIngevoegdeCss(code: string): { code: string; css: string } {
  const gevonden: string[] = [];
  const uit = code.replace(INJECTIE, (_geheel, _el: string, sjabloon: string) => {
    gevonden.push(letterlijk(sjabloon));
    return 'void 0';
  });
  if (gevonden.length !== 1) throw new Error(`mkba:dubbele-css: ${gevonden.length} ingevoegde stijlbladen gevonden in de SystemJS-entry (verwacht: 1)`);
  return { code: uit, css: gevonden[0]! };
}
