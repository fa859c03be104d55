<?php
// keep ~1 GiB of distinct 1 MiB strings alive
$keep = [];
for ($i = 0; $i < 1024; $i++) {
    $keep[] = sprintf("%016d", $i) . str_repeat("x", 1048576 - 16);
}
echo count($keep), "\n";
