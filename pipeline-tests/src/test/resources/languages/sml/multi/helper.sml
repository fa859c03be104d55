structure Helper =
struct
  fun add (a : int, b : int) = a + b
  fun show n = String.map (fn #"~" => #"-" | c => c) (Int.toString n)
end
