<?php
[$a, $b] = array_map('intval', preg_split('/\s+/', trim(fgets(STDIN))));
fwrite(STDERR, "debug\n");
echo $a + $b, "\n";
