#lang racket/base
(require "helper.rkt")
(define a (read))
(define b (read))
(displayln (add a b))
