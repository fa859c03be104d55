package Helper is
   function Add (A, B : Long_Long_Integer) return Long_Long_Integer;
end Helper;
