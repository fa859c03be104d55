use strict;
use warnings;
use lib '.';
use Helper qw(add);
my ($a, $b) = split ' ', <STDIN>;
print add($a, $b), "\n";
