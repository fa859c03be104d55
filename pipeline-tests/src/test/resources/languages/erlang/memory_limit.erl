%% keep ~1 GiB of distinct 1 MiB binaries alive
main(_) -> grow(0, []).

grow(1024, Acc) -> io:format("~w~n", [length(Acc)]);
grow(I, Acc) ->
    Bin = binary:copy(<<(I band 255)>>, 1048576),
    grow(I + 1, [Bin | Acc]).
