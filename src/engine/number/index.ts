/** Numbers typed as text in Indonesian reports: parsing, column convention, id-ID display. */
export type { Convention, ConventionInference } from './convention';
export { inferConvention } from './convention';
export type { NumberParse } from './parse';
export { parseNumberText, decFromCellNumber, conventionName } from './parse';
export { formatId, formatPercentId, formatRupiah } from './format';
