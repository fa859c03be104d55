<?php
$s = 0;
while (($line = fgets(STDIN)) !== false) {
    foreach (preg_split('/\s+/', trim($line), -1, PREG_SPLIT_NO_EMPTY) as $x) $s += (int)$x;
}
echo $s, "\n";
