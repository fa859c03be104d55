:- initialization(main, main).
:- use_module(helper).          % helper.pl, resolved relative to this file

main :-
    read_line_to_string(user_input, Line),
    split_string(Line, " \t", " \t\r", Parts0),
    exclude(==(""), Parts0, [A, B|_]),
    number_string(X, A),
    number_string(Y, B),
    add(X, Y, Z),
    format("~w~n", [Z]).
