<?php
require __DIR__ . '/helper.php';
[$a, $b] = array_map('intval', preg_split('/\s+/', trim(fgets(STDIN))));
echo add($a, $b), "\n";
