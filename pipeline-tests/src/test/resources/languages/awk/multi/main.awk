@include "lib.awk"
{ print add($1, $2); exit }
