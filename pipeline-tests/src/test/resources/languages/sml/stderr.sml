fun show n = String.map (fn #"~" => #"-" | c => c) (Int.toString n)

fun main () =
  let
    val toks = String.tokens Char.isSpace (TextIO.inputAll TextIO.stdIn)
    val [a, b] = List.map (valOf o Int.fromString) (List.take (toks, 2))
  in
    TextIO.output (TextIO.stdErr, "debug\n");
    print (show (a + b) ^ "\n")
  end
