import { readFileSync } from "fs";
import { add } from "./helper";
const [a, b] = readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
console.log(add(a, b));
