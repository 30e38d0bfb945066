/**
 * Test helper: aggregates from CSV text, through the same validation the build uses. A problem in
 * the fixture fails the test with the operator's message, so a broken fixture is never silent.
 */
import { aggregate, type Aggregates } from './aggregate.ts';
import { validateData, type DatasetMeta } from './validate.ts';
import { formatReport } from './report.ts';

/** `files` maps a data path ("data/areas.csv") to its CSV text. */
export function aggregateCsv(files: Record<string, string>, meta: DatasetMeta = { illustrative: false }): Aggregates {
  const encoder = new TextEncoder();
  const { dataset, problems } = validateData(
    Object.entries(files).map(([path, text]) => ({ path, bytes: encoder.encode(text) })),
    meta,
  );
  if (!dataset) throw new Error(formatReport(problems));
  return aggregate(dataset);
}

/** The country and two provinces: the areas the figures tests share. */
export const AREAS = [
  'code,name,type,level,parent_code',
  'VN,Việt Nam,quốc gia,country,',
  '30,Hải Dương,tỉnh,province,VN',
  '31,Hải Phòng,thành phố,province,VN',
].join('\n');
