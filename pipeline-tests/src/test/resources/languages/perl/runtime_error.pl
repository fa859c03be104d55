my ($a, $b) = split ' ', <STDIN>;
my $z = 0;
print $a / $z, "\n";   # Illegal division by zero: dies, exit 255
