program main;
uses helper;
var a, b: int64;
begin
  readln(a, b);
  writeln(add(a, b));
end.
