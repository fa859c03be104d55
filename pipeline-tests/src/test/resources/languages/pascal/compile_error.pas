program ce;
var a: integer;
begin
  a := 'not a number';
  writeln(a)
end.
