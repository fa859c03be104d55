(* 1024 arrays of 1 MiB (Word8Array.array fills them), all kept alive in a list *)
fun main () =
  let
    fun go (acc, 0) = acc
      | go (acc, n) = go (Word8Array.array (1048576, Word8.fromInt (n mod 256)) :: acc, n - 1)
    val blocks = go ([], 1024)
  in
    print (Int.toString (length blocks) ^ "\n")
  end
