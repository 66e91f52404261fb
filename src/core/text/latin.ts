/** Latin letter tests by UTF-16 code (`text.charCodeAt(k)`: NaN past the end is no letter). */
import { isAsciiDigit } from './digits';

/** `A`–`Z`, `a`–`z`. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** An ASCII letter or digit (a Latin word or code goes on through it). */
export function isAsciiAlnum(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}
/** ASCII or full-width Latin letters. */
export function isLatinLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}
