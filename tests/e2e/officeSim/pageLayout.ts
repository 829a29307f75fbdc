/**
 * Worksheet.pageLayout: what the pane sets for printing, kept as the sheet's exceljs page setup and footer.
 * Settable only (loading throws InvalidArgument); headers and footers: the default (all pages) sections.
 */
import { ClientObject } from './clientObject.js';
import { simError } from './errors.js';
import { book, type Sheet } from './model.js';

const PAPER: Record<string, number> = { Letter: 1, A3: 8, A4: 9, A5: 11 };
const INCHES: Record<string, number> = { Inches: 1, Points: 1 / 72, Centimeters: 1 / 2.54 };
type Setup = Record<string, unknown>;

abstract class SheetPart extends ClientObject<Sheet> {
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  protected setup(name: string, change: (setup: Setup) => void): void {
    this._do((sheet) => {
      book.live(sheet, name);
      sheet.extras.pageSetup = { ...(sheet.extras.pageSetup as Setup | undefined) };
      change(sheet.extras.pageSetup as Setup);
    });
  }
}

export class PageLayout extends SheetPart {
  readonly _typeName = 'PageLayout';

  get headersFooters(): HeaderFooterGroup {
    return this._child('headersFooters', () => new HeaderFooterGroup(this.context, () => this._entity(), false));
  }
  set paperSize(name: string) {
    this._values['paperSize'] = name;
    this.setup('PageLayout.paperSize', (s) => (s['paperSize'] = PAPER[name] ?? invalid('paperSize', name)));
  }
  set orientation(name: 'Portrait' | 'Landscape') {
    this._values['orientation'] = name;
    this.setup('PageLayout.orientation', (s) => (s['orientation'] = name.toLowerCase()));
  }
  set centerHorizontally(on: boolean) {
    this._values['centerHorizontally'] = on;
    this.setup('PageLayout.centerHorizontally', (s) => (s['horizontalCentered'] = on));
  }
  set zoom(zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this._values['zoom'] = zoom;
    this.setup('PageLayout.zoom', (s) => {
      const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
      Object.assign(s, fit ? { fitToPage: true } : { fitToPage: false, scale: zoom.scale ?? 100 });
      if (fit)
        Object.assign(s, { fitToWidth: zoom.horizontalFitToPages ?? 1, fitToHeight: zoom.verticalFitToPages ?? 1 });
    });
  }
  setPrintMargins(unit: string, margins: Record<string, number>): void {
    this.setup('PageLayout.setPrintMargins', (s) => {
      const factor = INCHES[unit] ?? invalid('unit', unit);
      const inches = Object.fromEntries(Object.entries(margins).map(([k, v]) => [k, v * factor]));
      s['margins'] = {
        left: 0.7,
        right: 0.7,
        top: 0.75,
        bottom: 0.75,
        header: 0.3,
        footer: 0.3,
        ...(s['margins'] as object),
        ...inches,
      };
    });
  }
  setPrintTitleRows(rows: string): void {
    this.setup('PageLayout.setPrintTitleRows', (s) => {
      const m = /^\$?(\d+):\$?(\d+)$/.exec(rows) ?? invalid('printTitleRows', rows);
      s['printTitlesRow'] = `${m[1]}:${m[2]}`;
    });
  }
}

export class HeaderFooterGroup extends SheetPart {
  readonly _typeName = 'HeaderFooterGroup';
  get defaultForAllPages(): HeaderFooter {
    return this._child('defaultForAllPages', () => new HeaderFooter(this.context, () => this._entity(), false));
  }
}

const SECTIONS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

export class HeaderFooter extends SheetPart {
  readonly _typeName = 'HeaderFooter';
  constructor(...args: ConstructorParameters<typeof ClientObject<Sheet>>) {
    super(...args);
    for (const name of SECTIONS)
      Object.defineProperty(this, name, {
        set: (text: string) => {
          this._values[name] = text;
          this._do((sheet) => {
            book.live(sheet, `HeaderFooter.${name}`);
            const parts = { ...(sheet.extras.headerSections ?? {}), [name]: text };
            sheet.extras.headerSections = parts;
            const line = (where: string) =>
              ['left', 'center', 'right']
                .map((side, i) => (parts[`${side}${where}`] ? `&${'LCR'[i]}${parts[`${side}${where}`]}` : ''))
                .join('');
            sheet.extras.headerFooter = { oddHeader: line('Header'), oddFooter: line('Footer') };
          });
        },
      });
  }
}

function invalid(what: string, value: unknown): never {
  throw simError('InvalidArgument', `Not a valid ${what}: ${String(value)}.`, `PageLayout.${what}`);
}
