program readall;
var x, s: int64;
begin
  s := 0;
  while not seekeof(input) do
  begin
    read(x);
    s := s + x;
  end;
  writeln(s);
end.
