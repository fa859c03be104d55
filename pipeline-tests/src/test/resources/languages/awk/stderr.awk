{ print "debug" > "/dev/stderr"; print $1 + $2; exit }
