/** English strings of the downloads page (/en/so-lieu/du-lieu/). The files themselves are shared with the Vietnamese page. */
import type { DatasetFileName } from '../../lib/figures/downloads.ts';

export const downloads = {
  downloads: {
    title: 'Data downloads',
    description:
      'Every figure on feedback on the Constitution amendment through VNeID published on this site, as CSV and JSON at stable addresses, with column descriptions, units, sources and licence.',
    lead:
      'The files below are written each time the site is updated, from the same checked data the pages show. Each file keeps its address, so it can be used in a spreadsheet or a program. They are the files of the Vietnamese site: one set for both languages.',
    format:
      'CSV: UTF-8 (with a BOM so that Excel reads Vietnamese letters correctly), comma-separated, whole numbers written without separators (1290087), rates as decimals with a point (0.205135 means 20.5%). Dates and times in ISO 8601, Vietnam time (+07:00). Column names and codes are in English; place names, sources and notes are in Vietnamese, as published. metadata.json describes every column (in Vietnamese).',
    excelHeading: 'Opening the files in Excel',
    excel:
      'Excel set up for Vietnamese separates columns with semicolons, so a comma CSV opened directly lands in one column. Download the .xlsx file of the same name instead: it opens with its columns, numbers as numbers and dates as dates. The CSV files keep their commas so that programs reading them need no change; to open one in Excel, use Data › From Text/CSV and choose the comma.',
    formulaHeading: 'Cells that start with =',
    formula:
      'A text cell (a source, a note…) that starts with = + - or @ could be taken by a spreadsheet for a formula and run. In the CSV and XLSX files such a cell gets a leading apostrophe (\'), so spreadsheets only show it. Numbers are never changed, and JSON keeps the text as written. metadata.json states this rule too.',
    file: 'File',
    contents: 'Contents',
    perChart: 'Every chart also has its own CSV and JSON files, linked beside the chart.',
    generated: 'Written at',
    /** What each whole-dataset file holds, by file name. */
    files: {
      'tham-gia.csv': 'Every published figure (people and opinions), with the computed rate and rank',
      'tham-gia.json': 'The same, as JSON',
      'moi-nhat.csv': 'Only the latest figure of each area, metric and channel, with the change since the previous one',
      'dia-ban.csv': 'The areas (code, name, type, level, parent)',
      'phan-nhom.csv': 'People by age group and occupation, with the share printed by the source and the share computed here',
      'phan-nhom.json': 'The same, as JSON',
      'dinh-chinh.csv': 'The corrections log',
      'metadata.json': 'What the files hold: columns, units, sources, licence, when they were written',
      'tham-gia.xlsx': 'Every published figure, for Excel',
      'moi-nhat.xlsx': 'The latest figure of each area, for Excel',
      'dia-ban.xlsx': 'The areas, for Excel',
      'phan-nhom.xlsx': 'People by age group and occupation, for Excel',
      'dinh-chinh.xlsx': 'The corrections log, for Excel',
    } satisfies Record<DatasetFileName, string>,
    licence: {
      name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      note: 'Free to reuse, including commercially, as long as you name the source: this site and the origin of each figure (the source column).',
    },
  },
} as const;
