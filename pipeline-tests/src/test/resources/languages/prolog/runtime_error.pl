:- initialization(main, main).

main :-
    X is 10 // 0,          % evaluation_error(zero_divisor), uncaught
    format("~w~n", [X]).
