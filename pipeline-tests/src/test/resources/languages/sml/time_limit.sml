fun loop (n : int) = if n < 0 then n else loop (n + 1)

fun main () = print (Int.toString (loop 0) ^ "\n")
