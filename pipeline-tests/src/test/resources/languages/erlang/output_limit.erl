main(_) -> spam(0).
spam(N) -> io:format("~w line of output that goes on and on~n", [N]), spam(N + 1).
