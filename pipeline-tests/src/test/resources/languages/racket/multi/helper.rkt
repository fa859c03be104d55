#lang racket/base
(provide add)
(define (add a b) (+ a b))
