/** Removes the spaces and hyphens people type between the groups of an NHS number. */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/**
 * NHS number check: ten digits, the last a Modulus 11 check digit.
 * Weights 10..2 on the first nine digits; 11 - (sum mod 11) is the check
 * digit, where 11 means 0 and 10 means the number is invalid.
 */
export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}
