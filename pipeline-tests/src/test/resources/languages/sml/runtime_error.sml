fun main () =
  let
    val zero = length (CommandLine.arguments ())
  in
    print (Int.toString (10 div zero) ^ "\n")   (* uncaught Div *)
  end
