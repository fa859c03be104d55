<?php
$a = 3
echo $a + 4, "\n";
