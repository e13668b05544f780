import { hash, verify } from "@node-rs/argon2";
import { createHash, randomBytes } from "node:crypto";
import type { PasswordHasher, TokenGenerator } from "../../application/auth/ports";
import type { Ids } from "../../application/ports";

/** argon2id (the @node-rs/argon2 default algorithm) with OWASP-recommended parameters. */
export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 }),
  verify: (digest, password) => verify(digest, password).catch(() => false),
};

export const tokenGenerator: TokenGenerator = {
  token: () => randomBytes(32).toString("base64url"),
  hash: (token) => createHash("sha256").update(token).digest("hex"),
};

export const randomIds: Ids = {
  eintragId: () => randomBytes(6).toString("base64url"),
};
