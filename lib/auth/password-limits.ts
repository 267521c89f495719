// Shared by the sign-in schema (client and server) and the hasher.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;
