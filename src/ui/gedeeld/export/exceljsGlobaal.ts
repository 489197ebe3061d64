import type * as ExcelJSTypen from 'exceljs';

/**
 * What `import ExcelJS from 'exceljs'` gives in the browser build (alias in vite.config.ts): the
 * package's own browser build, which laadExcelJs() loads as a script (it sets window.ExcelJS)
 * before the workbook module is imported. Never imported in Node.
 */
const ExcelJS = (globalThis as { ExcelJS?: typeof ExcelJSTypen }).ExcelJS;
if (!ExcelJS) throw new Error('exceljs is niet geladen (laadExcelJs)');
export default ExcelJS;
