import { generateKeyPairSync } from "node:crypto";

/**
 * A fresh RSA 2048 app private key as PKCS#1 PEM (`-----BEGIN RSA PRIVATE KEY-----`), the format GitHub hands out
 * and Probot accepts.
 */
export function generateAppKey(): string {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return privateKey.export({ type: "pkcs1", format: "pem" }).toString();
}
