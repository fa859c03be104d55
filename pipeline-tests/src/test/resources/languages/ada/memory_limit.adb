with Ada.Text_IO; use Ada.Text_IO;

procedure Main is
   type Block is array (1 .. 1_048_576) of Character;
   type Block_Access is access Block;
   Blocks : array (1 .. 1024) of Block_Access;
begin
   for I in Blocks'Range loop
      Blocks (I) := new Block'(others => Character'Val (65 + I mod 26));   --  filled: every page written
   end loop;
   Put_Line (Integer'Image (Blocks'Length));
end Main;
