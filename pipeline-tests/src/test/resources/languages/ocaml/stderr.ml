let () =
  Scanf.scanf " %d %d" (fun a b ->
      prerr_endline "debug";
      Printf.printf "%d\n" (a + b))
