# keep ~1 GiB of distinct, written 1 MiB byte strings alive
keep = []
for i in range(1024):
    keep.append(bytes([i % 256]) * (1 << 20))
print(len(keep))
