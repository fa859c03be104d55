# keep ~1 GiB of distinct 1 MiB strings alive
keep = []
1024.times { |i| keep << (format("%016d", i) + "x" * (1048576 - 16)) }
puts keep.size
