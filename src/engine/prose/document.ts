/** A written report as a reader hands it to the engine: paragraphs in order, and the footnotes they cite. */

export interface ProseParagraph {
  /** As printed: list and heading numbers written out ("2.2. …"), deleted text left out. */
  text: string;
  /** 1, 2, 3 … when the paragraph is styled as a heading of that level. */
  heading?: number;
  /** The footnotes cited in the paragraph, each after the character at `at`. */
  notes?: { id: string; at: number }[];
  /** The paragraph stands in a table cell. */
  table?: boolean;
}

export interface ProseFootnote {
  id: string;
  text: string;
}

export interface ProseDocument {
  paragraphs: ProseParagraph[];
  footnotes: ProseFootnote[];
}
