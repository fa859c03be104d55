:- initialization(main, main).

main :-
    read_line_to_string(user_input, Line),
    split_string(Line, " \t", " \t\r", Parts0),
    exclude(==(""), Parts0, [A, B|_]),
    number_string(X, A),
    number_string(Y, B),
    Z is X + Y,
    format("~w~n", [Z]).
