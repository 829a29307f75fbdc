/** The pane's own words; finding messages come from the engine. */
import type { Lang } from '../../src/engine/index.js';

const vi = {
  appName: 'Kiểm biểu',
  otherLang: 'English',
  otherLangLabel: 'Switch the pane to English',
  modeExcel: 'Đang kiểm sổ tính mở trong Excel.',
  modeStandalone:
    'Không có Excel: chọn tệp .xlsx để kiểm tra ngay trong trình duyệt ' +
    '(nhiều tệp: kiểm tra và tổng hợp các đơn vị). Tệp không rời khỏi máy.',
  insert: 'Chèn biểu mẫu',
  check: 'Kiểm tra',
  clear: 'Xoá đánh dấu',
  export: 'Xuất biểu đã kiểm',
  live: 'Kiểm tra ngay khi nhập số',
  drop: 'Thả một hay nhiều tệp .xlsx vào đây; thả báo cáo (.docx, .txt, .md) cùng tệp biểu để đối chiếu số liệu',
  browse: 'hoặc bấm để chọn tệp',
  chooseReport: 'Đối chiếu báo cáo…',
  reportChecked: (name: string) =>
    `Đã đối chiếu báo cáo ${name} với sổ tính đang mở; bấm một sai sót để chọn ô của nó.`,
  reportChosen: (name: string) => `Báo cáo đối chiếu mỗi lần kiểm tra: ${name}`,
  removeReport: 'bỏ',
  removeReportLabel: (name: string) => `Bỏ đối chiếu báo cáo ${name}`,
  reportRemoved: (name: string) => `Đã bỏ báo cáo ${name}; lần kiểm tra sau không đối chiếu nó nữa.`,
  template: 'Tải biểu mẫu trống',
  consolidate: 'Tổng hợp các đơn vị',
  batchReport: 'Tải báo cáo kiểm tra (.xlsx)',
  batchReportHtml: 'Tải báo cáo kiểm tra (.html)',
  units: 'Các đơn vị',
  unitOf: (i: number, n: number, name: string) => `Đơn vị ${i}/${n}: ${name}`,
  consolidatedTitle: (name: string) => `Biểu tổng hợp ${name}`,
  prevUnit: '‹ Đơn vị trước',
  nextUnit: 'Đơn vị sau ›',
  toList: 'Về danh sách',
  readingBatch: (i: number, n: number, name: string) => `Đang đọc tệp ${i}/${n}: ${name}…`,
  localisingBatch: 'Đang tìm các ô có thể sai…',
  consolidating: (i: number, n: number) => `Đang cộng số liệu đơn vị ${i}/${n}…`,
  consolidated: (n: number, name: string) =>
    `Đã tổng hợp ${n} đơn vị vào ${name}; kết quả kiểm tra biểu tổng hợp ở dưới.`,
  batchFiles: (n: number) =>
    `${n} tệp đã chọn: bấm một đơn vị để xem sai sót của đơn vị đó; phím mũi tên chuyển giữa các đơn vị.`,
  reportFile: (name: string) => `Đã tải về ${name}.`,
  readingFile: (name: string) => `Đang đọc tệp ${name}…`,
  checking: 'Đang kiểm tra…',
  inserting: 'Đang chèn biểu mẫu…',
  exporting: 'Đang ghi kết quả…',
  inserted: 'Đã chèn biểu mẫu. Nhập số liệu vào các ô màu vàng rồi bấm Kiểm tra.',
  cleared: 'Đã trả lại màu ô như trước khi kiểm tra.',
  exported: 'Đã ghi trang kết quả và dấu kiểm vào sổ tính; bản đã kiểm đang được tải về.',
  exportedFile: (name: string) => `Đã tải về ${name}: có trang kết quả và dấu kiểm.`,
  errors: (n: number) => `${n} lỗi`,
  warnings: (n: number) => `${n} cảnh báo`,
  clean: 'Không có sai sót',
  checkedAt: (t: string) => `kiểm lúc ${t}`,
  file: (name: string) => `Tệp ${name}`,
  liveOn: 'Sẽ kiểm tra lại mỗi khi số liệu thay đổi.',
  cellsLabel: 'Ô',
  previousLabel: 'Biểu kỳ trước (không bắt buộc):',
  exportedDropped: (n: number) => (n ? ` Đã bỏ ${n} giải trình vì sai sót đó không còn.` : ''),
  exportedListed: (n: number) => (n ? ` Trang giải trình liệt kê ${n} giải trình.` : ''),
  selectHint: 'Bấm để chọn các ô này trong sổ tính',
};

