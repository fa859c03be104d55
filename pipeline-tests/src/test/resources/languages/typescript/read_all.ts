const nums = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((s: string) => s.length > 0);
let sum = 0;
for (const x of nums) sum += Number(x);
console.log(sum);
