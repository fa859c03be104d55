with Ada.Text_IO; use Ada.Text_IO;

procedure Main is
   X : Integer := "not a number";
begin
   Put_Line (Integer'Image (X + Undefined_Name));
end Main;
