/** Password length limits, shared by the hasher, the forms and the CLI. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
