export * from './types';
export { parseOutline } from './outline';
export { extractFigures } from './figures';
export { checkNumbering } from './checks';
export { computeLineStarts, positionAt, offsetAt } from './text/lines';
