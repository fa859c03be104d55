(* uncaught Division_by_zero -> exit code 2 *)
let () =
  let zero = Array.length Sys.argv - 1 in
  Printf.printf "%d\n" (10 / zero)
