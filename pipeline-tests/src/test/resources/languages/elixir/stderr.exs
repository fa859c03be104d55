[a, b] = IO.read(:stdio, :line) |> String.split() |> Enum.map(&String.to_integer/1)
IO.puts(:stderr, "debug")
IO.puts(a + b)
