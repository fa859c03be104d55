with Ada.Text_IO;                  use Ada.Text_IO;
with Ada.Long_Long_Integer_Text_IO; use Ada.Long_Long_Integer_Text_IO;

procedure Main is
   X, Sum : Long_Long_Integer := 0;
begin
   begin
      while not End_Of_File loop
         Get (X);
         Sum := Sum + X;
      end loop;
   exception
      when End_Error => null;   --  trailing blank lines
   end;
   Put (Sum, Width => 0);
   New_Line;
end Main;
