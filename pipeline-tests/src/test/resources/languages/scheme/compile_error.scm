(define (main)
  (let ((a (read))
    (display (+ a 1)))
(main
