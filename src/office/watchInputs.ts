/** Checking as one types: calls back on every change a person makes to a worksheet; returns how to stop. */

export type Stop = () => Promise<void>;

export async function watchInputs(onChange: (worksheetId: string) => void): Promise<Stop> {
  return Excel.run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async (event) => {
      // The pane's own writes (the results sheet, the stamp) are not typing; hosts before ExcelApi 1.14 do not say.
      if (event.triggerSource !== 'ThisLocalAddin') onChange(event.worksheetId);
    });
    await context.sync();
    return () =>
      Excel.run(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      });
  });
}
