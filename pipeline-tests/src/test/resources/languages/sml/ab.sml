(* polyc compiles this file and runs top-level declarations at compile time: all work is in main () *)
fun show n = String.map (fn #"~" => #"-" | c => c) (Int.toString n)

fun main () =
  let
    val toks = String.tokens Char.isSpace (TextIO.inputAll TextIO.stdIn)
    val [a, b] = List.map (valOf o Int.fromString) (List.take (toks, 2))
  in
    print (show (a + b) ^ "\n")
  end
