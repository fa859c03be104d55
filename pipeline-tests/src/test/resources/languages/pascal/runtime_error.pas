program re;
var a, b: longint;
begin
  a := 1;
  readln(b); { empty stdin -> b = 0 }
  writeln(a div b);
end.
