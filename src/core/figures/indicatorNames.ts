/**
 * One name per measure, so figures can be grouped across documents (issue 12): the indicator as the
 * text gives it (`全国GDP`, `新增城镇就业`) becomes the name it is filed under (`国内生产总值`,
 * `城镇新增就业`). Pure; never throws.
 *
 * First cut: trims only. The cross-document branch replaces it with the real rules; the indicator
 * gold in `test/indicators/` scores whatever is here.
 */
export function normalizeIndicator(name: string | null | undefined): string | null {
  if (!name) return null;
  const t = name.trim();
  return t ? t : null;
}
