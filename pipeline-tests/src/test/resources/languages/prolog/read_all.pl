:- initialization(main, main).

main :-
    read_string(user_input, _, All),
    split_string(All, " \t\n\r", " \t\n\r", Parts0),
    exclude(==(""), Parts0, Parts),
    foldl([S, A0, A]>>(number_string(N, S), A is A0 + N), Parts, 0, Sum),
    format("~w~n", [Sum]).
