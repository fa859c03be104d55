:- initialization(main, main).

% 1024 distinct strings of 1 MiB (each a fresh copy, so every page is written), all kept alive in a list
double(0, S, S) :- !.
double(K, S0, S) :- string_concat(S0, S0, S1), K1 is K - 1, double(K1, S1, S).

grow(0, _, Acc, Acc) :- !.
grow(N, Base, Acc, Out) :-
    number_string(N, NS),
    string_concat(NS, Base, S),
    N1 is N - 1,
    grow(N1, Base, [S|Acc], Out).

main :-
    double(20, "x", Base),             % 2^20 characters
    grow(1024, Base, [], L),
    length(L, Len),
    format("~w~n", [Len]).
