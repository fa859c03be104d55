{ z = 0; print $1 / z }   # gawk: fatal: division by zero attempted (exit 2)