const en: typeof vi = {
  appName: 'Kiembieu',
  otherLang: 'Tiếng Việt',
  otherLangLabel: 'Chuyển sang tiếng Việt',
  modeExcel: 'Checking the workbook open in Excel.',
  modeStandalone:
    'No Excel here: choose .xlsx files to check them in this browser ' +
    '(several: check and consolidate the units). Files never leave this computer.',
  insert: 'Insert templates',
  check: 'Check',
  clear: 'Clear highlights',
  export: 'Export checked copy',
  live: 'Check as I type',
  drop:
    'Drop one or more .xlsx files here; drop the report (.docx, .txt, .md) with its workbook ' +
    'to cross-check the figures',
  browse: 'or click to choose files',
  chooseReport: 'Cross-check a report…',
  reportChecked: (name: string) =>
    `Report ${name} cross-checked with the open workbook; click a finding to select its cell.`,
  reportChosen: (name: string) => `Report cross-checked at every check: ${name}`,
  removeReport: 'remove',
  removeReportLabel: (name: string) => `Stop cross-checking report ${name}`,
  reportRemoved: (name: string) => `Report ${name} removed; checks no longer cross-check it.`,
  template: 'Download blank template',
  consolidate: 'Consolidate the units',
  batchReport: 'Download the check report (.xlsx)',
  batchReportHtml: 'Download the check report (.html)',
  units: 'Units',
  unitOf: (i: number, n: number, name: string) => `Unit ${i} of ${n}: ${name}`,
  consolidatedTitle: (name: string) => `Consolidated workbook ${name}`,
  prevUnit: '‹ Previous unit',
  nextUnit: 'Next unit ›',
  toList: 'Back to the list',
  readingBatch: (i: number, n: number, name: string) => `Reading file ${i} of ${n}: ${name}…`,
  localisingBatch: 'Finding the likely wrong cells…',
  consolidating: (i: number, n: number) => `Adding up unit ${i} of ${n}…`,
  consolidated: (n: number, name: string) =>
    `${n} units consolidated into ${name}; the check of the consolidated workbook is below.`,
  batchFiles: (n: number) => `${n} files chosen: click a unit to see its findings; the arrow keys move between units.`,
  reportFile: (name: string) => `Downloaded ${name}.`,
  readingFile: (name: string) => `Reading ${name}…`,
  checking: 'Checking…',
  inserting: 'Inserting the templates…',
  exporting: 'Writing the results…',
  inserted: 'Templates inserted. Type the figures in the yellow cells, then press Check.',
  cleared: 'Cells have their own fills back.',
  exported: 'The results sheet and the stamp are in the workbook; the checked copy is downloading.',
  exportedFile: (name: string) => `Downloaded ${name}, with the results sheet and the stamp.`,
  errors: (n: number) => `${n} error${n === 1 ? '' : 's'}`,
  warnings: (n: number) => `${n} warning${n === 1 ? '' : 's'}`,
  clean: 'No discrepancies',
  checkedAt: (t: string) => `checked at ${t}`,
  file: (name: string) => `File ${name}`,
  liveOn: 'The workbook is checked again whenever a figure changes.',
  cellsLabel: 'Cells',
  previousLabel: 'Previous workbook (optional):',
  exportedDropped: (n: number) =>
    n
      ? ` ${n} explanation${n === 1 ? '' : 's'} dropped: ` +
        `${n === 1 ? 'its finding no longer exists' : 'their findings no longer exist'}.`
      : '',
  exportedListed: (n: number) =>
    n ? ` ${n} explanation${n === 1 ? ' is' : 's are'} listed on the Explanations sheet.` : '',
  selectHint: 'Click to select these cells in the workbook',
};

export type Strings = typeof vi;
export const STRINGS: Record<Lang, Strings> = { vi, en };
