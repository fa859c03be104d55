main(_) ->
    {ok, [A, _B]} = io:fread("", "~d ~d"),
    io:format("~w~n", [A div (A - A)]).   % badarith, uncaught: exit 127
