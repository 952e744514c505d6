import bcrypt from "bcryptjs";

// bcrypt with cost 10 (~60 ms here): slow enough against offline guessing, fast enough for login.
const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// A fixed hash to compare against when the account does not exist, so that response time does
// not reveal which login names are registered.
export const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.5bGhdN9GdcN0Ht5w0U3kD7uM1GzK";
