(* 1024 blocks of 1 MiB (Bytes.make fills them), all kept alive in a list *)
let () =
  let blocks = ref [] in
  for i = 1 to 1024 do
    blocks := Bytes.make (1 lsl 20) (Char.chr (65 + i mod 26)) :: !blocks
  done;
  Printf.printf "%d\n" (List.length !blocks)
