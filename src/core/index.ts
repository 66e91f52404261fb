export * from './types';
export { parseOutline } from './outline';
export { extractFigures } from './figures';
export { checkNumbering } from './checks';
export { computeLineStarts, positionAt, offsetAt } from './text/lines';
export {
  applyCorrections, anchorAt, resolveAnchor, makeCorrection, describeCorrection, readSidecar, writeSidecar, LineIndex, SIDECAR_SUFFIX,
} from './outline/corrections';
export type { Correction, CorrectionKind, CorrectionNote, Anchor } from './outline/corrections';
