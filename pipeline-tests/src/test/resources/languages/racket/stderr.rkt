#lang racket/base
(define a (read))
(define b (read))
(eprintf "debug\n")
(displayln (+ a b))
