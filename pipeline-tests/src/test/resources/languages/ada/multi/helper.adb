package body Helper is
   function Add (A, B : Long_Long_Integer) return Long_Long_Integer is
   begin
      return A + B;
   end Add;
end Helper;
