let () =
  let x : int = "not a number" in
  print_int (x + undefined_name)
