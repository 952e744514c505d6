// Staff and unit passwords: at least 8 characters with 3 of the 4 classes
// (lower case, upper case, digits, symbols). Pure, so the form checks live what the server enforces.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 72; // bcrypt reads at most 72 bytes

export function passwordClassCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function isStrongPassword(password: string): boolean {
  return (
    password.length >= PASSWORD_MIN_LENGTH &&
    new TextEncoder().encode(password).length <= PASSWORD_MAX_LENGTH &&
    passwordClassCount(password) >= 3
  );
}
