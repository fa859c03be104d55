with Ada.Text_IO; use Ada.Text_IO;
with Ada.Command_Line;

procedure Main is
   Zero : constant Integer := Ada.Command_Line.Argument_Count;
begin
   --  Constraint_Error (divide by zero), unhandled -> exit code 1
   Put_Line (Integer'Image (10 / Zero));
end Main;
