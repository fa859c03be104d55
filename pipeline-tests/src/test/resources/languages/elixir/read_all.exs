IO.read(:stdio, :eof)
|> String.split()
|> Enum.reduce(0, fn x, acc -> acc + String.to_integer(x) end)
|> IO.puts()
