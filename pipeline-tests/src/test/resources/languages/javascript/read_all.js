const t = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
console.log(t.reduce((s, x) => s + Number(x), 0));
