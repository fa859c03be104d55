my $s = 0;
while (my $line = <STDIN>) {
    $s += $_ for split ' ', $line;
}
print "$s\n";
