// keep ~1 GiB of filled 1 MiB arrays alive
def keep = new ArrayList<byte[]>()
for (int i = 0; i < 1024; i++) {
    byte[] a = new byte[1 << 20]
    Arrays.fill(a, (byte) (i % 128))
    keep.add(a)
}
println(keep.size())
