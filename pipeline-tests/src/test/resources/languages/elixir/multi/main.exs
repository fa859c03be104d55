Code.require_file("helper.exs", __DIR__)
[a, b] = IO.read(:stdio, :line) |> String.split() |> Enum.map(&String.to_integer/1)
IO.puts(Helper.add(a, b))
