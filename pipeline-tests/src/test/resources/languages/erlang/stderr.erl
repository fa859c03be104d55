main(_) ->
    {ok, [A, B]} = io:fread("", "~d ~d"),
    io:format(standard_error, "debug~n", []),
    io:format("~w~n", [A + B]).
