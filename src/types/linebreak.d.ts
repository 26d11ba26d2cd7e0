/** Types for `linebreak` (the Unicode line breaking algorithm, UAX #14), which ships none. */
declare module "linebreak" {
  export interface Break {
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
