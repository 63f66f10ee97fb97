/**
 * The validated data every page and library reads. Module evaluation happens once per
 * process, so the data set is parsed once per build; a bad record throws here and stops
 * the build with the loader's list of problems.
 */
import { rawDataSet } from '../../content/index.ts';
import { loadDataSet } from './load.ts';

export const atlas = loadDataSet(rawDataSet);
export type { AtlasData } from './dataset.ts';
