;; uncaught error (car of the empty list) -> CHICKEN prints the error and exits with status 70
(display (car '()))
(newline)
