program err;
var a, b: int64;
begin
  readln(a, b);
  writeln(stderr, 'debug');
  writeln(a + b);
end.
