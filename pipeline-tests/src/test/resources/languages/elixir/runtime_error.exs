[a, _b] = IO.read(:stdio, :line) |> String.split() |> Enum.map(&String.to_integer/1)
IO.puts(div(a, a - a))  # ArithmeticError, exit 1
