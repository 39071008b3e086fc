/**
 * `x` × 10^`shift`, written with `digits` decimals and rounded as Intl.NumberFormat rounds it: half
 * away from zero on the number as it reads (0.0075 to 0.008), where toFixed rounds the binary value
 * just below it (0.007). The shift is exact too: a risk of 0.0115 is 1.2 (%), where 0.0115 * 100 is
 * 1.15 less a little, 1.1. So the CLI writes the digits that the page and the widget show.
 *
 * @example
 * decimalText(0.0075, 3); // '0.008'
 * decimalText(0.0115, 1, 2); // '1.2' (a percentage)
 */
export function decimalText(x: number, digits: number, shift = 0): string {
  const [mantissa, exponent = '0'] = String(Math.abs(x)).split('e');
  const whole = Math.round(Number(`${mantissa}e${Number(exponent) + shift + digits}`));
  const text = Number(`${whole}e${-digits}`).toFixed(digits);
  return x < 0 && whole !== 0 ? `-${text}` : text;
}
