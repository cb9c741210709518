// The npm package ships no types: the part of its API the charter uses.
declare module 'french-badwords-list' {
  /** The words, with spellings made of digits and symbols ("@ndouille"). */
  export const array: readonly string[];
}
