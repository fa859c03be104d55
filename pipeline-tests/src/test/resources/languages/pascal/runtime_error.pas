program re;
var a, b: longint;
begin
  a := 1;
  b := length(paramstr(1)); { no arguments: b = 0, known only at run time }
  writeln(a div b);
end.
