main(_) -> loop(0).

loop(N) -> loop((N + 1) band 16#ffffff).
