:- initialization(main, main).

main :-
    X is 1 + ,
    format("~w~n", [X]).
