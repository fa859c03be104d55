#lang racket/base
(define a (read))
(define b (read))
(displayln (quotient a 0))
