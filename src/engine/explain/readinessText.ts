/** Ready to send, in words: a unit's state for a column, and the batch's count for its summary. */
import type { Lang } from '../pack/pack.js';
import type { Readiness } from './readiness.js';

export function readinessText(r: Readiness, lang: Lang): string {
  if (r.ready) return lang === 'vi' ? 'sẵn sàng gửi' : 'ready to send';
  if (r.errors) return lang === 'vi' ? 'chưa sẵn sàng: còn lỗi' : 'not ready: errors';
  if (lang === 'vi') return `chưa sẵn sàng: ${r.unexplained} cảnh báo chưa giải trình`;
  return `not ready: ${r.unexplained} warning${r.unexplained === 1 ? '' : 's'} not explained`;
}

/** Counts of the checked files: ready, with errors, and without errors but with warnings not explained. */
export function readinessLine(s: { ready: number; withErrors: number; unexplained: number }, lang: Lang): string {
  if (lang === 'vi') {
    return (
      `Sẵn sàng gửi: ${s.ready} tệp; chưa sẵn sàng: ${s.withErrors} còn lỗi, ` +
      `${s.unexplained} còn cảnh báo chưa giải trình.`
    );
  }
  return (
    `Ready to send: ${s.ready}; not ready: ${s.withErrors} with errors, ` +
    `${s.unexplained} with warnings not explained.`
  );
}
