fun show n = String.map (fn #"~" => #"-" | c => c) (Int.toString n)

fun main () =
  let
    val toks = String.tokens Char.isSpace (TextIO.inputAll TextIO.stdIn)
    val sum = List.foldl (fn (t, s) => s + valOf (Int.fromString t)) 0 toks
  in
    print (show sum ^ "\n")
  end
