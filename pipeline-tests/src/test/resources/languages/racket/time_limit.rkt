#lang racket/base
(let loop ([i 0])
  (loop (bitwise-and (add1 i) #xffffff)))
