#lang racket/base
;; keep ~1 GiB of filled 1 MiB byte strings alive
(define keep
  (for/fold ([acc '()]) ([i (in-range 1024)])
    (cons (make-bytes 1048576 (modulo i 256)) acc)))
(displayln (length keep))
