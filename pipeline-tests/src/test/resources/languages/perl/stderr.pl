my ($a, $b) = split ' ', <STDIN>;
print STDERR "debug\n";
print $a + $b, "\n";
