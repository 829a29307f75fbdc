/** Checking as one types: calls back on every change to a worksheet; returns how to stop. */

export type Stop = () => Promise<void>;

export async function watchInputs(onChange: (worksheetId: string) => void): Promise<Stop> {
  return Excel.run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async (event) => onChange(event.worksheetId));
    await context.sync();
    return () =>
      Excel.run(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
  });
}
