// Verifies a signed medloc bundle as an app would, before trusting any of it:
//   node verify-bundle.mjs BUNDLE_DIR PUBLISHER_PUBLIC_KEY.pem
// Exit 0 when every file is as the publisher signed it; 1, naming the files, otherwise.
// Node's own crypto only (Node 12 or later): nothing to install.
import { createHash, createPublicKey, verify } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

const [bundle, keyFile] = process.argv.slice(2);
const signature = JSON.parse(readFileSync(join(bundle, "signature.json"), "utf8"));
if (signature.format !== "medloc-bundle-signature" || signature.algorithm !== "ed25519")
  throw new Error("not a medloc Ed25519 bundle signature");
const statement = Buffer.from(signature.statement, "utf8");
const key = createPublicKey(readFileSync(keyFile));
// Ed25519: no digest algorithm is named (null).
if (!verify(null, statement, key, Buffer.from(signature.signature, "base64"))) {
  console.log("signature.json: not signed by this key, or altered");
  process.exit(1);
}
const problems = [];
const signed = new Map();
for (const line of signature.statement.split("\n").slice(1, -1)) {
  const [sha256, size, path] = line.split(" ");
  signed.set(path, { sha256, size: Number(size) });
}
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]);
for (const file of files(bundle)) {
  const path = relative(bundle, file).split(sep).join("/");
  if (path === "signature.json") continue;
  const data = readFileSync(file);
  const entry = signed.get(path);
  if (!entry) problems.push(`${path}: added after signing`);
  else if (entry.size !== data.length ||
           entry.sha256 !== createHash("sha256").update(data).digest("hex"))
    problems.push(`${path}: changed after signing`);
}
for (const path of signed.keys())
  if (!existsSync(join(bundle, ...path.split("/")))) problems.push(`${path}: removed after signing`);
problems.forEach((problem) => console.log(problem));
process.exit(problems.length ? 1 : 0);
