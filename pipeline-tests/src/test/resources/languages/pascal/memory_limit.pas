program ml;
const MB = 1024 * 1024;
var blocks: array[0..1023] of PByte;
    i, j: longint;
begin
  for i := 0 to 1023 do
  begin
    GetMem(blocks[i], MB);
    j := 0;
    while j < MB do
    begin
      blocks[i][j] := i and 255;
      j := j + 4096;
    end;
  end;
  writeln(blocks[1023][0]);
end.
