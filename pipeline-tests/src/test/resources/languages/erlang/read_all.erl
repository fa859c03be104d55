main(_) ->
    io:setopts(standard_io, [binary]),
    Data = read_all([]),
    Nums = [binary_to_integer(T) || T <- binary:split(Data, [<<"\n">>, <<" ">>, <<"\r">>], [global, trim_all])],
    io:format("~w~n", [lists:sum(Nums)]).

read_all(Acc) ->
    case io:get_chars(standard_io, "", 65536) of
        eof -> iolist_to_binary(lists:reverse(Acc));
        Chunk -> read_all([Chunk | Acc])
    end.
