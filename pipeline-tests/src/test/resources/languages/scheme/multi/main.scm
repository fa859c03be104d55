;; helper.scm is spliced in at compile time (found in the working directory /box)
(include "helper.scm")

(let* ((a (read))
       (b (read)))
  (display (add a b))
  (newline))
