import { timeOneLoad } from "./lifecycle-load.ts";

/** Run by `measureLoad` in a new process: prints the milliseconds of one cold load of the lifecycle named. */
const name = process.argv[2];
if (!name) throw new Error("usage: lifecycle-load-cold.ts <lifecycle>");
console.log(timeOneLoad(name).toFixed(3));
