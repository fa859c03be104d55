defmodule Spin do
  def loop(n), do: loop(Bitwise.band(n + 1, 0xFFFFFF))
end
Spin.loop(0)
