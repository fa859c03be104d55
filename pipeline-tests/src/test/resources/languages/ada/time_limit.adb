with Ada.Text_IO; use Ada.Text_IO;

procedure Main is
   type U64 is mod 2**64;
   I : U64 := 0;
   pragma Volatile (I);
begin
   loop
      I := I + 1;
   end loop;
end Main;
