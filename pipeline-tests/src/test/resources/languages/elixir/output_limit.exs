Stream.iterate(0, &(&1 + 1)) |> Enum.each(fn n -> IO.puts("#{n} line of output that goes on and on") end)
