// keep ~1 GiB of filled 1 MiB buffers alive
const keep: Buffer[] = [];
for (let i = 0; i < 1024; i++) keep.push(Buffer.alloc(1 << 20, i % 256));
console.log(keep.length);
