import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { parseXlsx, unpacksWithin, XLSX_MAX_UNPACKED_BYTES } from './bulk-import.service';

const workbook = () =>
  writeXlsxFile([
    [{ value: 'Account' }, { value: 'Date' }, { value: 'Time' }, { value: 'Text' }],
    [{ value: '@TotalCareers' }, { value: '2026-06-03' }, { value: '09:15' }, { value: 'Rejoignez-nous' }],
  ]).toBuffer();

describe('the .xlsx size guard', () => {
  it('lets a real workbook through and parses it', async () => {
    const xlsx = await workbook();
    expect(unpacksWithin(xlsx, XLSX_MAX_UNPACKED_BYTES)).toBe(true);
    expect(await parseXlsx(xlsx)).toEqual([
      { account: '@TotalCareers', date: '2026-06-03', time: '09:15', text: 'Rejoignez-nous' },
    ]);
  });

  it('counts what the entries inflate to, not what the archive weighs', () => {
    const small = zipSync({ 'a.xml': new Uint8Array(10_000) }, { level: 9 });
    expect(unpacksWithin(small, 10_000)).toBe(true);
    expect(unpacksWithin(small, 9_999)).toBe(false);
  });

  it('refuses a zip bomb hidden in a real workbook with a 400-class error, before the parser sees it', async () => {
    const xlsx = await workbook();
    const entries = unzipSync(xlsx);
    const bomb = zipSync(
      { ...entries, 'xl/media/padding.bin': new Uint8Array(XLSX_MAX_UNPACKED_BYTES + 1) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(100_000); // a few tens of KB that inflate past the limit
    expect(unpacksWithin(bomb, XLSX_MAX_UNPACKED_BYTES)).toBe(false);
    await expect(parseXlsx(Buffer.from(bomb))).rejects.toMatchObject({ code: 'XLSX_TOO_LARGE', kind: 'invalid' });
  });

  it('leaves a file that is not a zip to the parser, which refuses it as BAD_XLSX', async () => {
    const notZip = Buffer.from('account,date\n@Kindy,2026-06-03\n');
    expect(unpacksWithin(notZip, XLSX_MAX_UNPACKED_BYTES)).toBe(true);
    await expect(parseXlsx(notZip)).rejects.toMatchObject({ code: 'BAD_XLSX' });
  });
});
