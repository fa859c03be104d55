# keep ~1 GiB of distinct 1 MiB strings alive
my @keep;
for my $i (1 .. 1024) {
    push @keep, sprintf("%016d", $i) . ("x" x (1048576 - 16));
}
print scalar(@keep), "\n";
