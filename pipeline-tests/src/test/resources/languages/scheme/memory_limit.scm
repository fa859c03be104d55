;; 1024 strings of 1 MiB (make-string fills them), all kept alive in a list
(define (grow n acc)
  (if (= n 0)
      acc
      (grow (- n 1) (cons (make-string 1048576 (integer->char (+ 65 (modulo n 26)))) acc))))
(display (length (grow 1024 '())))
(newline)
