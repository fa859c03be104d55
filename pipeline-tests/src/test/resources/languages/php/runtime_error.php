<?php
[$a, $b] = array_map('intval', preg_split('/\s+/', trim(fgets(STDIN))));
echo intdiv($a, 0), "\n";   // uncaught DivisionByZeroError: exit 255
