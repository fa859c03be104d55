(* `use` runs while polyc compiles, relative to the working directory (/box) *)
use "helper.sml";

fun main () =
  let
    val toks = String.tokens Char.isSpace (TextIO.inputAll TextIO.stdIn)
    val [a, b] = List.map (valOf o Int.fromString) (List.take (toks, 2))
  in
    print (Helper.show (Helper.add (a, b)) ^ "\n")
  end
