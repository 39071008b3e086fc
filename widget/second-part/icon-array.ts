import { type SVGTemplateResult, svg } from 'lit';

const SIDE = 10;
const CELL = 16;

/** One person (a head and shoulders) in the 16 × 16 cell at (x, y), as path commands. */
const person = (x: number, y: number) =>
  `M${x + 5.2} ${y + 4.2}a2.8 2.8 0 1 0 5.6 0a2.8 2.8 0 1 0-5.6 0M${x + 3.2} ${y + 15}v-3.8a4.8 4.8 0 0 1 9.6 0V${y + 15}z`;

/**
 * 100 people in a 10 × 10 grid, `shaded` of them filled in the group's colour, the rest outlined:
 * the picture shown to help patients read a risk. Filled from the start of reading order; fill and
 * outline tell the two apart without colour. Two paths in all, however many people. The caller
 * gives the text alternative.
 *
 * @example
 * iconArray(50, 'high'); // 50 filled, 50 outlined
 */
export function iconArray(shaded: number, group: string): SVGTemplateResult {
  let filled = '';
  let open = '';
  for (let i = 0; i < SIDE * SIDE; i++) {
    const d = person((i % SIDE) * CELL, Math.floor(i / SIDE) * CELL);
    if (i < shaded) filled += d;
    else open += d;
  }
  return svg`<svg class="icons ${group}" viewBox="0 0 ${SIDE * CELL} ${SIDE * CELL}" aria-hidden="true" focusable="false">
    <path class="person shaded" d=${filled}></path><path class="person" d=${open}></path>
  </svg>`;
}
